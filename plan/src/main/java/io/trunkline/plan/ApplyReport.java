package io.trunkline.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** Every step of an applied plan with its outcome, in the order they ran. */
@Value.Immutable
@JsonSerialize(as = ImmutableApplyReport.class)
public abstract class ApplyReport {
  public abstract List<StepResult> results();

  /** True when every step was applied. */
  @JsonIgnore
  public boolean allApplied() {
    return results().stream().allMatch(r -> r.outcome() == StepResult.Outcome.APPLIED);
  }

  @JsonIgnore
  public long count(StepResult.Outcome outcome) {
    return results().stream().filter(r -> r.outcome() == outcome).count();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApplyReport}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableApplyReport.Builder {
    Builder() {}
  }
}

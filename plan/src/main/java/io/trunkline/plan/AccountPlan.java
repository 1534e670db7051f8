package io.trunkline.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** The steps of a plan at one account, creates and updates first, deletes last, and the unchanged trunks counted. */
@Value.Immutable
@JsonSerialize(as = ImmutableAccountPlan.class)
@JsonDeserialize(as = ImmutableAccountPlan.class)
@JsonPropertyOrder({"account", "provider", "steps", "unchanged", "observed"})
public abstract class AccountPlan {
  public abstract String account();

  public abstract String provider();

  public abstract List<Step> steps();

  /** Desired trunks that already are as wanted. */
  public abstract int unchanged();

  /**
   * Every live trunk the plan read at this account, with a hash of the compared fields of those the file names:
   * what a saved plan is checked against before it is applied.
   */
  public List<ObservedTrunk> observed() {
    return observedTrunks().list();
  }

  /** {@link #observed()}, made when first asked for; saved as {@code observed}. */
  @Value.Default
  @JsonProperty("observed")
  ObservedTrunks observedTrunks() {
    return ObservedTrunks.saved(List.of());
  }

  @JsonIgnore
  public long count(Step.Action action) {
    return steps().stream().filter(s -> s.action() == action).count();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountPlan}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableAccountPlan.Builder {
    Builder() {}

    /** The trunks {@link #observed()} lists. */
    public Builder observed(List<ObservedTrunk> observed) {
      observedTrunks(ObservedTrunks.saved(observed));
      return this;
    }
  }
}

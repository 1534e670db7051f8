package io.trunkline.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * What would change at every account of a desired-state file. Print it with {@link PlanPrinter}; carry it out with
 * {@link Applier}. Deletes appear only in a plan made with pruning.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlan.class)
@JsonPropertyOrder({"prune", "create", "update", "delete", "unchanged", "accounts"})
public abstract class Plan {
  /** Whether live trunks absent from the file are deleted. */
  public abstract boolean prune();

  public abstract List<AccountPlan> accounts();

  @JsonProperty("create")
  public long creates() {
    return count(Step.Action.CREATE);
  }

  @JsonProperty("update")
  public long updates() {
    return count(Step.Action.UPDATE);
  }

  @JsonProperty("delete")
  public long deletes() {
    return count(Step.Action.DELETE);
  }

  @JsonProperty("unchanged")
  public long unchanged() {
    return accounts().stream().mapToLong(AccountPlan::unchanged).sum();
  }

  /** True when at least one step would write. */
  @JsonIgnore
  public boolean hasChanges() {
    return accounts().stream().anyMatch(a -> !a.steps().isEmpty());
  }

  private long count(Step.Action action) {
    return accounts().stream().mapToLong(a -> a.count(action)).sum();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plan}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }
}

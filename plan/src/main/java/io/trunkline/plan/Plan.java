package io.trunkline.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What would change at every account of a desired-state file. Print it with {@link PlanPrinter}; carry it out with
 * {@link Applier}. Deletes appear only in a plan made with pruning.
 *
 * <p>Its JSON form ({@link PlanPrinter#json(Plan)}, read back by {@link PlanReader}) is a saved plan: the steps,
 * what each account showed when it was made ({@link AccountPlan#observed()}) and the desired state it was made from,
 * with secrets as {@code env:NAME} references only.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePlan.class)
@JsonDeserialize(as = ImmutablePlan.class)
@JsonIgnoreProperties(value = {"create", "update", "delete", "unchanged"}, allowGetters = true)
@JsonPropertyOrder({"format", "prune", "create", "update", "delete", "unchanged", "accounts", "desired"})
public abstract class Plan {
  /** The current {@link #format()}. */
  public static final int FORMAT = 1;
  /** What a saved plan holds in place of a literal secret. */
  public static final String LITERAL_NOT_SAVED = "(literal secret, not saved)";

  /** Whether live trunks absent from the file are deleted. */
  public abstract boolean prune();

  public abstract List<AccountPlan> accounts();

  /** The format of the saved plan; a reader refuses one it does not know. */
  @Value.Default
  public int format() {
    return FORMAT;
  }

  /**
   * The desired state the plan was made from, as saved: secrets as {@code env:NAME} references, a literal replaced by
   * {@value #LITERAL_NOT_SAVED} (such a plan cannot be applied from its JSON). Empty for a plan built by hand.
   */
  public abstract Optional<DesiredState> desired();

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

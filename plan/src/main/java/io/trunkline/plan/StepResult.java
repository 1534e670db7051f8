package io.trunkline.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** What became of one step of an applied plan. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableStepResult.class)
@JsonPropertyOrder({"account", "action", "name", "id", "outcome", "message"})
public abstract class StepResult {
  /** The outcomes of a write, as {@code docs/reliability.md} ("Write outcomes") defines them. */
  public enum Outcome {
    /** Done at the vendor; never send it again. */
    APPLIED,
    /** Refused, or not carried out: nothing changed at the vendor. */
    REFUSED,
    /** May have been carried out: a new plan looks (by name) before anything is sent again. */
    OUTCOME_UNKNOWN,
    /** Not sent: an earlier step at the same account did not apply, so its deletes wait. */
    NOT_ATTEMPTED
  }

  public abstract String account();

  public abstract Step.Action action();

  public abstract Optional<String> name();

  /** The trunk's id: the one a create got, or the one written. */
  public abstract Optional<String> id();

  public abstract Outcome outcome();

  /** Why, for any outcome but a plain {@code APPLIED}; masked by core, never holding a secret. */
  public abstract Optional<String> message();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StepResult}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableStepResult.Builder {
    Builder() {}
  }
}

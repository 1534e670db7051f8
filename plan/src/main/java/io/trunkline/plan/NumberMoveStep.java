package io.trunkline.plan;

import io.trunkline.plan.StepResult.Outcome;
import java.util.Optional;
import org.immutables.value.Value;

/** One write of a {@link NumberMove} and its outcome: applied, refused, outcome unknown, or not attempted. */
@Value.Immutable
public abstract class NumberMoveStep {
  /** What a step does. */
  public enum Kind {
    /** Take the number off the source trunk. */
    TAKE_OFF_SOURCE(false),
    /** Put the number on the target trunk. */
    PUT_ON_TARGET(false),
    /** Apply a {@link NumberMoveExtra} on the target trunk. */
    KEEP_EXTRA(false),
    /** Undo: put the number back on the source trunk. */
    PUT_BACK_ON_SOURCE(true),
    /** Undo: take the number off the target trunk again. */
    TAKE_OFF_TARGET(true),
    /** Undo: apply the {@link NumberMoveExtra} again on the source trunk. */
    RESTORE_EXTRA_ON_SOURCE(true);

    private final boolean undo;

    Kind(boolean undo) {
      this.undo = undo;
    }

    /** Whether the step undoes an earlier one (the compensation). */
    public boolean undo() {
      return undo;
    }
  }

  public abstract Kind kind();

  /** The account written to, as the caller named it. */
  public abstract String account();

  /** The provider id of that account. */
  public abstract String provider();

  public abstract String trunkId();

  /** What the step does, in words: {@code take +31207001101 off trunk acme-amsterdam at nl (channel)}. */
  public abstract String action();

  public abstract Outcome outcome();

  /** Why, for any outcome but a plain {@code APPLIED}: the vendor's refusal, the unknown outcome's cause. */
  public abstract Optional<String> message();

  /** {@code action: outcome (message)}. */
  @Value.Derived
  public String describe() {
    return action() + ": " + outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + message().map(m -> " (" + m + ")").orElse("");
  }

  @Override
  public String toString() {
    return describe();
  }
}

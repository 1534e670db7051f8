package io.trunkline.plan;

import java.util.List;
import org.immutables.value.Value;

/**
 * A number move that was done: the number is off the source trunk and on the target trunk, every step applied.
 * {@link #notes()} say what could not be checked, {@link #replacedNumbers()} what the target held before when its
 * numbers were replaced.
 */
@Value.Immutable
public abstract class NumberMoveResult {
  public abstract String number();

  /** The source, in words: {@code trunk 7 at eu-pbx (pbx)}. */
  public abstract String from();

  /** The target, in words. */
  public abstract String to();

  /** The writes, in the order they were made, each {@code APPLIED}. */
  public abstract List<NumberMoveStep> steps();

  /** What the vendors could not show, so it was not checked: {@code channel cannot say which trunk holds …}. */
  public abstract List<String> notes();

  /** The target's numbers the move replaced ({@link NumberMove#replaceTargetNumbers(boolean)}); else empty. */
  public abstract List<String> replacedNumbers();

  /** {@code moved +31… from … to …}. */
  @Value.Derived
  public String describe() {
    return "moved " + number() + " from " + from() + " to " + to();
  }

  @Override
  public String toString() {
    return describe();
  }
}

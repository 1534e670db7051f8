package io.trunkline.plan;

import io.trunkline.core.error.TrunklineException;
import io.trunkline.plan.StepResult.Outcome;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A number move that was refused or failed. {@link #steps()} are the writes made, each with its outcome: the
 * message names which applied, which were refused and which have an unknown outcome, and ends with where the number
 * is. {@link #unchanged()} is true when nothing is changed at any vendor: the move was refused before any write, or
 * its first write was refused, or every applied write was undone. The underlying failures are the cause (the first)
 * and the suppressed exceptions.
 */
public class NumberMoveException extends TrunklineException {
  private final String number;
  private final List<NumberMoveStep> steps;
  private final List<String> notes;
  private final boolean unchanged;
  private final boolean moved;

  NumberMoveException(String message, String number, List<NumberMoveStep> steps, List<String> notes,
      boolean unchanged, boolean moved, List<? extends Throwable> failures) {
    super(message, failures.isEmpty() ? null : failures.get(0));
    this.number = number;
    this.steps = List.copyOf(steps);
    this.notes = List.copyOf(notes);
    this.unchanged = unchanged;
    this.moved = moved;
    failures.stream().skip(1).forEach(this::addSuppressed);
  }

  /** Refused before any write: {@code why} says what the check found. */
  static NumberMoveException refused(String number, String why) {
    return new NumberMoveException("move of " + number + " refused before any write: " + why
        + "; nothing was changed", number, List.of(), List.of(), true, false, List.of());
  }

  public String number() {
    return number;
  }

  /** The writes made, in order, with their outcomes; empty when the move was refused before any write. */
  public List<NumberMoveStep> steps() {
    return steps;
  }

  /** What the vendors could not show, so it was not checked. */
  public List<String> notes() {
    return notes;
  }

  /** True when nothing is changed at any vendor (refused, or every applied write undone, no outcome unknown). */
  public boolean unchanged() {
    return unchanged;
  }

  /** True when the number was moved (both writes applied) but a {@link NumberMoveExtra} was not kept. */
  public boolean moved() {
    return moved;
  }

  /** True when the move was refused by its checks, before any write. */
  public boolean refusedBeforeAnyWrite() {
    return steps.isEmpty();
  }

  /** The steps with {@code outcome}. */
  public List<NumberMoveStep> steps(Outcome outcome) {
    return steps.stream().filter(s -> s.outcome() == outcome).collect(Collectors.toList());
  }
}

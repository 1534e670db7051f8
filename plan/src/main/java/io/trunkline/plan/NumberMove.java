package io.trunkline.plan;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.plan.NumberMoveEnd.Holding;
import io.trunkline.plan.NumberMoveStep.Kind;
import io.trunkline.plan.StepResult.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Moves an E.164 number from one trunk to another — within one account, or across accounts and vendors — and puts
 * it back if the move fails halfway:
 *
 * <pre>{@code
 * NumberMoveResult moved = NumberMove.of("+4930123456")
 *     .from("eu-pbx", pbx, "NzAwNTUxOTA5NzczMTQ4MTYz")
 *     .to("agency", famulor, "7").replaceTargetNumbers(true)
 *     .run();   // or NumberMoveException, saying which writes applied, were refused, or have an unknown outcome
 * }</pre>
 *
 * <p><b>How each vendor holds numbers</b> comes from its provider: a trunk field it can read and write
 * ({@code numbers} in {@code ProviderMetadata.trunkFields()}, with {@code get} and {@code update}: the PBX's
 * {@code did_numbers}, Famulor's {@code phone_number}) is changed by an update of {@code numbers}; a vendor that
 * routes numbers one by one ({@code CONNECT_NUMBER} and {@code DISCONNECT_NUMBER}: the channel API) by
 * {@code disconnectNumber} and {@code connectNumber}. A provider with neither is refused.
 *
 * <p><b>Checked first</b>, before any write: the number is E.164; a readable source holds it (exactly, not inside a
 * range) and may give it away (a vendor that requires a number on every trunk keeps its last one); a readable target
 * exists and does not hold it yet. What a vendor cannot show (the channel API reads neither a channel nor its
 * numbers) is not checked, and said so in the result's notes.
 *
 * <p><b>Order.</b> At one vendor (the same provider, or two accounts of the same provider id) the number is taken off
 * the source first: a vendor may refuse a number another trunk holds (the channel API does; the PBX refuses
 * overlapping numbers). Across vendors it is put on the target first: it is never without a trunk, and a refusal
 * there changes nothing.
 *
 * <p><b>Compensation.</b> If the second write is refused, the first is undone: a field is written back as it was
 * read, a routed number is connected again (and its {@link NumberMoveExtra} applied again). A write whose outcome is
 * unknown is looked up where the vendor can be read (the trunk's numbers tell whether it applied); if it stays
 * unknown nothing more is written, since undoing a write that may have applied could break the state it left. The
 * move is reported done only when both writes (and the extra) applied; else {@link NumberMoveException}.
 *
 * <p>Writes a field as read moments before: a change someone else makes to the same trunk in between is lost. Not
 * thread-safe; one instance per move.
 */
public final class NumberMove {
  private final String number;
  private NumberMoveEnd from;
  private NumberMoveEnd to;
  private boolean replaceTargetNumbers;
  private NumberMoveExtra extra;

  private final List<NumberMoveStep> steps = new ArrayList<>();
  private final List<RuntimeException> failures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private boolean ran;
  private Checked checked;

  private NumberMove(String number) {
    this.number = number;
  }

  /** A move of {@code number} (E.164, such as {@code +31207001101}; checked when the move runs). */
  public static NumberMove of(String number) {
    return new NumberMove(number);
  }

  /** The source: trunk {@code trunkId} of {@code provider}, at the account called {@code account} in messages. */
  public NumberMove from(String account, TrunkProvider provider, String trunkId) {
    this.from = new NumberMoveEnd(account, provider, trunkId);
    return this;
  }

  /** The source, at an account named after its provider id. */
  public NumberMove from(TrunkProvider provider, String trunkId) {
    return from(provider.id(), provider, trunkId);
  }

  /** The target: trunk {@code trunkId} of {@code provider}, at the account called {@code account} in messages. */
  public NumberMove to(String account, TrunkProvider provider, String trunkId) {
    this.to = new NumberMoveEnd(account, provider, trunkId);
    return this;
  }

  /** The target, at an account named after its provider id. */
  public NumberMove to(TrunkProvider provider, String trunkId) {
    return to(provider.id(), provider, trunkId);
  }

  /**
   * Whether the number replaces the target's numbers instead of joining them (default false). Needed where a
   * vendor's trunk holds one number (Famulor: a trunk is its number); the numbers replaced are in the result, and
   * written back if the move is undone. Only for a target whose numbers are a trunk field.
   */
  public NumberMove replaceTargetNumbers(boolean replace) {
    this.replaceTargetNumbers = replace;
    return this;
  }

  /** Keeps {@code extra} across the move (see {@link NumberMoveExtra}). */
  public NumberMove keep(NumberMoveExtra extra) {
    this.extra = Objects.requireNonNull(extra, "extra");
    return this;
  }

  /**
   * Checks, then moves. A read the checks make that fails (the vendor unreachable) throws core's exception as is,
   * nothing written.
   *
   * @throws TrunkValidationException for a number that is not E.164, or a missing end (nothing sent)
   * @throws NumberMoveException when the checks refuse the move (nothing written), or a write did not apply
   */
  public NumberMoveResult run() {
    if (ran) {
      throw new IllegalStateException("this move has run; make a new NumberMove");
    }
    ran = true;
    NumberMoveNumbers.requireE164(number);
    if (from == null) {
      throw new TrunkValidationException("from", "is required: the trunk the number is on");
    }
    if (to == null) {
      throw new TrunkValidationException("to", "is required: the trunk the number goes to");
    }
    Checked plan = check();
    checked = plan;
    if (plan.freeFirst) {
      if (takeOffSource(plan) && !putOnTarget(plan) && lastRefused()) {
        throw failed(plan, undoSource(plan));
      }
    } else if (putOnTarget(plan) && !takeOffSource(plan) && lastRefused()) {
      throw failed(plan, undoTarget(plan));
    }
    if (steps.stream().anyMatch(s -> s.outcome() != Outcome.APPLIED)) {
      throw failed(plan, false);
    }
    if (extra != null && !write(Kind.KEEP_EXTRA, to, "keep " + extra.describe() + " for " + number + " on "
        + to.describe(), () -> extra.applyTo(to.provider, to.trunkId, number), null)) {
      throw failed(plan, false);
    }
    return ImmutableNumberMoveResult.builder().number(number).from(from.describe()).to(to.describe())
        .steps(steps).notes(notes).replacedNumbers(plan.replaced).build();
  }

  /** What the checks found: the numbers read, and the order. */
  private static final class Checked {
    boolean freeFirst;
    List<String> sourceNumbers;
    List<String> targetNumbers = List.of();
    List<String> replaced = List.of();
  }

  private Checked check() {
    if (from.sameTrunk(to)) {
      throw NumberMoveException.refused(number, "from and to are the same trunk (" + from.describe() + ")");
    }
    for (NumberMoveEnd end : List.of(from, to)) {
      if (end.holding == Holding.NONE) {
        throw NumberMoveException.refused(number, end.cannotMove());
      }
    }
    if (replaceTargetNumbers && to.holding != Holding.FIELD) {
      throw NumberMoveException.refused(number, "replaceTargetNumbers applies to a target whose numbers are a"
          + " trunk field; " + to.describe() + " routes numbers one by one");
    }
    Checked plan = new Checked();
    plan.freeFirst = from.sameVendor(to);
    if (from.holding == Holding.FIELD) {
      plan.sourceNumbers = read(from, "source");
      Optional<String> entry = NumberMoveNumbers.exact(plan.sourceNumbers, number);
      if (entry.isEmpty()) {
        Optional<String> range = NumberMoveNumbers.range(plan.sourceNumbers, number);
        throw NumberMoveException.refused(number, range.isPresent()
            ? number + " is inside the range " + range.get() + " on " + from.describe()
                + "; a move takes a single number, so split the range first"
            : number + " is not on " + from.describe() + " (its " + from.numbersLabel() + ": "
                + shown(plan.sourceNumbers) + ")");
      }
      if (plan.sourceNumbers.size() == 1 && from.numbersRequired()) {
        throw NumberMoveException.refused(number, from.provider.id() + " requires " + from.numbersLabel()
            + " on every trunk, and " + number + " is the only number of " + from.describe()
            + ": it cannot give it away (give the trunk another number, or delete it, first)");
      }
    } else {
      notes.add(from.provider.id() + " cannot show which trunk holds a number: " + number + " was taken off"
          + " whichever trunk held it, and would have been put back on " + from.describe());
    }
    if (to.holding == Holding.FIELD) {
      plan.targetNumbers = read(to, "target");
      Optional<String> held = NumberMoveNumbers.exact(plan.targetNumbers, number)
          .or(() -> NumberMoveNumbers.range(plan.targetNumbers, number));
      if (held.isPresent()) {
        throw NumberMoveException.refused(number, number + " is already on " + to.describe() + " (as "
            + held.get() + ")");
      }
      if (replaceTargetNumbers) {
        plan.replaced = plan.targetNumbers;
      }
    } else {
      notes.add(to.provider.id() + " cannot show its trunks: that " + to.describe() + " exists was not checked");
    }
    return plan;
  }

  private List<String> read(NumberMoveEnd end, String role) {
    try {
      return end.readNumbers();
    } catch (TrunkNotFoundException e) {
      throw NumberMoveException.refused(number, "the " + role + " " + end.describe() + " does not exist ("
          + e.getMessage() + ")");
    }
  }

  private static String shown(List<String> numbers) {
    if (numbers.isEmpty()) {
      return "none";
    }
    String listed = numbers.stream().limit(10).collect(Collectors.joining(", "));
    return numbers.size() > 10 ? listed + ", … (" + numbers.size() + " in all)" : listed;
  }

  private boolean takeOffSource(Checked plan) {
    String action = "take " + number + " off " + from.describe();
    if (from.holding == Holding.FIELD) {
      List<String> without = new ArrayList<>(plan.sourceNumbers);
      without.remove(NumberMoveNumbers.exact(plan.sourceNumbers, number).orElseThrow());
      return write(Kind.TAKE_OFF_SOURCE, from, action, () -> setNumbers(from, without), n -> !holds(n));
    }
    return write(Kind.TAKE_OFF_SOURCE, from, action, () -> from.provider.disconnectNumber(number), null);
  }

  private boolean putOnTarget(Checked plan) {
    String action = "put " + number + " on " + to.describe();
    if (to.holding == Holding.FIELD) {
      List<String> with = new ArrayList<>(replaceTargetNumbers ? List.of() : plan.targetNumbers);
      with.add(number);
      return write(Kind.PUT_ON_TARGET, to, action + (plan.replaced.isEmpty() ? ""
          : " in place of " + String.join(", ", plan.replaced)), () -> setNumbers(to, with), this::holds);
    }
    return write(Kind.PUT_ON_TARGET, to, action, () -> to.provider.connectNumber(to.trunkId, number), null);
  }

  /** Puts the number back on the source; true when every undo write applied. */
  private boolean undoSource(Checked plan) {
    String action = "put " + number + " back on " + from.describe();
    if (from.holding == Holding.FIELD) {
      return write(Kind.PUT_BACK_ON_SOURCE, from, action, () -> setNumbers(from, plan.sourceNumbers), this::holds);
    }
    boolean back = write(Kind.PUT_BACK_ON_SOURCE, from, action,
        () -> from.provider.connectNumber(from.trunkId, number), null);
    if (back && extra != null) {
      back = write(Kind.RESTORE_EXTRA_ON_SOURCE, from, "keep " + extra.describe() + " for " + number + " on "
          + from.describe(), () -> extra.applyTo(from.provider, from.trunkId, number), null);
    }
    return back;
  }

  /** Takes the number off the target again; true when it applied. */
  private boolean undoTarget(Checked plan) {
    String action = "take " + number + " off " + to.describe() + " again";
    if (to.holding == Holding.FIELD) {
      return write(Kind.TAKE_OFF_TARGET, to, action, () -> setNumbers(to, plan.targetNumbers), n -> !holds(n));
    }
    return write(Kind.TAKE_OFF_TARGET, to, action, () -> to.provider.disconnectNumber(number), null);
  }

  private static void setNumbers(NumberMoveEnd end, List<String> numbers) {
    end.provider.update(end.trunkId, TrunkUpdate.builder().numbers(numbers).build());
  }

  /** Whether the last write was refused (so undoing the one before is safe; an unknown outcome is left alone). */
  private boolean lastRefused() {
    return steps.get(steps.size() - 1).outcome() == Outcome.REFUSED;
  }

  private boolean holds(List<String> numbers) {
    return NumberMoveNumbers.exact(numbers, number).isPresent();
  }

  /**
   * Makes one write and records its step; true when it applied. An unknown outcome at a readable end is looked up:
   * {@code appliedWhen} tells from the trunk's numbers whether the write took effect.
   */
  private boolean write(Kind kind, NumberMoveEnd end, String action, Runnable call,
      Predicate<List<String>> appliedWhen) {
    var step = ImmutableNumberMoveStep.builder().kind(kind).account(end.account).provider(end.provider.id())
        .trunkId(end.trunkId).action(action);
    try {
      call.run();
      steps.add(step.outcome(Outcome.APPLIED).build());
      return true;
    } catch (RuntimeException e) {
      failures.add(e);
      Outcome outcome = NumberMoveOutcomes.of(e);
      String message = e.getMessage();
      if (outcome == Outcome.APPLIED) {
        message = "applied; " + message;
      } else if (kind == Kind.PUT_ON_TARGET && e instanceof TrunkValidationException && !replaceTargetNumbers
          && !checked.targetNumbers.isEmpty()) {
        message = message + "; a trunk there may hold one number only: replaceTargetNumbers puts " + number
            + " in place of " + String.join(", ", checked.targetNumbers);
      } else if (outcome == Outcome.OUTCOME_UNKNOWN && appliedWhen != null) {
        try {
          boolean applied = appliedWhen.test(end.readNumbers());
          outcome = applied ? Outcome.APPLIED : Outcome.REFUSED;
          message = message + "; reading the trunk shows it " + (applied ? "applied" : "did not apply");
        } catch (RuntimeException readFailed) {
          failures.add(readFailed);
          message = message + "; reading the trunk to tell failed too: " + readFailed.getMessage();
        }
      }
      steps.add(step.outcome(outcome).message(String.valueOf(message)).build());
      return outcome == Outcome.APPLIED;
    }
  }

  /** The exception for a move that did not complete; {@code undone} when an undo ran and every write of it applied. */
  private NumberMoveException failed(Checked plan, boolean undone) {
    boolean unknown = steps.stream().anyMatch(s -> s.outcome() == Outcome.OUTCOME_UNKNOWN);
    long forwardApplied = steps.stream().filter(s -> !s.kind().undo() && s.kind() != Kind.KEEP_EXTRA
        && s.outcome() == Outcome.APPLIED).count();
    boolean moved = forwardApplied == 2;
    boolean unchanged = !unknown && (forwardApplied == 0 || undone);
    String state;
    if (moved) {
      state = number + " is moved to " + to.describe() + ", but " + extra.describe() + " was not kept: apply it"
          + " there yourself";
    } else if (unchanged && forwardApplied == 0) {
      state = "nothing was changed: " + number + " is where it was";
    } else if (unchanged) {
      state = "every change was undone: " + number + " is on " + from.describe() + " as before, not moved";
    } else {
      state = "check " + from.describe() + " and " + to.describe() + " before moving " + number + " again: "
          + (unknown ? "a write's outcome is unknown" : "a change could not be undone") + " ("
          + (plan.freeFirst ? "it may be on neither trunk" : "it may be on both trunks") + ")";
    }
    String message = "move of " + number + " from " + from.describe() + " to " + to.describe() + " failed: "
        + steps.stream().map(NumberMoveStep::describe).collect(Collectors.joining("; ")) + ". " + state;
    return new NumberMoveException(message, number, steps, notes, unchanged, moved, failures);
  }
}

package io.trunkline.plan;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.core.error.TrunkWriteAppliedException;
import io.trunkline.core.error.TrunklineException;
import io.trunkline.core.model.SipTrunk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Carries out a {@link Plan}: every create and update first, account by account, then the deletes; a delete runs
 * only in a pruning plan and only at an account whose other steps all applied. Each step ends as one of the
 * outcomes of {@code docs/reliability.md}: applied (also {@link TrunkWriteAppliedException}, and a delete that finds
 * the trunk already gone), refused (a typed refusal; nothing changed), outcome unknown
 * ({@link TrunkTransportException#outcomeUnknown()}, or a 500/502/504 answer to a create). A step that fails does
 * not stop the others; after a fully applied plan a new plan has no changes.
 */
public final class Applier {
  private Consumer<StepResult> progress = r -> {};

  /** Called after each step, for a progress line. */
  public Applier onStep(Consumer<StepResult> progress) {
    this.progress = progress;
    return this;
  }

  public ApplyReport apply(Plan plan, Accounts accounts) {
    List<StepResult> results = new ArrayList<>();
    Set<String> unsettled = new HashSet<>();
    for (AccountPlan account : plan.accounts()) {
      TrunkProvider provider = provider(accounts, account);
      for (Step step : account.steps()) {
        if (step.action() != Step.Action.DELETE) {
          StepResult result = run(provider, account.account(), step);
          if (result.outcome() != StepResult.Outcome.APPLIED) {
            unsettled.add(account.account());
          }
          report(results, result);
        }
      }
    }
    for (AccountPlan account : plan.accounts()) {
      TrunkProvider provider = provider(accounts, account);
      for (Step step : account.steps()) {
        if (step.action() != Step.Action.DELETE) {
          continue;
        }
        if (!plan.prune()) {
          throw new IllegalArgumentException("the plan deletes " + step.label() + " at the account '"
              + account.account() + "' but was not made with pruning");
        }
        if (unsettled.contains(account.account())) {
          report(results, result(account.account(), step).outcome(StepResult.Outcome.NOT_ATTEMPTED)
              .message("an earlier step at this account did not apply; deletes wait for a clean run").build());
        } else {
          report(results, run(provider, account.account(), step));
        }
      }
    }
    return ApplyReport.builder().results(results).build();
  }

  private void report(List<StepResult> results, StepResult result) {
    results.add(result);
    progress.accept(result);
  }

  private static TrunkProvider provider(Accounts accounts, AccountPlan account) {
    return accounts.provider(account.account()).orElseThrow(
        () -> new IllegalArgumentException("the account '" + account.account() + "' is not open"));
  }

  private static StepResult.Builder result(String account, Step step) {
    return StepResult.builder().account(account).action(step.action()).name(step.name()).id(step.id());
  }

  static StepResult run(TrunkProvider provider, String account, Step step) {
    StepResult.Builder result = result(account, step);
    try {
      switch (step.action()) {
        case CREATE -> {
          SipTrunk created = provider.create(step.spec().orElseThrow(() -> missing(step)));
          result.id(created.id());
        }
        case UPDATE -> provider.update(step.id().orElseThrow(), step.update().orElseThrow(() -> missing(step)));
        case DELETE -> provider.delete(step.id().orElseThrow());
        default -> throw new IllegalArgumentException(step.action().name());
      }
      return result.outcome(StepResult.Outcome.APPLIED).build();
    } catch (TrunkWriteAppliedException e) {
      e.trunkId().ifPresent(result::id);
      return result.outcome(StepResult.Outcome.APPLIED).message("applied; reading it back failed: " + e.getMessage())
          .build();
    } catch (TrunkNotFoundException e) {
      if (step.action() == Step.Action.DELETE) {
        return result.outcome(StepResult.Outcome.APPLIED).message("already gone").build();
      }
      return result.outcome(StepResult.Outcome.REFUSED).message(e.getMessage()).build();
    } catch (TrunkTransportException e) {
      return result.outcome(e.outcomeUnknown() ? StepResult.Outcome.OUTCOME_UNKNOWN : StepResult.Outcome.REFUSED)
          .message((e.outcomeUnknown() ? "may have been carried out; a new plan looks for it by name: "
              : "not carried out: ") + e.getMessage()).build();
    } catch (TrunkApiException e) {
      boolean mayHaveHappened = step.action() == Step.Action.CREATE
          && (e.status() == 500 || e.status() == 502 || e.status() == 504);
      return result.outcome(mayHaveHappened ? StepResult.Outcome.OUTCOME_UNKNOWN : StepResult.Outcome.REFUSED)
          .message(e.getMessage()).build();
    } catch (TrunklineException e) {
      return result.outcome(StepResult.Outcome.REFUSED).message(e.getMessage()).build();
    }
  }

  private static IllegalArgumentException missing(Step step) {
    return new IllegalArgumentException("the step " + step.label() + " carries no request: apply a plan made by"
        + " Planner, not one read back from JSON");
  }
}

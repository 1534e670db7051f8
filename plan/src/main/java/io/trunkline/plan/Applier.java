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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Carries out a {@link Plan}: every create and update first, then the deletes; a delete runs only in a pruning plan
 * and only at an account whose other steps all applied. At each account up to {@link #concurrency(int)} steps run
 * at once (accounts side by side). Each step ends as one of the outcomes of {@code docs/reliability.md}: applied
 * (also {@link TrunkWriteAppliedException}, and a delete that finds the trunk already gone), refused (a typed
 * refusal; nothing changed), outcome unknown ({@link TrunkTransportException#outcomeUnknown()}, or a 500/502/504
 * answer to a create). A step that fails does not stop the others; after a fully applied plan a new plan has no
 * changes. The report lists the steps in the plan's order, whatever order they finished in.
 *
 * <p>A saved plan (read back with {@link PlanReader}) is applied with {@link #applySaved}: only while the live state
 * is still the one it was made from.
 */
public final class Applier {
  /** Steps run at once per account unless {@link #concurrency(int)} says otherwise. */
  public static final int DEFAULT_CONCURRENCY = 4;

  private Consumer<StepResult> progress = r -> {};
  private int concurrency = DEFAULT_CONCURRENCY;

  /** Called after each step, one call at a time (from the thread that ran the step), for a progress line. */
  public Applier onStep(Consumer<StepResult> progress) {
    this.progress = java.util.Objects.requireNonNull(progress, "progress");
    return this;
  }

  /** At most this many steps at once at one account; 1 runs them one after the other. Default 4. */
  public Applier concurrency(int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency: must be at least 1, got " + concurrency);
    }
    this.concurrency = concurrency;
    return this;
  }

  /**
   * Applies a saved plan: plans again from the desired state it holds and applies that only when every account
   * still shows the trunks the saved plan saw, with the same values in the fields it compared, and the new plan is
   * the saved one. Otherwise nothing is sent.
   *
   * @throws SavedPlanDriftException naming each account and trunk that changed, appeared or is gone
   * @throws PlanRefusedException when the desired state cannot be planned any more
   * @throws IllegalArgumentException when the plan holds no desired state, or a literal secret it did not save
   */
  public ApplyReport applySaved(Plan saved, Accounts accounts) {
    DesiredState desired = saved.desired().orElseThrow(() -> new IllegalArgumentException(
        "the plan holds no desired state: only a plan made by Planner (and saved as JSON) can be applied saved"));
    List<String> literals = SavedDesired.literals(desired);
    if (!literals.isEmpty()) {
      throw new IllegalArgumentException("the saved plan was made from a file with literal secrets, which a plan"
          + " never holds (" + String.join(", ", literals) + "): apply the file itself, or use env:NAME references");
    }
    Plan now = new Planner().prune(saved.prune()).plan(desired, accounts);
    List<String> drift = SavedPlanCheck.drift(saved, now);
    if (!drift.isEmpty()) {
      throw new SavedPlanDriftException(drift);
    }
    return apply(now, accounts);
  }

  /** Applies {@code plan}; refuses (before sending anything) a plan that deletes but was not made with pruning. */
  public ApplyReport apply(Plan plan, Accounts accounts) {
    Map<String, TrunkProvider> providers = new LinkedHashMap<>();
    for (AccountPlan account : plan.accounts()) {
      providers.put(account.account(), provider(accounts, account));
      for (Step step : account.steps()) {
        if (step.action() == Step.Action.DELETE && !plan.prune()) {
          throw new IllegalArgumentException("the plan deletes " + step.label() + " at the account '"
              + account.account() + "' but was not made with pruning; nothing was sent");
        }
        if (step.action() == Step.Action.CREATE && step.spec().isEmpty()
            || step.action() == Step.Action.UPDATE && step.update().isEmpty()) {
          throw missing(step);
        }
      }
    }
    Map<String, ExecutorService> pools = new LinkedHashMap<>();
    plan.accounts().forEach(a -> pools.put(a.account(), Executors.newFixedThreadPool(concurrency, r -> {
      Thread thread = new Thread(r, "trunkline-apply-" + a.account());
      thread.setDaemon(true);
      return thread;
    })));
    try {
      List<StepResult> results = new ArrayList<>(run(plan, providers, pools, Set.of(), false));
      Set<String> unsettled = new HashSet<>();
      results.stream().filter(r -> r.outcome() != StepResult.Outcome.APPLIED).forEach(r -> unsettled.add(r.account()));
      results.addAll(run(plan, providers, pools, unsettled, true));
      return ApplyReport.builder().results(results).build();
    } finally {
      pools.values().forEach(ExecutorService::shutdown);
    }
  }

  /** Runs the deletes, or everything else, of every account; results in plan order. */
  private List<StepResult> run(Plan plan, Map<String, TrunkProvider> providers, Map<String, ExecutorService> pools,
      Set<String> unsettled, boolean deletes) {
    List<StepTask> tasks = new ArrayList<>();
    for (AccountPlan account : plan.accounts()) {
      for (Step step : account.steps()) {
        if ((step.action() == Step.Action.DELETE) != deletes) {
          continue;
        }
        StepTask task = new StepTask(providers.get(account.account()), account.account(), step);
        tasks.add(task);
        if (unsettled.contains(account.account())) {
          task.settle(result(account.account(), step).outcome(StepResult.Outcome.NOT_ATTEMPTED)
              .message("an earlier step at this account did not apply; deletes wait for a clean run").build());
        } else {
          task.future = pools.get(account.account()).submit(task::call);
        }
      }
    }
    List<StepResult> results = new ArrayList<>();
    boolean interrupted = false;
    for (StepTask task : tasks) {
      while (true) {
        try {
          results.add(task.await());
          break;
        } catch (InterruptedException e) {
          // Steps not started are not sent; a step under way ends promptly (core's calls end on an interrupt)
          // and keeps the outcome it had.
          interrupted = true;
          tasks.forEach(StepTask::cancelIfQueued);
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return results;
  }

  /** One step on its way: queued, running, or settled; a queued step can be cancelled, a running one not. */
  private final class StepTask {
    private final TrunkProvider provider;
    private final String account;
    private final Step step;
    private final java.util.concurrent.atomic.AtomicInteger state = new java.util.concurrent.atomic.AtomicInteger();
    private volatile StepResult settled;
    Future<StepResult> future;

    StepTask(TrunkProvider provider, String account, Step step) {
      this.provider = provider;
      this.account = account;
      this.step = step;
    }

    StepResult call() {
      if (!state.compareAndSet(0, 1)) {
        return settled;
      }
      return report(run(provider, account, step));
    }

    void settle(StepResult result) {
      state.set(2);
      settled = report(result);
    }

    void cancelIfQueued() {
      if (state.compareAndSet(0, 2)) {
        settled = report(result(account, step).outcome(StepResult.Outcome.NOT_ATTEMPTED)
            .message("not sent: the apply was interrupted").build());
      }
    }

    StepResult await() throws InterruptedException {
      if (future == null || state.get() == 2) {
        return settled;
      }
      try {
        return future.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException("a step failed unexpectedly: " + e.getCause(), e.getCause());
      }
    }
  }

  private synchronized StepResult report(StepResult result) {
    progress.accept(result);
    return result;
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
    return new IllegalArgumentException("the step " + step.label() + " carries no request: apply a saved plan with"
        + " applySaved, which plans again from its desired state; nothing was sent");
  }
}

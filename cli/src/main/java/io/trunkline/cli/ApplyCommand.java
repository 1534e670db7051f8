package io.trunkline.cli;

import io.trunkline.plan.Accounts;
import io.trunkline.plan.Applier;
import io.trunkline.plan.ApplyReport;
import io.trunkline.plan.DesiredState;
import io.trunkline.plan.Plan;
import io.trunkline.plan.PlanPrinter;
import io.trunkline.plan.PlanRefusedException;
import io.trunkline.plan.Planner;
import io.trunkline.plan.StepResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "apply", sortOptions = false,
    description = {"Make the accounts of a desired-state file as it says, or apply a saved plan.",
        "With --file: plans (as 'trunkline plan' does), shows the plan and applies it. With PLAN.json (written by "
        + "'trunkline plan --out'): applies that plan only if every account still shows the trunks it was made "
        + "from; otherwise nothing is sent and the trunks that changed are named (exit 2).",
        "",
        "Creates and updates run first, then deletes (only with --prune, only at the file's accounts, and only at "
        + "an account whose other steps all applied); up to --concurrency steps at once per account. Each step "
        + "ends applied, refused (nothing changed) or outcome unknown (a new plan looks for the trunk by name "
        + "before anything is sent again). A progress line is drawn on stderr when it is a terminal.",
        "",
        "Without --yes it asks on a terminal, and refuses (exit 2, nothing changed) when stdin is not one: a "
        + "script never waits for an answer."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  every step applied, or nothing to do (with --detailed-exitcode: nothing to do)",
        "  1  a vendor refused a listing or could not be reached",
        "  2  bad input: the file or plan, a refused plan, a saved plan whose trunks changed, no --yes",
        "  3  some steps did not apply (refused, outcome unknown, or deletes that waited): run again",
        "  4  with --detailed-exitcode: changes were applied, every one",
        "",
        "Example:",
        "  trunkline apply --file desired.yaml   # no --yes in a script: exit 2, nothing changed",
        "  trunkline plan --file desired.yaml --prune --out plan.json",
        "  trunkline apply plan.json --yes --detailed-exitcode   # applied: exit 4",
        "  trunkline apply --file desired.yaml --prune --yes   # nothing left to do",
        "",
        "  desired.yaml:",
        "  accounts:",
        "    - id: eu-pbx",
        "      provider: pbx",
        "      baseUrl: https://pbx.example.com:8887",
        "      credentials: {user: admin, password: env:PBX_PASSWORD}",
        "  trunks:",
        "    - {account: eu-pbx, name: Telnyx US, maxChannels: 60}",
        "    - {account: eu-pbx, name: sipgate team, host: sipgate.de}"})
final class ApplyCommand extends CliCommand {
  @Parameters(arity = "0..1", paramLabel = "PLAN.json",
      description = "A plan saved by 'trunkline plan --out'; instead of --file.")
  Path saved;

  @Option(names = {"-f", "--file"}, order = 0, paramLabel = "FILE",
      description = "The desired-state file (YAML, or JSON when it ends in .json).")
  Path file;

  @Option(names = "--prune", order = 1,
      description = "With --file: also delete the live trunks of the file's accounts that the file does not name.")
  boolean prune;

  @Option(names = {"-y", "--yes"}, order = 2, description = "Apply without asking.")
  boolean yes;

  @Option(names = "--concurrency", order = 3, paramLabel = "N", defaultValue = "" + Applier.DEFAULT_CONCURRENCY,
      description = "Steps at once per account. Default: ${DEFAULT-VALUE}.")
  int concurrency = Applier.DEFAULT_CONCURRENCY;

  @Option(names = {"-o", "--output"}, order = 4, paramLabel = "FORMAT", defaultValue = "table",
      description = "table (the plan, then each step's outcome) or json (the outcomes). Default: ${DEFAULT-VALUE}.")
  Format format = Format.table;

  @Option(names = "--detailed-exitcode", order = 5,
      description = "Exit 4 when changes were applied (every one), 0 when there was nothing to do.")
  boolean detailedExitcode;

  @Override
  int execute() {
    PlanCommand.requireTableOrJson(format);
    if (concurrency < 1) {
      throw new UsageException("--concurrency: must be at least 1, got " + concurrency);
    }
    if ((saved == null) == (file == null)) {
      throw new UsageException("give either --file FILE (a desired-state file) or PLAN.json (a saved plan)");
    }
    if (saved != null && prune) {
      throw new UsageException("--prune: a saved plan keeps the pruning it was made with; plan again to change it");
    }
    try {
      Plan plan = saved != null ? DesiredFiles.readPlan(saved) : PlanCommand.plan(ctx, file, prune, format);
      if (format == Format.table) {
        ctx.out().print(PlanPrinter.human(plan, DesiredFiles.colour(ctx)));
        ctx.out().flush();
      }
      if (!plan.hasChanges()) {
        if (format == Format.json) {
          ctx.out().println(PlanPrinter.json(ApplyReport.builder().build()));
          ctx.out().flush();
        }
        return ExitCode.OK;
      }
      if (!yes && !confirmed(plan)) {
        ctx.err().println("trunkline: apply cancelled; nothing was changed");
        return ExitCode.OK;
      }
      DesiredState desired = plan.desired().orElseThrow(
          () -> new UsageException(saved + ": the plan holds no desired state; plan again"));
      Path source = saved != null ? saved : file;
      ApplyReport report;
      ProgressLine progress = new ProgressLine(ctx, "apply", "step", plan.creates() + plan.updates() + plan.deletes());
      try (Accounts accounts = DesiredFiles.open(ctx, desired, source)) {
        Applier applier = new Applier().concurrency(concurrency).onStep(step -> progress.done());
        report = saved != null ? applier.applySaved(plan, accounts) : applier.apply(plan, accounts);
      } catch (IllegalArgumentException e) {
        // a saved plan that cannot be applied from its JSON (it lost a literal secret), or one edited by hand
        throw new UsageException(source + ": " + e.getMessage(), e);
      } finally {
        progress.clear();
      }
      return report(report);
    } catch (PlanRefusedException e) {
      return DesiredFiles.refused(ctx, e);
    }
  }

  /** Prints each step's outcome; the exit code. */
  private int report(ApplyReport report) {
    if (format == Format.json) {
      ctx.out().println(PlanPrinter.json(report));
    } else {
      ctx.out().println();
      ctx.out().print(ctx.redactor().redact(PlanPrinter.human(report)));
      ctx.out().println();
      ctx.out().println("Apply: " + report.count(StepResult.Outcome.APPLIED) + " applied, "
          + report.count(StepResult.Outcome.REFUSED) + " refused, "
          + report.count(StepResult.Outcome.OUTCOME_UNKNOWN) + " outcome unknown, "
          + report.count(StepResult.Outcome.NOT_ATTEMPTED) + " not attempted.");
    }
    ctx.out().flush();
    if (!report.allApplied()) {
      ctx.err().println("trunkline: some steps did not apply; run the same apply again to carry out what is left");
      ctx.err().flush();
      return ExitCode.PARTIAL;
    }
    return detailedExitcode ? ExitCode.CHANGES : ExitCode.OK;
  }

  /** Asks on the terminal; refuses when stdin is not one, so a script never waits. */
  private boolean confirmed(Plan plan) {
    if (!ctx.isTerminal(DesiredFiles.STDIN)) {
      throw new UsageException("apply: stdin is not a terminal, so nothing was asked and nothing was changed;"
          + " give --yes to apply without asking");
    }
    ctx.err().print("Apply these " + (plan.creates() + plan.updates() + plan.deletes())
        + " change(s)? Only 'yes' applies: ");
    ctx.err().flush();
    try {
      String answer = new BufferedReader(new InputStreamReader(ctx.stdin(), StandardCharsets.UTF_8)).readLine();
      return "yes".equals(answer == null ? null : answer.trim());
    } catch (IOException e) {
      return false;
    }
  }
}

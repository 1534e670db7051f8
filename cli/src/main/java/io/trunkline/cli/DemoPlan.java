package io.trunkline.cli;

import io.trunkline.core.TrunkProvider;
import io.trunkline.plan.AccountSpec;
import io.trunkline.plan.Accounts;
import io.trunkline.plan.Applier;
import io.trunkline.plan.ApplyReport;
import io.trunkline.plan.DesiredState;
import io.trunkline.plan.DesiredTrunk;
import io.trunkline.plan.Plan;
import io.trunkline.plan.PlanPrinter;
import io.trunkline.plan.Planner;
import io.trunkline.testing.VendorSimulator;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's desired-state part: at the Flex simulator, a plan (one trunk to create, one to update), its apply, and
 * the plan made again, which has no changes.
 */
final class DemoPlan {
  static final String PROVIDER = "flex";
  private static final String ACCOUNT = "flex-demo";
  private static final String PASSWORD_VARIABLE = "DEMO_SIP_PASSWORD";

  private DemoPlan() {}

  /** Runs it at {@code simulator}; false (with the report printed) when a step did not apply. */
  static boolean run(CliContext ctx, VendorSimulator simulator) {
    DesiredState desired = DesiredState.builder()
        .addAccounts(AccountSpec.builder().id(ACCOUNT).provider(PROVIDER).baseUrl(simulator.baseUrl())
            .putCredentials("token", "env:FLEX_KEY").build())
        .addTrunks(DesiredTrunk.builder().account(ACCOUNT).name("Demo office").callerId("+13132847399")
            .password("env:" + PASSWORD_VARIABLE).build())
        .addTrunks(DesiredTrunk.builder().account(ACCOUNT).name("Call center").maxChannels(40)
            .password("env:" + PASSWORD_VARIABLE).build())
        .build();
    String password = UUID.randomUUID().toString();
    ctx.redactor().add(password);
    TrunkProvider provider = ctx.trunkline().open(PROVIDER, simulator.config());
    try (Accounts accounts = Accounts.of(Map.of(ACCOUNT, provider), Map.of(PASSWORD_VARIABLE, password))) {
      ctx.out().println();
      ctx.out().println("Desired state at " + ACCOUNT + ": 'trunkline plan' of a file with two trunks:");
      ctx.out().println();
      Plan plan = new Planner().plan(desired, accounts);
      ctx.out().print(indent(PlanPrinter.human(plan, DesiredFiles.colour(ctx))));
      ApplyReport report = new Applier().apply(plan, accounts);
      ctx.out().println();
      ctx.out().println("'trunkline apply':");
      ctx.out().print(indent(ctx.redactor().redact(PlanPrinter.human(report))));
      ctx.out().println();
      ctx.out().println("'trunkline plan' again:");
      String again = PlanPrinter.human(new Planner().plan(desired, accounts), DesiredFiles.colour(ctx));
      ctx.out().print(indent(again.lines().filter(l -> l.startsWith("No changes")).findFirst().orElse(again) + "\n"));
      ctx.out().flush();
      return report.allApplied();
    }
  }

  private static String indent(String text) {
    StringBuilder out = new StringBuilder();
    text.lines().forEach(l -> out.append(l.isEmpty() ? "" : "  ").append(l).append('\n'));
    return out.toString();
  }
}

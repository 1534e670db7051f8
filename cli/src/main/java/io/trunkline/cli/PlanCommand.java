package io.trunkline.cli;

import io.trunkline.plan.Accounts;
import io.trunkline.plan.DesiredState;
import io.trunkline.plan.DesiredStateSchema;
import io.trunkline.plan.Plan;
import io.trunkline.plan.PlanPrinter;
import io.trunkline.plan.PlanRefusedException;
import io.trunkline.plan.Planner;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "plan", sortOptions = false,
    description = {"Show what would change to make the accounts of a desired-state file as it says.",
        "Reads the live trunks of every account in the file (YAML or JSON), matches the file's trunks by name and "
        + "shows, grouped by account, what would be created (+), updated (~, the changed fields only) and, with "
        + "--prune, deleted (-). Nothing is changed. Secrets are env:NAME references in the file and (set) or "
        + "(changed) in every output.",
        "",
        "Refused (exit 2), naming each problem: a name matching two live trunks, an account whose vendor cannot "
        + "list trunks (channel), a trunk lacking a field its vendor requires, a bad file (with line and column).",
        "",
        "--out writes the plan as JSON for 'trunkline apply PLAN.json', which applies it only while the live "
        + "trunks are still the ones it was made from."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  the plan was made (with --detailed-exitcode: and there are no changes)",
        "  1  a vendor refused a listing or could not be reached",
        "  2  bad input: the file, a refused plan, an unset env:NAME",
        "  4  with --detailed-exitcode: changes are pending",
        "",
        "Example:",
        "  trunkline plan --file desired.yaml",
        "  trunkline plan --file desired.yaml --detailed-exitcode   # changes pending: exit 4",
        "  trunkline plan --file desired.yaml --prune --out plan.json",
        "  trunkline apply plan.json --yes",
        "  trunkline plan --file desired.yaml --prune --detailed-exitcode   # nothing left: exit 0",
        "  trunkline plan --schema > desired-state.schema.json",
        "",
        "  desired.yaml:",
        "  accounts:",
        "    - id: eu-pbx",
        "      provider: pbx",
        "      baseUrl: https://pbx.example.com:8887",
        "      credentials: {user: admin, password: env:PBX_PASSWORD}",
        "  trunks:",
        "    - account: eu-pbx",
        "      name: Berlin main",
        "      host: sip.carrier.example",
        "      port: 5060",
        "      transport: UDP",
        "      authMode: CREDENTIALS",
        "      username: berlin",
        "      password: env:SIP_BERLIN",
        "      maxChannels: 30",
        "      attributes: {outbound_server: sip.carrier.example, outbound_server_port: 5060}",
        "    - {account: eu-pbx, name: Telnyx US, maxChannels: 60}"})
final class PlanCommand extends CliCommand {
  @Option(names = {"-f", "--file"}, order = 0, paramLabel = "FILE",
      description = "The desired-state file (YAML, or JSON when it ends in .json).")
  Path file;

  @Option(names = "--prune", order = 1,
      description = "Also delete the live trunks of the file's accounts that the file does not name.")
  boolean prune;

  @Option(names = {"-o", "--output"}, order = 2, paramLabel = "FORMAT", defaultValue = "table",
      description = "table (the diff for people, coloured on a terminal) or json (the machine-readable plan). "
          + "Default: ${DEFAULT-VALUE}.")
  Format format = Format.table;

  @Option(names = "--out", order = 3, paramLabel = "PLAN.json",
      description = "Also write the plan as JSON to this file, for 'trunkline apply PLAN.json'.")
  Path out;

  @Option(names = "--detailed-exitcode", order = 4,
      description = "Exit 4 when there are changes, 0 when there are none.")
  boolean detailedExitcode;

  @Option(names = "--schema", order = 5,
      description = "Print the JSON Schema of the desired-state file (for editors) and exit.")
  boolean schema;

  @Override
  int execute() {
    if (schema) {
      ctx.out().print(DesiredStateSchema.json());
      ctx.out().flush();
      return ExitCode.OK;
    }
    Plan plan;
    try {
      plan = plan(ctx, file, prune, format);
    } catch (PlanRefusedException e) {
      return DesiredFiles.refused(ctx, e);
    }
    if (out != null) {
      DesiredFiles.write(out, PlanPrinter.json(plan));
    }
    print(ctx, plan, format);
    return detailedExitcode && plan.hasChanges() ? ExitCode.CHANGES : ExitCode.OK;
  }

  /** Reads {@code file} and plans it; refuses csv and a missing file as bad usage. */
  static Plan plan(CliContext ctx, Path file, boolean prune, Format format) {
    requireTableOrJson(format);
    if (file == null) {
      throw new UsageException("give --file FILE: the desired-state file");
    }
    DesiredState desired = DesiredFiles.read(file);
    try (Accounts accounts = DesiredFiles.open(ctx, desired, file)) {
      return new Planner().prune(prune).plan(desired, accounts);
    }
  }

  static void requireTableOrJson(Format format) {
    if (format == Format.csv) {
      throw new UsageException("--output csv: a plan is shown as table or json");
    }
  }

  static void print(CliContext ctx, Plan plan, Format format) {
    ctx.out().print(format == Format.json ? PlanPrinter.json(plan) + "\n"
        : PlanPrinter.human(plan, DesiredFiles.colour(ctx)));
    ctx.out().flush();
  }
}

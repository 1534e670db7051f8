package io.trunkline.cli;

import io.trunkline.core.spi.SecretNames;
import io.trunkline.plan.InventoryDiff;
import io.trunkline.plan.Plan;
import io.trunkline.plan.PlanRefusedException;
import io.trunkline.plan.TrunkDiff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", sortOptions = false,
    description = {"Show drift: the live trunks against a desired-state file, or two inventory snapshots.",
        "With --file: a plan with pruning that is never applied: + a trunk the file wants that is missing, ~ the "
        + "fields that differ, - a live trunk the file does not name.",
        "With OLD.json NEW.json (what 'trunkline inventory --output json' printed, then and now): the trunks "
        + "added, removed and changed, field by field, grouped by account. Secrets are never shown."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  compared (with --detailed-exitcode: and no differences)",
        "  1  a vendor refused a listing or could not be reached",
        "  2  bad input: a file that is no desired state or no snapshot, a refused plan",
        "  4  with --detailed-exitcode: there are differences",
        "",
        "Example:",
        "  trunkline diff --file desired.yaml",
        "  trunkline inventory --config accounts.json --output json > before.json",
        "  trunkline apply --file desired.yaml --prune --yes",
        "  trunkline inventory --config accounts.json --output json > after.json",
        "  trunkline diff before.json after.json --detailed-exitcode   # trunks removed: exit 4",
        "",
        "  accounts.json:",
        "  {\"accounts\": [{\"name\": \"eu-pbx\", \"provider\": \"pbx\",",
        "     \"baseUrl\": \"https://pbx.example.com:8887\",",
        "     \"credentials\": {\"user\": \"admin\", \"password\": \"env:PBX_PASSWORD\"}}]}",
        "",
        "  desired.yaml:",
        "  accounts:",
        "    - id: eu-pbx",
        "      provider: pbx",
        "      baseUrl: https://pbx.example.com:8887",
        "      credentials: {user: admin, password: env:PBX_PASSWORD}",
        "  trunks:",
        "    - {account: eu-pbx, name: Telnyx US, maxChannels: 60}"})
final class DiffCommand extends CliCommand {
  @Parameters(arity = "0..2", paramLabel = "SNAPSHOT.json",
      description = "Two inventory snapshots, older first; instead of --file.")
  List<Path> snapshots = List.of();

  @Option(names = {"-f", "--file"}, order = 0, paramLabel = "FILE",
      description = "The desired-state file to compare the live trunks with.")
  Path file;

  @Option(names = {"-o", "--output"}, order = 1, paramLabel = "FORMAT", defaultValue = "table",
      description = "table (for people, coloured on a terminal) or json. Default: ${DEFAULT-VALUE}.")
  Format format = Format.table;

  @Option(names = "--detailed-exitcode", order = 2, description = "Exit 4 when there are differences, else 0.")
  boolean detailedExitcode;

  @Override
  int execute() {
    PlanCommand.requireTableOrJson(format);
    if ((file == null) == (snapshots.size() != 2)) {
      throw new UsageException("give either --file FILE (a desired-state file) or two inventory snapshots,"
          + " OLD.json NEW.json");
    }
    if (file != null) {
      Plan plan;
      try {
        plan = PlanCommand.plan(ctx, file, true, format);
      } catch (PlanRefusedException e) {
        return DesiredFiles.refused(ctx, e);
      }
      PlanCommand.print(ctx, plan, format);
      return detailedExitcode && plan.hasChanges() ? ExitCode.CHANGES : ExitCode.OK;
    }
    List<TrunkDiff> diffs = new InventoryDiff(SecretNames::looksSecret)
        .compare(snapshot(snapshots.get(0)), snapshot(snapshots.get(1)));
    ctx.out().print(format == Format.json ? io.trunkline.plan.PlanPrinter.json(diffs) + "\n"
        : io.trunkline.plan.PlanPrinter.human(diffs, DesiredFiles.colour(ctx)));
    ctx.out().flush();
    return detailedExitcode && !diffs.isEmpty() ? ExitCode.CHANGES : ExitCode.OK;
  }

  private static com.fasterxml.jackson.databind.JsonNode snapshot(Path path) {
    try {
      return InventoryDiff.read(Files.readString(path), path.toString());
    } catch (IOException e) {
      throw new UsageException(path + ": cannot read: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }
}

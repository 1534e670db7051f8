package io.trunkline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "inventory", sortOptions = false,
    description = {"List the trunks of many accounts at once.",
        "Every account in the config file is read in parallel, on one shared HTTP client. An account that fails does not stop the others: it is named on stderr with the reason, and "
        + "the exit code is 3.",
        "",
        "The config file is JSON; a value \"env:NAME\" is read from the environment variable NAME. credentials "
        + "holds token, apiKey, or user and password."},
    footerHeading = "%nExample:%n",
    footer = {"  trunkline inventory --config accounts.json --output csv > trunks.csv",
        "",
        "  accounts.json:",
        "  {\"accounts\": [",
        "    {\"name\": \"eu-pbx\", \"provider\": \"pbx\", \"baseUrl\": \"https://pbx.example.com:8887\",",
        "     \"credentials\": {\"token\": \"env:PBX_TOKEN\"}, \"settings\": {}},",
        "    {\"name\": \"flex-main\", \"provider\": \"flex\", \"credentials\": {\"apiKey\": \"env:FLEX_KEY\"}}",
        "  ]}"})
final class InventoryCommand extends CliCommand {
  @Option(names = {"-c", "--config"}, order = 0, required = true, paramLabel = "FILE",
      description = "The accounts to read (JSON, see below).")
  Path config;

  @Mixin
  OutputOptions output;

  @Mixin
  LimitOption limit;

  @Mixin
  ConnectionOptions connection;

  @Override
  int execute() {
    Long max = limit.value();
    InventoryConfig accounts = InventoryConfig.read(config);
    requireKnownProviders(accounts);
    List<Inventory.Source> sources = new ArrayList<>();
    for (InventoryConfig.Account account : accounts.accounts) {
      sources.add(new Inventory.Source(account.name, account.provider,
          () -> connection.apply(account.config(ctx::env, ctx.redactor()))));
    }
    List<Inventory.Result> results = new Inventory(ctx, max, false).run(sources);
    return report(ctx, output.printer(ctx), results, debug());
  }

  /**
   * A provider id no provider has is a mistake in the file, not an account that failed: bad input (exit 2) before
   * any account is read, with the id meant.
   */
  private void requireKnownProviders(InventoryConfig accounts) {
    for (int i = 0; i < accounts.accounts.size(); i++) {
      InventoryConfig.Account account = accounts.accounts.get(i);
      if (ctx.trunkline().metadata(account.provider).isEmpty()) {
        throw new UsageException(config + ": accounts[" + i + "] ('" + Errors.oneLine(account.name) + "'): "
            + ProviderOptions.unknownProvider(ctx.trunkline(), account.provider).getMessage());
      }
    }
  }

  @Override
  Advice.Where where() {
    return Advice.Where.INVENTORY;
  }

  private boolean debug() {
    Object root = spec.root().userObject();
    return root instanceof TrunklineCommand && ((TrunklineCommand) root).debug;
  }

  /**
   * Prints the trunks of every account (with its name in {@code account}), names the accounts that failed or
   * cannot list trunks on stderr, and returns 0, or 3 when an account failed.
   */
  static int report(CliContext ctx, Printer printer, List<Inventory.Result> results, boolean debug) {
    printTrunks(ctx, printer, results);
    return reportProblems(ctx, results, debug);
  }

  /** Every trunk of every account, in the order of the accounts; a count below a table. */
  static void printTrunks(CliContext ctx, Printer printer, List<Inventory.Result> results) {
    List<Views.AccountTrunk> rows = new ArrayList<>();
    int listed = 0;
    for (Inventory.Result result : results) {
      result.trunks.forEach(t -> rows.add(new Views.AccountTrunk(result.source.name, t)));
      if (!result.failed() && !result.cannotList) {
        listed++;
      }
    }
    printer.list("trunks", rows, Views.inventoryColumns(printer.format()), Views::inventoryJson);
    if (printer.format() == Format.table && !rows.isEmpty()) {
      ctx.out().println();
      ctx.out().println(rows.size() + " trunk" + (rows.size() == 1 ? "" : "s") + " in " + listed + " account"
          + (listed == 1 ? "" : "s") + ".");
      ctx.out().flush();
    }
  }

  /** Names on stderr each account that failed (with the reason) or was skipped; returns the exit code. */
  static int reportProblems(CliContext ctx, List<Inventory.Result> results, boolean debug) {
    int failed = 0;
    for (Inventory.Result result : results) {
      String who = "account '" + Errors.oneLine(result.source.name) + "' ("
          + Errors.oneLine(result.source.provider) + ")";
      if (result.failed()) {
        failed++;
        ctx.err().println(ctx.redactor().redact("trunkline: " + who + " failed: "
            + Errors.oneLine(Errors.message(ctx, result.failure, Advice.Where.INVENTORY))));
        if (debug) {
          java.io.StringWriter trace = new java.io.StringWriter();
          result.failure.printStackTrace(new java.io.PrintWriter(trace));
          ctx.err().print(ctx.redactor().redact(trace.toString()));
        }
      } else if (result.cannotList && !result.showsOtherListings()) {
        ctx.err().println("trunkline: " + who + " skipped: its vendor API cannot list trunks");
      }
    }
    if (failed > 0) {
      ctx.err().println("trunkline: " + failed + " of " + results.size() + " account"
          + (results.size() == 1 ? "" : "s") + " failed");
    }
    ctx.err().flush();
    return failed > 0 ? ExitCode.PARTIAL : ExitCode.OK;
  }
}

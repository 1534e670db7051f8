package io.trunkline.cli;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.SipTrunk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "get", sortOptions = false,
    description = "Show one trunk with every field, vendor attributes included.",
    footerHeading = "%nExample:%n",
    footer = {"  trunkline get 42 --provider pbx --base-url https://pbx.example.com:8887 --output json"})
final class GetCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The trunk's id at the vendor.")
  String id;

  @Mixin
  ProviderOptions provider;

  @Mixin
  OutputOptions output;

  @Override
  int execute() {
    try (TrunkProvider p = provider.open(ctx)) {
      SipTrunk trunk = p.get(id);
      printTrunk(output.printer(ctx), trunk);
    }
    return ExitCode.OK;
  }

  /** One trunk: FIELD/VALUE table, CSV with every neutral field, or the neutral JSON object. */
  static void printTrunk(Printer printer, SipTrunk trunk) {
    printer.one(trunk, Views.trunkCsv(), Views.trunkFields(trunk), Views.trunkJson(trunk));
  }
}

package io.trunkline.cli;

import io.trunkline.core.TrunkProvider;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "delete", sortOptions = false,
    description = "Delete a trunk.",
    footerHeading = "%nExample:%n",
    footer = {"  trunkline delete 42 --provider pbx --base-url https://pbx.example.com:8887"})
final class DeleteCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The trunk's id at the vendor.")
  String id;

  @Mixin
  ProviderOptions provider;

  @Mixin
  OutputOptions output;

  @Override
  int execute() {
    try (TrunkProvider p = provider.open(ctx)) {
      p.delete(id);
      Outcome.print(ctx, output.format, "Deleted trunk " + Errors.oneLine(id) + " at " + p.id() + ".",
          Outcome.fields("provider", p.id(), "id", id, "deleted", true));
    }
    return ExitCode.OK;
  }
}

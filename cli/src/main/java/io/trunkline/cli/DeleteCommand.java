package io.trunkline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "delete", sortOptions = false,
    description = "Delete a trunk.",
    footerHeading = "%nExample:%n",
    footer = {"  export TRUNKLINE_TOKEN=...",
        "  trunkline delete NzAwNTUxOTA5NzczMTQ4MTY1 \\",
        "      --provider pbx --base-url https://pbx.example.com:8887"})
final class DeleteCommand extends ProviderCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The trunk's id at the vendor.")
  String id;

  @Override
  String subject() {
    return "trunk " + id;
  }

  @Override
  int execute() throws Exception {
    return withProvider(p -> {
      p.delete(id);
      printOutcome("Deleted trunk " + Errors.oneLine(id) + " at " + p.id() + ".",
          "provider", p.id(), "id", id, "deleted", true);
    });
  }
}

package io.trunkline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "get", sortOptions = false,
    description = "Show one trunk with every field, vendor attributes included.",
    footerHeading = "%nExample:%n",
    footer = {"  export TRUNKLINE_TOKEN=...",
        "  trunkline get NzAwNTUxOTA5NzczMTQ4MTYw \\",
        "      --provider pbx --base-url https://pbx.example.com:8887 --output json"})
final class GetCommand extends ProviderCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The trunk's id at the vendor.")
  String id;

  @Override
  String subject() {
    return "trunk " + id;
  }

  @Override
  int execute() throws Exception {
    return withProvider(p -> printTrunk(p.get(id)));
  }
}

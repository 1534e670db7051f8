package io.trunkline.cli;

import io.trunkline.core.model.TrunkStatus;
import io.trunkline.core.spi.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "status", sortOptions = false,
    description = {"Show the live registration status of a trunk.", "ONLINE, OFFLINE or UNKNOWN, and the vendor's own value."},
    footerHeading = "%nExample:%n",
    footer = {"  export TRUNKLINE_TOKEN=...",
        "  trunkline status NzAwNTUxOTA5NzczMTQ4MTYw \\",
        "      --provider pbx --base-url https://pbx.example.com:8887"})
final class StatusCommand extends ProviderCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The trunk's id at the vendor.")
  String id;

  @Override
  String subject() {
    return "trunk " + id;
  }

  @Override
  int execute() throws Exception {
    return withProvider(p -> {
      TrunkStatus status = p.status(id);
      output.printer(ctx)
          .one(status, Views.statusColumns(), Views.statusFields(status), Json.mapper().valueToTree(status));
    });
  }
}

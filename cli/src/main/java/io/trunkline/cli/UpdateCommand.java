package io.trunkline.cli;

import io.trunkline.core.model.TrunkUpdate;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "update", sortOptions = false,
    description = {"Change a trunk.", "Only the fields the patch sets are sent. Shows the trunk as the vendor now has it."},
    footerHeading = "%nExample:%n",
    footer = {"  export TRUNKLINE_TOKEN=...",
        "  trunkline update NzAwNTUxOTA5NzczMTQ4MTYw --file patch.json \\",
        "      --provider pbx --base-url https://pbx.example.com:8887",
        "",
        "  patch.json: a neutral TrunkUpdate, every field optional:",
        "  {\"name\": \"office-amsterdam-2\", \"maxChannels\": 20}"})
final class UpdateCommand extends ProviderCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The trunk's id at the vendor.")
  String id;

  @Option(names = {"-f", "--file"}, order = 0, required = true, paramLabel = "PATCH.json",
      description = "The change: a neutral TrunkUpdate in JSON.")
  Path file;

  @Override
  String subject() {
    return "trunk " + id;
  }

  @Override
  Advice.Where where() {
    return Advice.Where.UPDATE_FILE;
  }

  @Override
  int execute() throws Exception {
    TrunkUpdate update = JsonFiles.update(file);
    hide(update.password());
    return withProvider(p -> printChanged("Updated", p.update(id, update)));
  }
}

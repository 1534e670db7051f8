package io.trunkline.cli;

import io.trunkline.core.model.TrunkSpec;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "create", sortOptions = false,
    description = {"Create a trunk.", "Reads a neutral TrunkSpec in JSON and shows the trunk as the vendor now has it."},
    footerHeading = "%nExample:%n",
    footer = {"  export TRUNKLINE_TOKEN=...",
        "  trunkline create --file spec.json --provider pbx --base-url https://pbx.example.com:8887",
        "",
        "  spec.json, neutral fields and the vendor's own under \"attributes\" (all of them, and which are",
        "  required: 'trunkline providers --fields pbx'):",
        "  {\"name\": \"office-amsterdam\", \"host\": \"sip.example.net\", \"port\": 5060, \"transport\": \"UDP\",",
        "   \"authMode\": \"CREDENTIALS\", \"username\": \"office\", \"password\": \"...\",",
        "   \"numbers\": [\"+31201234567\"], \"maxChannels\": 10,",
        "   \"attributes\": {\"outbound_server\": \"sip.example.net\"}}"})
final class CreateCommand extends ProviderCommand {
  @Option(names = {"-f", "--file"}, order = 0, required = true, paramLabel = "SPEC.json",
      description = "The trunk to create: a neutral TrunkSpec in JSON.")
  Path file;

  @Override
  Advice.Where where() {
    return Advice.Where.SPEC_FILE;
  }

  @Override
  int execute() throws Exception {
    TrunkSpec spec = JsonFiles.spec(file);
    hide(spec.password());
    return withProvider(p -> printChanged("Created", p.create(spec)));
  }
}

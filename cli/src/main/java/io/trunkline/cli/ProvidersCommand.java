package io.trunkline.cli;

import io.trunkline.core.ProviderMetadata;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "providers", sortOptions = false,
    description = {"List the providers and what each can do.",
        "The providers found on the classpath: id, endpoint, credentials, settings and capabilities."},
    footerHeading = "%nExample:%n",
    footer = {"  trunkline providers", "  trunkline providers --output json"})
final class ProvidersCommand extends CliCommand {
  @Mixin
  OutputOptions output;

  @Override
  int execute() {
    List<ProviderMetadata> providers = ctx.trunkline().providers();
    output.printer(ctx).list("providers", providers, Views.providerColumns(output.format), Views::providerJson);
    if (providers.isEmpty()) {
      ctx.err().println("trunkline: no provider module is on the classpath");
    }
    return ExitCode.OK;
  }
}

package io.trunkline.cli;

import io.trunkline.core.ProviderMetadata;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "providers", sortOptions = false,
    description = {"List the providers and what each can do.",
        "The providers found on the classpath: id, endpoint, credentials, settings and capabilities."},
    footerHeading = "%nExample:%n",
    footer = {"  trunkline providers", "  trunkline providers --output json", "  trunkline providers --fields pbx"})
final class ProvidersCommand extends CliCommand {
  @Mixin
  OutputOptions output;

  @Option(names = "--fields", paramLabel = "PROVIDER",
      description = "Instead: the trunk fields of PROVIDER and what create and update require of each"
          + " (REQUIRED, ACCEPTED, IGNORED, REFUSED), before anything is sent.")
  String fieldsOf;

  @Override
  int execute() {
    if (fieldsOf != null) {
      ProviderMetadata metadata = ctx.trunkline().metadata(fieldsOf)
          .orElseThrow(() -> ProviderOptions.unknownProvider(ctx.trunkline(), fieldsOf));
      output.printer(ctx).list("fields", metadata.trunkFields(), Views.fieldColumns(), Views::fieldJson);
      return ExitCode.OK;
    }
    List<ProviderMetadata> providers = ctx.trunkline().providers();
    output.printer(ctx).list("providers", providers, Views.providerColumns(output.format), Views::providerJson);
    if (providers.isEmpty()) {
      ctx.err().println("trunkline: no provider module is on the classpath");
    }
    return ExitCode.OK;
  }
}

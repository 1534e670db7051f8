package io.trunkline.cli;

import picocli.CommandLine.Option;

/** {@code --output table|json|csv}. */
final class OutputOptions {
  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table", order = 10,
      description = "Output format: table (for people), json (the neutral JSON contract) or csv (RFC 4180). "
          + "Default: ${DEFAULT-VALUE}.")
  Format format = Format.table;

  Printer printer(CliContext ctx) {
    return new Printer(ctx.out(), format);
  }
}

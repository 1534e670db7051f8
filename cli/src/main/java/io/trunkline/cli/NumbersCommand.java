package io.trunkline.cli;

import io.trunkline.core.TrunkProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "numbers", sortOptions = false,
    description = "Route a number to a trunk, or take it off its trunk.",
    subcommands = {NumbersCommand.Connect.class, NumbersCommand.Disconnect.class},
    footerHeading = "%nExample:%n",
    footer = {"  trunkline numbers connect office-amsterdam +31201234567 --provider channel --base-url https://...",
        "  trunkline numbers disconnect +31201234567 --provider channel --base-url https://..."})
final class NumbersCommand extends CliCommand {
  @Override
  int execute() {
    spec.commandLine().usage(ctx.err());
    ctx.err().println();
    ctx.err().println("trunkline: numbers needs a subcommand: connect or disconnect");
    return ExitCode.USAGE;
  }

  @Command(name = "connect", sortOptions = false,
      description = "Route a number (E.164) to a trunk.",
      footerHeading = "%nExample:%n",
      footer = {"  trunkline numbers connect office-amsterdam +31201234567 --provider channel \\",
          "      --base-url https://channel.example.com --api-key ... --setting account-id=123"})
  static final class Connect extends CliCommand {
    @Parameters(index = "0", paramLabel = "TRUNK_ID", description = "The trunk the number goes to.")
    String trunkId;

    @Parameters(index = "1", paramLabel = "NUMBER", description = "The number, in E.164 (+31201234567).")
    String number;

    @Mixin
    ProviderOptions provider;

    @Mixin
    OutputOptions output;

    @Override
    int execute() {
      try (TrunkProvider p = provider.open(ctx)) {
        p.connectNumber(trunkId, number);
        Outcome.print(ctx, output.format,
            "Connected " + Errors.oneLine(number) + " to trunk " + Errors.oneLine(trunkId) + " at " + p.id() + ".",
            Outcome.fields("provider", p.id(), "trunkId", trunkId, "number", number, "connected", true));
      }
      return ExitCode.OK;
    }
  }

  @Command(name = "disconnect", sortOptions = false,
      description = "Take a number (E.164) off the trunk it is routed to.",
      footerHeading = "%nExample:%n",
      footer = {"  trunkline numbers disconnect +31201234567 --provider channel \\",
          "      --base-url https://channel.example.com --api-key ... --setting account-id=123"})
  static final class Disconnect extends CliCommand {
    @Parameters(index = "0", paramLabel = "NUMBER", description = "The number, in E.164 (+31201234567).")
    String number;

    @Mixin
    ProviderOptions provider;

    @Mixin
    OutputOptions output;

    @Override
    int execute() {
      try (TrunkProvider p = provider.open(ctx)) {
        p.disconnectNumber(number);
        Outcome.print(ctx, output.format, "Disconnected " + Errors.oneLine(number) + " at " + p.id() + ".",
            Outcome.fields("provider", p.id(), "number", number, "disconnected", true));
      }
      return ExitCode.OK;
    }
  }
}

package io.trunkline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "numbers", sortOptions = false,
    description = "Route a number to a trunk, take it off its trunk, or move it to another trunk.",
    subcommands = {NumbersCommand.Connect.class, NumbersCommand.Disconnect.class, NumbersMove.class},
    footerHeading = "%nExample:%n",
    footer = {"  export TRUNKLINE_API_KEY=...",
        "  trunkline numbers connect acme-amsterdam +31207001199 --provider channel \\",
        "      --base-url https://channel.example.com --setting account-id=ACCOUNT-UUID",
        "  trunkline numbers disconnect +31207001199 --provider channel \\",
        "      --base-url https://channel.example.com --setting account-id=ACCOUNT-UUID"})
final class NumbersCommand extends CliCommand {
  @Override
  int execute() {
    spec.commandLine().usage(ctx.err());
    ctx.err().println();
    ctx.err().println("trunkline: numbers needs a subcommand: connect, disconnect or move");
    return ExitCode.USAGE;
  }

  @Command(name = "connect", sortOptions = false,
      description = "Route a number (E.164) to a trunk.",
      footerHeading = "%nExample:%n",
      footer = {"  trunkline numbers connect acme-amsterdam +31207001199 --provider channel \\",
          "      --base-url https://channel.example.com --api-key ... --setting account-id=ACCOUNT-UUID"})
  static final class Connect extends ProviderCommand {
    @Parameters(index = "0", paramLabel = "TRUNK_ID", description = "The trunk the number goes to.")
    String trunkId;

    @Parameters(index = "1", paramLabel = "NUMBER", description = "The number, in E.164 (+31201234567).")
    String number;

    @Override
    String subject() {
      return "trunk " + trunkId + " or number " + number;
    }

    @Override
    int execute() throws Exception {
      return withProvider(p -> {
        p.connectNumber(trunkId, number);
        printOutcome("Connected " + Errors.oneLine(number) + " to trunk " + Errors.oneLine(trunkId)
            + " at " + p.id() + ".", "provider", p.id(), "trunkId", trunkId, "number", number, "connected", true);
      });
    }
  }

  @Command(name = "disconnect", sortOptions = false,
      description = "Take a number (E.164) off the trunk it is routed to.",
      footerHeading = "%nExample:%n",
      footer = {"  trunkline numbers disconnect +31207001101 --provider channel \\",
          "      --base-url https://channel.example.com --api-key ... --setting account-id=ACCOUNT-UUID"})
  static final class Disconnect extends ProviderCommand {
    @Parameters(index = "0", paramLabel = "NUMBER", description = "The number, in E.164 (+31201234567).")
    String number;

    @Override
    String subject() {
      return "number " + number;
    }

    @Override
    int execute() throws Exception {
      return withProvider(p -> {
        p.disconnectNumber(number);
        printOutcome("Disconnected " + Errors.oneLine(number) + " at " + p.id() + ".",
            "provider", p.id(), "number", number, "disconnected", true);
      });
    }
  }
}

package io.trunkline.cli;

import io.trunkline.core.spi.ProviderContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "trunkline", sortOptions = false,
    description = "Manage SIP trunks at several telephony vendors through one provider-neutral command line.",
    versionProvider = TrunklineCommand.Version.class,
    subcommands = {
        ProvidersCommand.class,
        ListCommand.class,
        GetCommand.class,
        CreateCommand.class,
        UpdateCommand.class,
        DeleteCommand.class,
        StatusCommand.class,
        NumbersCommand.class,
        ListingCommands.CallerIds.class,
        ListingCommands.Proxies.class,
        ListingCommands.Templates.class,
        ListingCommands.CallBarrings.class,
        ExportCommand.class,
        InventoryCommand.class,
        PlanCommand.class,
        ApplyCommand.class,
        DiffCommand.class,
        DemoCommand.class,
        SimulateCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  success",
        "  1  the vendor refused the call, or it could not be reached; the output could not be written",
        "  2  bad usage or bad input: unknown provider or option, a capability the provider lacks,",
        "     invalid values or files",
        "  3  inventory finished, but some accounts failed; apply finished, but some steps did not apply",
        "  4  plan, apply, diff with --detailed-exitcode: changes pending, applied, or found",
        "",
        "Example:",
        "  java -jar cli/target/trunkline.jar demo",
        "  trunkline simulate",
        "  TRUNKLINE_TOKEN=... trunkline list --provider pbx --base-url https://pbx.example.com:8887"})
final class TrunklineCommand extends CliCommand {
  @Option(names = "--debug", scope = ScopeType.INHERIT, order = 98,
      description = "On an error, print its stack trace; log each HTTP request (SLF4J debug) on stderr.")
  boolean debug;

  @Option(names = {"-V", "--version"}, versionHelp = true, order = 97, description = "Print the version and exit.")
  boolean version;

  @Override
  int execute() {
    spec.commandLine().usage(ctx.err());
    ctx.err().println();
    ctx.err().println("trunkline: give a command; try 'trunkline demo'");
    return ExitCode.USAGE;
  }

  /** The version of the Trunkline jars. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"trunkline " + ProviderContext.version()};
    }
  }
}

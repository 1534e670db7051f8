package io.trunkline.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/**
 * The {@code trunkline} command line. {@link #main} runs it and exits with its code; {@link #run} runs it with
 * the writers and environment a caller (or a test) gives, and returns the code.
 *
 * <p>Exit codes: 0 success; 1 vendor or network error; 2 bad usage or bad input (including an unknown provider
 * and a capability the provider lacks); 3 inventory finished with some accounts failing.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Logging.configure(wantsDebug(args));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    CliContext ctx = CliContext.builder(out, err)
        .env(System.getenv())
        .terminal(System.console() != null)
        .rawOut(System.out)
        .build();
    int code = run(args, ctx);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line: output on {@code out}, messages and errors on {@code err}, secrets and inventory
   * {@code env:} references read from {@code env}. Returns the exit code.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    return run(args, CliContext.builder(out, err).env(env).build());
  }

  static int run(String[] args, CliContext ctx) {
    ctx.redactor().addFromArgs(args);
    Redactor.SECRET_ENV.forEach(name -> ctx.redactor().add(ctx.env(name)));
    if (wantsDebug(args)) {
      Logging.configure(true);
    }
    TrunklineCommand root = new TrunklineCommand();
    root.ctx = ctx;
    CommandLine commandLine = new CommandLine(root, new CommandFactory(ctx));
    commandLine.setOut(ctx.out());
    commandLine.setErr(ctx.err());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setUsageHelpWidth(100);
    commandLine.setParameterExceptionHandler((e, arguments) -> {
      ctx.err().println("trunkline: " + Errors.oneLine(ctx.redactor().redact(usageMessage(e))));
      CommandLine.UnmatchedArgumentException.printSuggestions(e, ctx.err());
      ctx.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
      ctx.err().flush();
      return ExitCode.USAGE;
    });
    commandLine.setExecutionExceptionHandler((e, command, parsed) -> Errors.report(ctx, e, root.debug));
    try {
      return commandLine.execute(args);
    } finally {
      ctx.out().flush();
      ctx.err().flush();
    }
  }

  /**
   * The parse error in words. For unknown arguments only the option names are echoed, never the values that
   * follow them: {@code --tokn SECRET} must not print the secret.
   */
  static String usageMessage(CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException)) {
      return e.getMessage();
    }
    java.util.List<String> unmatched = ((CommandLine.UnmatchedArgumentException) e).getUnmatched();
    java.util.List<String> options = new java.util.ArrayList<>();
    int others = 0;
    for (String arg : unmatched) {
      if (arg.startsWith("-") && arg.length() > 1 && !Character.isDigit(arg.charAt(1)) && arg.charAt(1) != '+') {
        int eq = arg.indexOf('=');
        options.add("'" + (eq > 0 ? arg.substring(0, eq) + "=..." : arg) + "'");
      } else {
        others++;
      }
    }
    if (options.isEmpty()) {
      // no unknown option before them, so these are no option values: say which they are
      return (unmatched.size() > 1 ? "unexpected arguments: " : "unexpected argument: ")
          + String.join(", ", unmatched.stream().map(a -> "'" + a + "'").toList());
    }
    String message = "unknown option" + (options.size() > 1 ? "s " : " ") + String.join(", ", options);
    if (others > 0) {
      message += (message.isEmpty() ? "" : " and ") + others + " unexpected argument" + (others > 1 ? "s" : "");
    }
    return message;
  }

  /** True when {@code --debug} comes before any {@code --} (which ends the options). */
  static boolean wantsDebug(String[] args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (arg.equals("--debug")) {
        return true;
      }
    }
    return false;
  }
}

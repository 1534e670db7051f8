package io.trunkline.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/**
 * The {@code trunkline} command line. {@link #main} runs it and exits with its code; {@link #run} runs it with
 * the writers and environment a caller (or a test) gives, and returns the code.
 *
 * <p>Exit codes: 0 success; 1 vendor or network error, or output that could not be written; 2 bad usage or bad input (including an unknown provider
 * and a capability the provider lacks); 3 inventory finished with some accounts failing.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Logging.configure(wantsDebug(args));
    // stdout as the file descriptor, not System.out: a PrintStream swallows a failed write, and a full disk must
    // not end in exit code 0
    OutputStream stdout = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 64 * 1024);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    CliContext ctx = CliContext.builder(stdout, err)
        .env(System.getenv())
        .terminals(Terminals.OS)
        .build();
    int code = run(args, ctx);
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command line: output on {@code out}, messages and errors on {@code err}, secrets and inventory
   * {@code env:} references read from {@code env}. Returns the exit code; 1 when {@code out} reports a failed
   * write ({@link PrintWriter#checkError()}), with one line on {@code err} saying so.
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
      java.util.Optional<String> command = suggestCommand(e);
      if (command.isPresent()) {
        ctx.err().println("Did you mean: " + command.get() + "?");
      } else {
        CommandLine.UnmatchedArgumentException.printSuggestions(e, ctx.err());
      }
      ctx.err().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
      ctx.err().flush();
      return ExitCode.USAGE;
    });
    commandLine.setExecutionExceptionHandler((e, command, parsed) -> Errors.report(ctx, e, root.debug,
        command.getCommand() instanceof CliCommand ? ((CliCommand) command.getCommand()).where()
            : Advice.Where.OPTIONS));
    int code;
    try {
      code = commandLine.execute(args);
    } finally {
      ctx.out().flush();
      ctx.err().flush();
    }
    return checkStdout(ctx, code);
  }

  /**
   * A command whose output could not be written (a full disk, {@code > /dev/full}) has not done its job: one line
   * on stderr, and exit code 1 where it would have been 0 (or 3). A reader that went away ({@code | head}: a broken
   * pipe) had all it wanted: nothing is said and the exit code stays, as with other Unix tools that stop quietly.
   */
  static int checkStdout(CliContext ctx, int code) {
    java.util.Optional<String> failure = ctx.stdoutFailure();
    if (failure.isEmpty() || failure.get().toLowerCase(java.util.Locale.ROOT).contains("broken pipe")) {
      return code;
    }
    ctx.err().println("trunkline: could not write to stdout: " + Errors.oneLine(failure.get())
        + "; the output is incomplete");
    ctx.err().flush();
    return code == ExitCode.OK || code == ExitCode.PARTIAL ? ExitCode.VENDOR : code;
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

  /** For a mistyped command ({@code lsit}), the command meant ({@code trunkline list}), if one is close. */
  static java.util.Optional<String> suggestCommand(CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException)) {
      return java.util.Optional.empty();
    }
    java.util.List<String> unmatched = ((CommandLine.UnmatchedArgumentException) e).getUnmatched();
    CommandLine command = e.getCommandLine();
    if (unmatched.isEmpty() || unmatched.get(0).startsWith("-") || command.getSubcommands().isEmpty()) {
      return java.util.Optional.empty();
    }
    String typed = unmatched.get(0);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : command.getSubcommands().keySet()) {
      int d = distance(typed, name);
      if (d < bestDistance) {
        best = name;
        bestDistance = d;
      }
    }
    return bestDistance <= Math.max(1, typed.length() / 3)
        ? java.util.Optional.of(command.getCommandSpec().qualifiedName() + " " + best)
        : java.util.Optional.empty();
  }

  /** Levenshtein distance, with a swap of two neighbours counted as one edit. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
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

package io.trunkline.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import picocli.CommandLine;

/** Runs the real command line in-process, as {@code main} would, capturing stdout and stderr. */
final class Cli {
  private Cli() {}

  /** What one run gave. */
  static final class Result {
    final int code;
    final String out;
    final String err;

    Result(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
  }

  static Result run(String... args) {
    return run(Map.of(), args);
  }

  /** Through the public entry point {@link Main#run(String[], PrintWriter, PrintWriter, Map)}. */
  static Result run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
    return new Result(code, out.toString(), err.toString());
  }

  /** With a context the test adjusts (terminal, raw stdout, providers, simulators). */
  static Result run(UnaryOperator<CliContext.Builder> adjust, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext ctx = adjust.apply(CliContext.builder(new PrintWriter(out), new PrintWriter(err))).build();
    int code = Main.run(args, ctx);
    return new Result(code, out.toString(), err.toString());
  }

  /** {@code base} followed by {@code more}. */
  static String[] args(String[] base, String... more) {
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  static ByteArrayOutputStream bytes() {
    return new ByteArrayOutputStream();
  }

  /** The command tree, as {@code Main} builds it, writing nowhere. */
  static CommandLine root() {
    StringWriter sink = new StringWriter();
    CliContext ctx = CliContext.builder(new PrintWriter(sink), new PrintWriter(sink)).env(Map.of()).build();
    TrunklineCommand top = new TrunklineCommand();
    top.ctx = ctx;
    return new CommandLine(top, new CommandFactory(ctx));
  }

  /** Every command's path under {@code trunkline}, the root's ([]) first. */
  static List<List<String>> commandPaths() {
    List<List<String>> paths = new ArrayList<>();
    collect(root(), new ArrayList<>(), paths);
    return paths;
  }

  private static void collect(CommandLine command, List<String> path,
      List<List<String>> out) {
    out.add(path);
    command.getSubcommands().forEach((name, sub) -> {
      List<String> next = new ArrayList<>(path);
      next.add(name);
      collect(sub, next, out);
    });
  }
}

package io.trunkline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every command shares: the run's context, {@code --help}, and its exit code as the result. */
abstract class CliCommand implements Callable<Integer> {
  /** Set by {@link CommandFactory} before the command runs. */
  CliContext ctx;

  @Spec
  CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, order = 99, description = "Show this help, with an example, and exit.")
  boolean help;

  @Override
  public final Integer call() throws Exception {
    return execute();
  }

  /** Where the user gives what an error message asks for: the words its advice is put in. */
  Advice.Where where() {
    return Advice.Where.OPTIONS;
  }

  /** Runs the command; returns its exit code. Exceptions are reported by {@link Errors}. */
  abstract int execute() throws Exception;
}

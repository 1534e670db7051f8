package io.trunkline.cli;

import io.trunkline.plan.AccountSpec;
import io.trunkline.plan.Accounts;
import io.trunkline.plan.DesiredState;
import io.trunkline.plan.DesiredStateException;
import io.trunkline.plan.DesiredStateReader;
import io.trunkline.plan.DesiredTrunk;
import io.trunkline.plan.Plan;
import io.trunkline.plan.PlanReader;
import io.trunkline.plan.PlanRefusedException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What plan, apply and diff share: reading a desired-state file or a saved plan (bad input named with the file, the
 * line and the column: exit 2), opening its accounts with the run's environment, keeping the secrets its
 * {@code env:NAME} references resolve to out of every message, and printing a refused plan one problem a line.
 */
final class DesiredFiles {
  /** The file descriptor of stdin. */
  static final int STDIN = 0;

  private DesiredFiles() {}

  static DesiredState read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException(file + ": no such file");
    }
    try {
      return new DesiredStateReader().read(file);
    } catch (DesiredStateException e) {
      throw new UsageException(file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }

  static Plan readPlan(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException(file + ": no such file");
    }
    try {
      return new PlanReader().read(file);
    } catch (DesiredStateException e) {
      throw new UsageException(file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }

  /** Opens the accounts of {@code desired}; the values of its {@code env:} references are never shown. */
  static Accounts open(CliContext ctx, DesiredState desired, Path file) {
    for (AccountSpec account : desired.accounts()) {
      account.credentials().values().forEach(v -> hide(ctx, v));
    }
    for (DesiredTrunk trunk : desired.trunks()) {
      trunk.password().ifPresent(v -> hide(ctx, v));
    }
    for (AccountSpec account : desired.accounts()) {
      if (ctx.trunkline().metadata(account.provider()).isEmpty()) {
        throw new UsageException(file + ": account '" + Errors.oneLine(account.id()) + "': "
            + ProviderOptions.unknownProvider(ctx.trunkline(), account.provider()).getMessage());
      }
    }
    try {
      return Accounts.open(desired, ctx.trunkline(), ctx.environment());
    } catch (DesiredStateException e) {
      throw new UsageException(file + ": " + e.getMessage(), e);
    }
  }

  private static void hide(CliContext ctx, String value) {
    if (value != null && value.startsWith(DesiredStateReader.ENV_PREFIX)) {
      ctx.redactor().add(ctx.env(value.substring(DesiredStateReader.ENV_PREFIX.length())));
    }
  }

  /** Prints a refused plan on stderr, a problem a line; returns exit code 2. */
  static int refused(CliContext ctx, PlanRefusedException e) {
    String[] lines = e.getMessage().split("\n");
    ctx.err().println("trunkline: " + Errors.oneLine(ctx.redactor().redact(lines[0])));
    for (int i = 1; i < lines.length; i++) {
      ctx.err().println("  " + Errors.oneLine(ctx.redactor().redact(lines[i])));
    }
    ctx.err().flush();
    return ExitCode.USAGE;
  }

  /** Writes {@code text} to {@code file}; a failure is bad input (exit 2) naming the file. */
  static void write(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UsageException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  /** Colour on stdout only when it is a terminal (and never in JSON). */
  static boolean colour(CliContext ctx) {
    return ctx.isTerminal(Terminals.STDOUT);
  }
}

package io.trunkline.cli;

import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunklineException;
import io.trunkline.core.error.UnsupportedCapabilityException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;

/** Turns an exception into the one line on stderr a user reads (plus the stack trace with {@code --debug}). */
final class Errors {
  private Errors() {}

  /** Reports {@code error} on stderr and returns its exit code. */
  static int report(CliContext ctx, Throwable error, boolean debug) {
    return report(ctx, error, debug, Advice.Where.OPTIONS);
  }

  /** Reports {@code error} on stderr, its advice in the words of {@code where}, and returns its exit code. */
  static int report(CliContext ctx, Throwable error, boolean debug, Advice.Where where) {
    PrintWriter err = ctx.err();
    err.println("trunkline: " + oneLine(ctx.redactor().redact(message(ctx, error, where))));
    if (debug) {
      StringWriter trace = new StringWriter();
      error.printStackTrace(new PrintWriter(trace));
      err.print(ctx.redactor().redact(trace.toString()));
    } else if (ExitCode.of(error) == ExitCode.VENDOR && !(error instanceof TrunklineException)
        && !(error instanceof NotFound)) {
      err.println("trunkline: run again with --debug for the stack trace");
    }
    err.flush();
    return ExitCode.of(error);
  }

  /** {@link #message(CliContext, Throwable)} with the library's advice in the words of {@code where}. */
  static String message(CliContext ctx, Throwable error, Advice.Where where) {
    return Advice.inCliWords(message(ctx, error), error, where);
  }

  /** What went wrong, in words, without the exception's class name for the errors users expect. */
  static String message(CliContext ctx, Throwable error) {
    if (error instanceof UnsupportedCapabilityException) {
      UnsupportedCapabilityException e = (UnsupportedCapabilityException) error;
      Optional<ProviderMetadata> metadata = metadata(ctx, e.provider());
      return "provider '" + e.provider() + "' does not support " + Capabilities.name(e.capability())
          + ": its vendor API has no such operation"
          + metadata.map(m -> "; it supports " + Capabilities.names(m.capabilities())).orElse("")
          + " (see 'trunkline providers')";
    }
    if (error instanceof TrunklineException || error instanceof UsageException || error instanceof NotFound) {
      return String.valueOf(error.getMessage());
    }
    String text = error.getMessage() == null ? "" : ": " + error.getMessage();
    return "unexpected error: " + error.getClass().getName() + text;
  }

  private static Optional<ProviderMetadata> metadata(CliContext ctx, String provider) {
    try {
      return ctx.trunkline().metadata(provider);
    } catch (TrunkConfigurationException e) {
      return Optional.empty();
    }
  }

  /** {@code text} on one line: line breaks and other control characters become spaces. */
  static String oneLine(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      sb.append(Character.isISOControl(c) ? ' ' : c);
    }
    return sb.toString().trim();
  }
}

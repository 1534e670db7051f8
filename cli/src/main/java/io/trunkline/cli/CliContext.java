package io.trunkline.cli;

import io.trunkline.core.Trunkline;
import io.trunkline.testing.VendorSimulator;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * What a command runs against: the output and error writers, the environment, whether stderr is a terminal,
 * where providers and simulators come from, and the secrets to keep out of every message. One per run; tests
 * build their own so that nothing is read from the process.
 */
final class CliContext {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> env;
  private final Terminals terminals;
  private Boolean stderrIsTerminal;
  private final OutputStream rawOut;
  private final Stdout stdout;
  private final Supplier<Trunkline> trunkline;
  private final Supplier<List<VendorSimulator>> simulators;
  private final Redactor redactor;
  private final java.io.InputStream stdin;
  private Trunkline discovered;

  private CliContext(Builder b) {
    this.out = Objects.requireNonNull(b.out, "out");
    this.err = Objects.requireNonNull(b.err, "err");
    this.env = Map.copyOf(b.env);
    this.terminals = b.terminals;
    this.rawOut = b.rawOut;
    this.stdout = b.stdout;
    this.trunkline = b.trunkline;
    this.simulators = b.simulators;
    this.redactor = new Redactor();
    this.stdin = b.stdin;
  }

  static Builder builder(PrintWriter out, PrintWriter err) {
    return new Builder(out, err);
  }

  /**
   * Output to the byte stream {@code stdout} (UTF-8 text through {@link #out()}, bytes through {@link #rawOut()}),
   * with a failed write remembered for {@link #stdoutFailure()}.
   */
  static Builder builder(OutputStream stdout, PrintWriter err) {
    Stdout guarded = new Stdout(stdout);
    Builder builder = new Builder(new PrintWriter(new OutputStreamWriter(guarded, StandardCharsets.UTF_8), true), err);
    builder.stdout = guarded;
    builder.rawOut = guarded;
    return builder;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  /** Every environment variable the run sees. */
  Map<String, String> environment() {
    return env;
  }

  /** The environment variable {@code name}; an empty value counts as unset. */
  String env(String name) {
    String value = env.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  /**
   * True when stderr is a terminal, so a progress line may be drawn there, whatever stdout is (redirected to a
   * file, say). Asked once per run, of the {@link Terminals} the context was built with.
   */
  synchronized boolean terminal() {
    if (stderrIsTerminal == null) {
      stderrIsTerminal = terminals.isTerminal(Terminals.STDERR);
    }
    return stderrIsTerminal;
  }

  /** True when the standard stream {@code fd} is a terminal: stdout for colour, stdin before asking a question. */
  boolean isTerminal(int fd) {
    return terminals.isTerminal(fd);
  }

  /** The process's stdout as bytes (for {@code export}); null when output must go through {@link #out()}. */
  OutputStream rawOut() {
    return rawOut;
  }

  /**
   * Flushes stdout and says why writing to it failed, if it did: the error of the underlying stream when it is
   * known, else that the writer reported one ({@link PrintWriter#checkError()}).
   */
  java.util.Optional<String> stdoutFailure() {
    boolean writerFailed = out.checkError();
    if (rawOut != null && rawOut != stdout) {
      try {
        rawOut.flush();
      } catch (java.io.IOException e) {
        return java.util.Optional.of(reason(e));
      }
      if (rawOut instanceof java.io.PrintStream && ((java.io.PrintStream) rawOut).checkError()) {
        writerFailed = true;
      }
    }
    if (stdout != null) {
      stdout.flush();
      java.util.Optional<String> reason = stdout.failure().map(CliContext::reason);
      if (reason.isPresent()) {
        return reason;
      }
    }
    return writerFailed ? java.util.Optional.of("the write failed") : java.util.Optional.empty();
  }

  private static String reason(java.io.IOException e) {
    return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** The providers on the classpath, discovered once per run. */
  synchronized Trunkline trunkline() {
    if (discovered == null) {
      discovered = trunkline.get();
    }
    return discovered;
  }

  /** New, not yet started instances of every vendor simulator on the classpath. */
  List<VendorSimulator> simulators() {
    return simulators.get();
  }

  Redactor redactor() {
    return redactor;
  }

  /** What {@code simulate} waits on: it stops when this ends. The process's stdin unless a test gives another. */
  java.io.InputStream stdin() {
    return stdin != null ? stdin : System.in;
  }

  /** Builds a {@link CliContext}. */
  static final class Builder {
    private final PrintWriter out;
    private final PrintWriter err;
    private Map<String, String> env = Map.of();
    private Terminals terminals = Terminals.NONE;
    private OutputStream rawOut;
    private Stdout stdout;
    private Supplier<Trunkline> trunkline = Trunkline::discover;
    private Supplier<List<VendorSimulator>> simulators = CliContext::loadSimulators;
    private java.io.InputStream stdin;

    private Builder(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    Builder env(Map<String, String> env) {
      this.env = env;
      return this;
    }

    /** Whether stderr is a terminal (and stdout is not); for tests. */
    Builder terminal(boolean terminal) {
      this.terminals = fd -> terminal && fd == Terminals.STDERR;
      return this;
    }

    /** Which standard streams are terminals; {@link Terminals#OS} asks the operating system. */
    Builder terminals(Terminals terminals) {
      this.terminals = terminals;
      return this;
    }

    Builder rawOut(OutputStream rawOut) {
      this.rawOut = rawOut;
      return this;
    }

    Builder trunkline(Supplier<Trunkline> trunkline) {
      this.trunkline = trunkline;
      return this;
    }

    Builder simulators(Supplier<List<VendorSimulator>> simulators) {
      this.simulators = simulators;
      return this;
    }

    /** The stdin {@code simulate} waits on; default: the process's. */
    Builder stdin(java.io.InputStream stdin) {
      this.stdin = stdin;
      return this;
    }

    CliContext build() {
      return new CliContext(this);
    }
  }

  /** Every {@link VendorSimulator} registered through {@code META-INF/services}, in provider-id order. */
  static List<VendorSimulator> loadSimulators() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = CliContext.class.getClassLoader();
    }
    List<VendorSimulator> all = new ArrayList<>();
    try {
      for (VendorSimulator simulator : ServiceLoader.load(VendorSimulator.class, loader)) {
        all.add(simulator);
      }
    } catch (ServiceConfigurationError e) {
      throw new io.trunkline.core.error.TrunkConfigurationException(
          "a vendor simulator could not be loaded: " + e.getMessage());
    }
    all.sort(java.util.Comparator.comparing(VendorSimulator::providerId));
    return all;
  }
}

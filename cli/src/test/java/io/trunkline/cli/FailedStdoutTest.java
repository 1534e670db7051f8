package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.cli.fake.FakeSimulator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 #6: output that cannot be written (a full disk, {@code > /dev/full}) is a failure, not exit 0: one line
 * on stderr saying so, and exit code 1. {@code RunnableJarIT} checks {@code > /dev/full} with the real jar.
 */
class FailedStdoutTest {
  /** A stdout whose every write and flush fails, as a full disk does. */
  static final class FullDisk extends OutputStream {
    int attempts;

    @Override
    public void write(int b) throws IOException {
      attempts++;
      throw new IOException("No space left on device");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      attempts++;
      throw new IOException("No space left on device");
    }

    @Override
    public void flush() throws IOException {
      throw new IOException("No space left on device");
    }
  }

  private FakeSimulator sim;
  private String[] account;

  @BeforeEach
  void start() {
    sim = new FakeSimulator();
    sim.start();
    sim.seedDemoData();
    account = new String[] {"--provider", "fake", "--base-url", sim.baseUrl(), "--token", FakeSimulator.TOKEN};
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private static Cli.Result run(OutputStream stdout, String... args) {
    StringWriter err = new StringWriter();
    CliContext ctx = CliContext.builder(stdout, new PrintWriter(err)).build();
    int code = Main.run(args, ctx);
    return new Cli.Result(code, "", err.toString());
  }

  @Test
  void aListingThatCannotBeWritten_exits1_withOneLineOnStderr() {
    for (String format : new String[] {"table", "json", "csv"}) {
      FullDisk disk = new FullDisk();
      Cli.Result r = run(disk, Cli.args(new String[] {"list", "--output", format}, account));
      assertThat(r.code).as(format + ": " + r).isEqualTo(1);
      assertThat(r.err).as(format).isEqualTo(
          "trunkline: could not write to stdout: No space left on device; the output is incomplete\n");
      assertThat(disk.attempts).as("the first failed write ends the writing").isEqualTo(1);
    }
  }

  @Test
  void anExportToAFullStdout_exits1_namingStdoutNotTheVendor() {
    Cli.Result r = run(new FullDisk(), Cli.args(new String[] {"export"}, account));
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.err.lines()).containsExactly(
        "trunkline: could not write to stdout: No space left on device; the output is incomplete");
  }

  @Test
  void helpAndProviders_thatCannotBeWritten_exit1_too() {
    assertThat(run(new FullDisk(), "--help").code).isEqualTo(1);
    assertThat(run(new FullDisk(), "providers").code).isEqualTo(1);
  }

  @Test
  void anErrorStaysItsOwnExitCode_andTheStdoutFailureIsNamedToo() {
    Cli.Result r = run(new FullDisk(), Cli.args(new String[] {"get", "999"}, account));
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    Cli.Result usage = run(new FullDisk(), "list", "--provider", "nope", "--token", "t");
    assertThat(usage.code).as(usage.toString()).isEqualTo(2);
  }

  /** Through the public entry point: a caller's PrintWriter whose checkError() is true. */
  @Test
  void aWriterWhoseCheckErrorIsTrue_exits1() {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FullDisk(), StandardCharsets.UTF_8));
    StringWriter err = new StringWriter();
    int code = Main.run(Cli.args(new String[] {"list"}, account), out, new PrintWriter(err), Map.of());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("trunkline: could not write to stdout: the write failed; the output is incomplete\n");
  }

  /** {@code trunkline list | head -1}: the reader went away after what it wanted; that is no failure. */
  @Test
  void aReaderThatWentAway_brokenPipe_isQuiet_andKeepsTheExitCode() {
    OutputStream closedPipe = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    Cli.Result r = run(closedPipe, Cli.args(new String[] {"list", "--output", "csv"}, account));
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.err).isEmpty();
  }

  @Test
  void aStdoutThatWorks_isExit0_withNothingOnStderr() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    Cli.Result r = run(bytes, Cli.args(new String[] {"list", "--output", "csv"}, account));
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.err).isEmpty();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("provider,id,name");
  }
}

package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bad usage (2), unreachable vendors (1), and --debug. Vendor refusals (1) are in the command tests. */
class ExitCodesTest {
  @Test
  void noCommand_showsUsage_exit2() {
    Cli.Result r = Cli.run();
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("Usage: trunkline", "give a command");
  }

  @Test
  void unknownCommand_exit2_withASuggestion() {
    Cli.Result r = Cli.run("lsit");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("'lsit'", "Did you mean: trunkline list?", "Try 'trunkline --help'");
    assertThat(Cli.run("numbers", "conect").err).contains("Did you mean: trunkline numbers connect?");
    assertThat(Cli.run("zzzzzzzz").err).doesNotContain("Did you mean");
  }

  @Test
  void missingRequiredOption_orParameter_exit2() {
    Cli.Result noProvider = Cli.run("list");
    assertThat(noProvider.code).isEqualTo(2);
    assertThat(noProvider.err).contains("--provider", "Try 'trunkline list --help'");
    Cli.Result noId = Cli.run("get", "--provider", "fake");
    assertThat(noId.code).isEqualTo(2);
    assertThat(noId.err).contains("ID");
    Cli.Result noFile = Cli.run("create", "--provider", "fake");
    assertThat(noFile.code).isEqualTo(2);
    assertThat(noFile.err).contains("--file");
  }

  @Test
  void unknownProvider_exit2_namingTheAvailableOnes() {
    Cli.Result r = Cli.run("list", "--provider", "nope", "--token", "t");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).startsWith("trunkline: unknown provider 'nope'; available: ").contains("fake", "fakechan");
    assertThat(r.err.lines()).hasSize(1);
  }

  @Test
  void badEnumValue_exit2() {
    Cli.Result r = Cli.run("list", "--provider", "fake", "--state", "sleeping");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("ACTIVE", "INACTIVE");
  }

  @Test
  @Timeout(60)
  void unreachableVendor_exit1_oneLine_noStackTrace_butOneWithDebug() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port;
    Cli.Result r = Cli.run("create", "--file", "/dev/null", "--provider", "fake", "--base-url", url, "--token", "t");
    assertThat(r.code).isEqualTo(2);
    Cli.Result get = Cli.run("delete", "1", "--provider", "fake", "--base-url", url, "--token", "t");
    assertThat(get.code).as(get.toString()).isEqualTo(1);
    assertThat(get.err).startsWith("trunkline: ").doesNotContain("\tat ");
    assertThat(get.err.lines()).hasSize(1);
    Cli.Result debug = Cli.run("--debug", "delete", "1", "--provider", "fake", "--base-url", url, "--token", "t");
    assertThat(debug.code).isEqualTo(1);
    assertThat(debug.err).contains("\tat io.trunkline.");
    Cli.Result debugAfter = Cli.run("delete", "1", "--provider", "fake", "--base-url", url, "--token", "t", "--debug");
    assertThat(debugAfter.err).contains("\tat io.trunkline.");
  }

  @Test
  void version_exit0() {
    Cli.Result r = Cli.run("--version");
    assertThat(r.code).isZero();
    assertThat(r.out).startsWith("trunkline ");
  }

  @Test
  void wantsDebug_stopsAtTheEndOfOptions() {
    assertThat(Main.wantsDebug(new String[] {"list", "--debug"})).isTrue();
    assertThat(Main.wantsDebug(new String[] {"get", "--", "--debug"})).isFalse();
  }

  @Test
  void exitCodeMapping() {
    assertThat(ExitCode.of(new UsageException("x"))).isEqualTo(2);
    assertThat(ExitCode.of(new io.trunkline.core.error.TrunkValidationException("port", "too big"))).isEqualTo(2);
    assertThat(ExitCode.of(new io.trunkline.core.error.TrunkConfigurationException("x"))).isEqualTo(2);
    assertThat(ExitCode.of(new io.trunkline.core.error.UnsupportedCapabilityException("p",
        io.trunkline.core.Capability.LIST))).isEqualTo(2);
    assertThat(ExitCode.of(new io.trunkline.core.error.TrunkTransportException("x", "GET", "/", 1, false, null)))
        .isEqualTo(1);
    assertThat(ExitCode.of(new IllegalStateException())).isEqualTo(1);
  }
}

package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.VendorSimulator;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 #4: {@code trunkline simulate} keeps the simulators standing, prints how to reach each, writes an
 * accounts file {@code inventory} reads, and stops when stdin closes, releasing its ports.
 */
@Timeout(120)
class SimulateCommandTest {
  private static final Pattern STARTED = Pattern.compile("(?m)^(\\S+)  (http://127\\.0\\.0\\.1:(\\d+))$");

  /** A running {@code trunkline simulate}, in-process on its own thread. */
  static final class Running implements AutoCloseable {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final PipedOutputStream stdin = new PipedOutputStream();
    final CompletableFuture<Integer> code;
    final Map<String, String> baseUrls = new LinkedHashMap<>();
    final Map<String, Integer> ports = new LinkedHashMap<>();
    /** The thread running the command, to interrupt one that watches no stdin. */
    volatile Thread runner;

    Running(String... args) throws IOException, InterruptedException {
      PipedInputStream in = new PipedInputStream(stdin);
      CliContext ctx = CliContext.builder(new PrintWriter(out, true), new PrintWriter(err, true))
          .stdin(in)
          .simulators(() -> CliContext.loadSimulators().stream()
              .filter(s -> RealProvidersTest.REAL.contains(s.providerId())).toList())
          .build();
      String[] all = Cli.args(new String[] {"simulate"}, args);
      code = CompletableFuture.supplyAsync(() -> {
        runner = Thread.currentThread();
        return Main.run(all, ctx);
      });
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!out.toString().contains("Stop with Ctrl-C") && !code.isDone() && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(out.toString()).as(this.toString()).contains("Stop with Ctrl-C");
      Matcher m = STARTED.matcher(out.toString());
      while (m.find()) {
        baseUrls.put(m.group(1), m.group(2));
        ports.put(m.group(1), Integer.parseInt(m.group(3)));
      }
    }

    /** Closes stdin and returns the exit code. */
    int stop() throws Exception {
      stdin.close();
      return code.get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
      if (!code.isDone()) {
        stop();
      }
    }

    @Override
    public String toString() {
      return "--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
  }

  @Test
  void simulate_printsEveryVendor_writesAnAccountsFileInventoryReads_andStopsWhenStdinCloses(@TempDir Path dir)
      throws Exception {
    Path accounts = dir.resolve("accounts.json");
    Running running = new Running("--accounts-file", accounts.toString(), "--first-port", "0");
    try {
      assertThat(running.baseUrls.keySet()).as(running.toString())
          .containsExactlyInAnyOrderElementsOf(RealProvidersTest.REAL);
      assertThat(running.out.toString()).contains("fake demo values", accounts.toAbsolutePath().toString());

      Cli.Result inventory = Cli.run("inventory", "--config", accounts.toString(), "--output", "json");
      assertThat(inventory.code).as(inventory.toString()).isZero();
      Set<String> withTrunks = new TreeSet<>();
      for (JsonNode trunk : Json.mapper().readTree(inventory.out)) {
        withTrunks.add(trunk.get("account").asText());
      }
      assertThat(withTrunks).containsExactlyInAnyOrder("famulor-sim", "flex-sim", "pbx-sim", "properties-v2-sim");
      assertThat(inventory.err).contains("account 'channel-sim' (channel) skipped: its vendor API cannot list trunks");
      JsonNode file = Json.mapper().readTree(accounts.toFile());
      file.get("accounts").forEach(a -> assertThat(a.get("baseUrl").asText())
          .isEqualTo(running.baseUrls.get(a.get("provider").asText())));

      // every command line it prints works as printed
      for (String line : running.out.toString().lines().map(String::trim).filter(l -> l.startsWith("trunkline "))
          .toList()) {
        Cli.Result r = Cli.run(line.substring("trunkline ".length()).split(" "));
        assertThat(r.code).as(line + "\n" + r).isZero();
      }
    } finally {
      assertThat(running.stop()).as(running.toString()).isZero();
    }
    assertThat(running.out.toString()).endsWith("Simulators stopped.\n");
    for (int port : running.ports.values()) {
      try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        assertThat(free.getLocalPort()).isEqualTo(port);
      }
    }
  }

  @Test
  void simulate_onlyTheVendorsAsked(@TempDir Path dir) throws Exception {
    try (Running running = new Running("--vendors", "pbx,flex", "--accounts-file",
        dir.resolve("a.json").toString(), "--first-port", "0")) {
      assertThat(running.baseUrls.keySet()).containsExactly("pbx", "flex");
      List<String> names = new ArrayList<>();
      Json.mapper().readTree(dir.resolve("a.json").toFile()).get("accounts")
          .forEach(a -> names.add(a.get("name").asText()));
      assertThat(names).containsExactly("pbx-sim", "flex-sim");
      assertThat(running.stop()).isZero();
    }
  }

  @Test
  void simulate_anUnknownVendor_isBadInputWithTheIdMeant() {
    Cli.Result r = Cli.run("simulate", "--vendors", "pbx,flx", "--first-port", "0");
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("no simulator for 'flx' (did you mean 'flex'?)");
  }

  @Test
  void simulate_aTakenPort_saysSoAndStopsWhatStarted(@TempDir Path dir) throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      VendorSimulator pbx = CliContext.loadSimulators().stream().filter(s -> s.providerId().equals("pbx"))
          .findFirst().orElseThrow();
      Cli.Result r = Cli.run(b -> b.simulators(() -> List.of(pbx)), "simulate", "--accounts-file",
          dir.resolve("a.json").toString(), "--first-port", String.valueOf(taken.getLocalPort()));
      assertThat(r.code).as(r.toString()).isEqualTo(2);
      assertThat(r.err).contains("could not start on port " + taken.getLocalPort(), "--first-port 0");
    }
  }

  @Test
  void simulate_untilSignal_keepsRunningWhenStdinCloses_andStopsWhenInterrupted(@TempDir Path dir) throws Exception {
    Path accounts = dir.resolve("accounts.json");
    Running running = new Running("--vendors", "flex", "--until-signal", "--accounts-file", accounts.toString(),
        "--first-port", "0");
    assertThat(running.out.toString()).as(running.toString())
        .contains("Stop with Ctrl-C or SIGTERM (kill " + ProcessHandle.current().pid() + "); stdin is not watched.");
    running.stdin.close();

    Cli.Result inventory = Cli.run("inventory", "--config", accounts.toString(), "--output", "json");
    assertThat(inventory.code).as("still serving after stdin closed: " + inventory).isZero();
    assertThat(Json.mapper().readTree(inventory.out)).isNotEmpty();
    assertThat(running.code).as("still running").isNotDone();

    running.runner.interrupt();
    assertThat(running.code.get(60, TimeUnit.SECONDS)).as(running.toString()).isZero();
    assertThat(running.out.toString()).endsWith("Simulators stopped.\n");
    try (ServerSocket free = new ServerSocket(running.ports.get("flex"), 1, InetAddress.getLoopbackAddress())) {
      assertThat(free.getLocalPort()).isEqualTo(running.ports.get("flex"));
    }
  }

  @Test
  void simulateHelp_saysWhenStdinIsWatched_andHowElseItStops() {
    java.io.ByteArrayOutputStream picocliWarnings = new java.io.ByteArrayOutputStream();
    java.io.PrintStream stderr = System.err;
    Cli.Result r;
    System.setErr(new java.io.PrintStream(picocliWarnings, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      r = Cli.run("simulate", "--help");
    } finally {
      System.setErr(stderr);
    }
    assertThat(r.code).isZero();
    assertThat(picocliWarnings.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Could not format");
    assertThat(r.out.replaceAll("\\s+", " ")).contains("or when stdin is closed (Ctrl-D, a closed pipe)",
        "A stdin that cannot say so is not watched: /dev/null",
        "then only Ctrl-C or SIGTERM ('kill %1') stops it, as with --until-signal",
        "--until-signal Do not watch stdin");
    assertThat(r.out + r.err).doesNotContain("Could not format");
  }

  @Test
  void aStreamOtherThanTheProcesssStdin_alwaysSaysStopByClosing() throws Exception {
    try (PipedOutputStream out = new PipedOutputStream(); PipedInputStream in = new PipedInputStream(out)) {
      assertThat(SimulateCommand.Stdin.canSayStop(in)).isTrue();
    }
  }

  @Test
  void aBackgroundJob_isTheOneWhoseTerminalsForegroundGroupIsAnother() {
    // pid (comm) state ppid pgrp session tty_nr tpgid ...
    assertThat(SimulateCommand.Stdin.inBackground("4242 (java) S 4000 4242 4000 34816 4242 4194560 0 0"))
        .as("the foreground job").isFalse();
    assertThat(SimulateCommand.Stdin.inBackground("4242 (java) S 4000 4242 4000 34816 4300 4194560 0 0"))
        .as("'trunkline simulate &' in an interactive shell").isTrue();
    assertThat(SimulateCommand.Stdin.inBackground("4242 (my (odd) name) S 4000 4242 4000 0 -1 4194560 0 0"))
        .as("no terminal").isFalse();
  }
}

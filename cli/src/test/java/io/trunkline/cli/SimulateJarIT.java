package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.spi.Json;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 #4 with the real process: {@code java -jar target/trunkline.jar simulate} answers {@code inventory} for
 * all five vendors, exits 0 when its stdin closes, stops on a termination signal (its shutdown hook), and frees its
 * ports either way; with stdin from /dev/null (a script's background job, nohup, CI) it keeps running until the
 * signal.
 */
@Tag("runnable-jar")
@Timeout(180)
class SimulateJarIT {
  private static final Path JAR = Paths.get(System.getProperty("trunkline.jar", "target/trunkline.jar"));
  private static final Pattern STARTED = Pattern.compile("^(\\S+)  http://127\\.0\\.0\\.1:(\\d+)$");

  @Test
  void theJarsSimulate_servesInventory_andStopsWhenStdinCloses(@TempDir Path dir) throws Exception {
    Path accounts = dir.resolve("accounts.json");
    Process process = start(dir, accounts);
    List<Integer> ports = new ArrayList<>();
    Set<String> vendors = new TreeSet<>();
    readUntilStarted(process, ports, vendors);
    assertThat(vendors).containsAll(RealProvidersTest.REAL);

    Cli.Result inventory = Cli.run("inventory", "--config", accounts.toString(), "--output", "json");
    assertThat(inventory.code).as(inventory.toString()).isZero();
    Set<String> withTrunks = new TreeSet<>();
    for (JsonNode trunk : Json.mapper().readTree(inventory.out)) {
      withTrunks.add(trunk.get("account").asText());
    }
    assertThat(withTrunks).contains("famulor-sim", "flex-sim", "pbx-sim", "properties-v2-sim");

    process.getOutputStream().close();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertFree(ports);
  }

  @Test
  void theJarsSimulate_stopsOnATerminationSignal(@TempDir Path dir) throws Exception {
    Process process = start(dir, dir.resolve("accounts.json"));
    List<Integer> ports = new ArrayList<>();
    readUntilStarted(process, ports, new TreeSet<>());
    process.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as on Ctrl-C (SIGINT)
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertFree(ports);
  }

  @Test
  void theJarsSimulate_withStdinFromDevNull_keepsRunning_untilATerminationSignal(@TempDir Path dir) throws Exception {
    Path accounts = dir.resolve("accounts.json");
    Process process = builder(dir, accounts).redirectInput(new File("/dev/null")).start();
    List<Integer> ports = new ArrayList<>();
    String stop = readUntilStarted(process, ports, new TreeSet<>());
    assertThat(stop).isEqualTo("Stop with Ctrl-C or SIGTERM (kill " + process.pid() + "); stdin is not watched.");

    Cli.Result inventory = Cli.run("inventory", "--config", accounts.toString(), "--output", "json");
    assertThat(inventory.code).as("serving after stdin ended: " + inventory).isZero();
    assertThat(process.isAlive()).as("running after stdin ended").isTrue();

    process.destroy(); // SIGTERM
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertFree(ports);
  }

  private static Process start(Path dir, Path accounts) throws IOException {
    return builder(dir, accounts).start();
  }

  private static ProcessBuilder builder(Path dir, Path accounts) {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-jar", JAR.toAbsolutePath().toString(), "simulate", "--first-port", "0",
        "--accounts-file", accounts.toString())
        .directory(dir.toFile())
        .redirectError(dir.resolve("stderr.txt").toFile());
  }

  /** Reads the process's output up to its "Stop with …" line, which it returns. */
  private static String readUntilStarted(Process process, List<Integer> ports, Set<String> vendors)
      throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    String line;
    while ((line = out.readLine()) != null) {
      seen.append(line).append('\n');
      Matcher m = STARTED.matcher(line);
      if (m.matches()) {
        vendors.add(m.group(1));
        ports.add(Integer.parseInt(m.group(2)));
      }
      if (line.startsWith("Stop with Ctrl-C")) {
        return line;
      }
    }
    throw new AssertionError("simulate ended before it was ready:\n" + seen);
  }

  private static void assertFree(List<Integer> ports) throws IOException {
    assertThat(ports).isNotEmpty();
    for (int port : ports) {
      try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        assertThat(free.getLocalPort()).isEqualTo(port);
      }
    }
  }
}

package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.spi.TrunkProviderFactory;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.VendorSimulator;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code target/trunkline.jar} in its own JVM (bound after {@code package}). The providers and
 * simulators it finds must be exactly those on this module's classpath, the test fakes aside: a shade without
 * the services transformer would keep one {@code META-INF/services} file and lose the rest.
 */
@Tag("runnable-jar")
@Timeout(180)
class RunnableJarIT {
  private static final Path JAR = Paths.get(System.getProperty("trunkline.jar", "target/trunkline.jar"));

  @Test
  void theJarFindsEveryProviderOnTheClasspath() throws Exception {
    Cli.Result r = java("providers", "--output", "json");
    assertThat(r.code).as(r.toString()).isZero();
    TreeSet<String> inJar = new TreeSet<>();
    for (JsonNode provider : Json.mapper().readTree(r.out)) {
      inJar.add(provider.get("id").asText());
    }
    TreeSet<String> onClasspath = new TreeSet<>();
    for (TrunkProviderFactory factory : ServiceLoader.load(TrunkProviderFactory.class)) {
      if (!isTestFake(factory.getClass())) {
        ProviderMetadata metadata = factory.metadata();
        onClasspath.add(metadata.id());
      }
    }
    assertThat(inJar).isEqualTo(onClasspath);
  }

  @Test
  void theJarsDemo_startsEverySimulatorOnTheClasspath() throws Exception {
    TreeSet<String> onClasspath = new TreeSet<>();
    for (VendorSimulator simulator : ServiceLoader.load(VendorSimulator.class)) {
      if (!isTestFake(simulator.getClass())) {
        onClasspath.add(simulator.providerId());
      }
    }
    Cli.Result r = java("demo");
    if (onClasspath.isEmpty()) {
      assertThat(r.code).as(r.toString()).isEqualTo(2);
      assertThat(r.err).contains("no vendor simulator is on the classpath");
      return;
    }
    assertThat(r.code).as(r.toString()).isZero();
    Matcher m = Pattern.compile("^Trunkline demo: \\d+ vendor simulators? on 127\\.0\\.0\\.1 \\(([^)]*)\\)")
        .matcher(r.out);
    assertThat(m.find()).as(r.toString()).isTrue();
    assertThat(new TreeSet<>(List.of(m.group(1).split(", ")))).isEqualTo(onClasspath);
    assertThat(r.out).contains("ACCOUNT", "Simulators stopped.");
    if (onClasspath.contains(DemoPlan.PROVIDER)) {
      assertThat(r.out).contains("Desired state at flex-demo", "Plan: 1 to create, 1 to update, 0 to delete",
          "+ password = (set)", "applied          + flex-demo \"Demo office\"", "'trunkline plan' again:",
          "No changes: 2 trunk(s) as wanted.");
    }
  }

  @Test
  void theJarExitsWithTheDesignsCodes() throws Exception {
    Cli.Result help = java("--help");
    assertThat(help.code).isZero();
    assertThat(help.out).startsWith("Usage: trunkline").contains("demo", "inventory");
    Cli.Result unknownProvider = java("list", "--provider", "no-such-vendor", "--token", "t");
    assertThat(unknownProvider.code).isEqualTo(2);
    assertThat(unknownProvider.err).startsWith("trunkline: unknown provider 'no-such-vendor'");
    Cli.Result usage = java("frobnicate");
    assertThat(usage.code).isEqualTo(2);
    Path config = Files.createTempFile("inventory", ".json");
    try {
      Files.writeString(config, "{\"accounts\": [{\"name\": \"x\", \"provider\": \"no-such-vendor\","
          + " \"credentials\": {\"token\": \"env:NOT_SET_ANYWHERE\"}}]}");
      Cli.Result inventory = java("inventory", "--config", config.toString());
      assertThat(inventory.code).as(inventory.toString()).isEqualTo(2);
      assertThat(inventory.err).contains("accounts[0] ('x'): unknown provider 'no-such-vendor'");
      Files.writeString(config, "{\"accounts\": [{\"name\": \"x\", \"provider\": \"flex\","
          + " \"credentials\": {\"token\": \"env:NOT_SET_ANYWHERE\"}}]}");
      Cli.Result failed = java("inventory", "--config", config.toString());
      assertThat(failed.code).as(failed.toString()).isEqualTo(3);
      assertThat(failed.err).contains("account 'x' (flex) failed");
    } finally {
      Files.deleteIfExists(config);
    }
  }

  /**
   * Issue 19 #7: with stderr on a terminal (a pseudo-terminal from util-linux {@code script}) and stdout redirected
   * to a file, the progress line is drawn on stderr; with stderr redirected, it is not.
   */
  @Test
  void theJarsProgress_isDrawnWhenStderrIsATerminal_thoughStdoutIsAFile(@TempDir Path dir) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeFalse(
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"));
    org.junit.jupiter.api.Assumptions.assumeTrue(new File("/usr/bin/script").canExecute(), "no util-linux script");
    Path config = Files.writeString(dir.resolve("accounts.json"),
        "{\"accounts\": [{\"name\": \"x\", \"provider\": \"flex\", \"credentials\": {\"token\": \"env:NOT_SET_ANYWHERE\"}}]}");
    Path stdout = dir.resolve("trunks.json");
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    String command = "'" + java + "' -jar '" + JAR.toAbsolutePath() + "' inventory --config '" + config
        + "' --output json > '" + stdout + "'";
    ProcessBuilder builder = new ProcessBuilder("/usr/bin/script", "-qec", command, "/dev/null");
    File terminal = dir.resolve("terminal.txt").toFile();
    Process process = builder.redirectInput(new File("/dev/null")).redirectOutput(terminal)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(150, TimeUnit.SECONDS)).isTrue();
    String seen = Files.readString(terminal.toPath(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(seen).isEqualTo(3);
    assertThat(seen).contains("\rinventory: 0 of 1 account done", "\rinventory: 1 of 1 account done",
        "account 'x' (flex) failed");
    assertThat(Files.readString(stdout)).isEqualTo("[]\n");

    Cli.Result piped = java("inventory", "--config", config.toString(), "--output", "json");
    assertThat(piped.code).isEqualTo(3);
    assertThat(piped.err).doesNotContain("inventory:");
  }

  /** Issue 19 #6: {@code > /dev/full} is a failure (exit 1, one line on stderr), not exit 0. */
  @Test
  void theJarsOutputToAFullDisk_isExit1_withAMessage() throws Exception {
    File full = new File("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "no /dev/full on this system");
    Cli.Result r = java(Map.of(), full, "providers");
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.err).isEqualTo(
        "trunkline: could not write to stdout: No space left on device; the output is incomplete\n");
  }

  /**
   * Against the real simulators, in the jar's own JVM where {@code --debug} turns on the HTTP request log: an
   * inventory of every account (secrets from the environment), a listing of the channel API (API key flag) and a
   * failing call with a stack trace (user and password flags). The requests are logged; neither a given secret nor
   * an access token the vendor issued reaches stdout or stderr.
   */
  @Test
  void theJarsDebugOutput_neverShowsASecret(@TempDir Path dir) throws Exception {
    List<VendorSimulator> simulators = new ArrayList<>();
    for (VendorSimulator simulator : ServiceLoader.load(VendorSimulator.class)) {
      if (!isTestFake(simulator.getClass()) && RealProvidersTest.REAL.contains(simulator.providerId())) {
        simulators.add(simulator.start());
        simulator.seedDemoData();
      }
    }
    try {
      Map<String, String> env = new LinkedHashMap<>();
      ArrayNode accounts = Json.mapper().createArrayNode();
      List<String> secrets = new ArrayList<>();
      Map<String, String[]> flags = new LinkedHashMap<>();
      for (VendorSimulator sim : simulators) {
        ProviderConfig config = sim.config();
        String var = "SIM_SECRET_" + sim.providerId().replace('-', '_').toUpperCase(Locale.ROOT);
        env.put(var, config.credentials().secret().reveal());
        secrets.add(config.credentials().secret().reveal());
        ObjectNode credentials = Json.object();
        switch (config.credentials().kind()) {
          case BEARER:
            credentials.put("token", "env:" + var);
            break;
          case API_KEY:
            credentials.put("apiKey", "env:" + var);
            break;
          default:
            credentials.put("user", config.credentials().name().orElseThrow()).put("password", "env:" + var);
            break;
        }
        ObjectNode account = accounts.addObject().put("name", sim.providerId() + "-sim")
            .put("provider", sim.providerId()).put("baseUrl", sim.baseUrl());
        account.set("credentials", credentials);
        account.set("settings", Json.mapper().valueToTree(config.settings()));
        flags.put(sim.providerId(), RealProvidersTest.accountArgs(sim));
      }
      Path file = dir.resolve("inventory.json");
      Files.writeString(file, Json.object().set("accounts", accounts).toString());

      Cli.Result inventory = java(env, "inventory", "--config", file.toString(), "--debug");
      assertThat(inventory.code).as(inventory.toString()).isZero();
      for (String id : List.of("famulor", "properties-v2", "pbx", "flex")) {
        assertThat(inventory.err).as(inventory.toString()).contains("[" + id + "] GET ");
      }
      Cli.Result channel = java(Map.of(), Cli.args(new String[] {"caller-ids", "--debug"}, flags.get("channel")));
      assertThat(channel.code).as(channel.toString()).isZero();
      assertThat(channel.err).as(channel.toString()).contains("[channel] GET ").contains(" -> 200 in ");
      Cli.Result failed = java(Map.of(), Cli.args(new String[] {"get", "999999999", "--debug"}, flags.get("pbx")));
      assertThat(failed.code).as(failed.toString()).isEqualTo(1);
      assertThat(failed.err).as(failed.toString()).contains("\tat io.trunkline.", "[pbx] POST /api/auth/sign_in");

      for (Cli.Result run : List.of(inventory, channel, failed)) {
        for (String secret : secrets) {
          assertThat(run.out + run.err).as(run.toString()).doesNotContain(secret);
        }
        assertThat(run.out + run.err).as("an access token the vendor issued: " + run)
            .doesNotContainPattern("at-[0-9a-f]{8}-");
      }
    } finally {
      simulators.forEach(VendorSimulator::close);
    }
  }

  /** A class of this module's own tests (target/test-classes), not of a module the jar bundles. */
  private static boolean isTestFake(Class<?> type) throws URISyntaxException {
    Path location = Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    String testClasses = System.getProperty("trunkline.testClasses");
    return testClasses != null ? location.equals(Paths.get(testClasses)) : location.endsWith("test-classes");
  }

  private static Cli.Result java(String... args) throws IOException, InterruptedException {
    return java(Map.of(), args);
  }

  private static Cli.Result java(Map<String, String> env, String... args) throws IOException, InterruptedException {
    return java(env, null, args);
  }

  /** Runs the jar; its stdout goes to {@code stdout} when given (and is then not read back). */
  private static Cli.Result java(Map<String, String> env, File stdout, String... args)
      throws IOException, InterruptedException {
    assertThat(JAR).as("the runnable jar; build it with mvn package").exists();
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("TRUNKLINE_"));
    builder.environment().putAll(env);
    File out = File.createTempFile("trunkline-out", ".txt");
    File err = File.createTempFile("trunkline-err", ".txt");
    try {
      Process process = builder.redirectOutput(stdout != null ? stdout : out).redirectError(err).redirectInput(ProcessBuilder.Redirect.PIPE)
          .start();
      process.getOutputStream().close();
      if (!process.waitFor(150, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("java -jar trunkline.jar " + String.join(" ", args) + " did not finish");
      }
      return new Cli.Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
          Files.readString(err.toPath(), StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out.toPath());
      Files.deleteIfExists(err.toPath());
    }
  }
}

package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.TrunkProviderFactory;
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
import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the shaded {@code target/trunkline.jar} in its own JVM (bound after {@code package}). The providers and
 * simulators it finds must be exactly those on this module's classpath, the test fakes aside: a shade without
 * the services transformer would keep one {@code META-INF/services} file and lose the rest.
 */
@Timeout(180)
class RunnableJarIT {
  private static final Path JAR = Paths.get(System.getProperty("trunkline.jar", "target/trunkline.jar"));

  @Test
  void theJarFindsEveryProviderOnTheClasspath() throws Exception {
    Run r = java("providers", "--output", "json");
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
    Run r = java("demo");
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
  }

  @Test
  void theJarExitsWithTheDesignsCodes() throws Exception {
    Run help = java("--help");
    assertThat(help.code).isZero();
    assertThat(help.out).startsWith("Usage: trunkline").contains("demo", "inventory");
    Run unknownProvider = java("list", "--provider", "no-such-vendor", "--token", "t");
    assertThat(unknownProvider.code).isEqualTo(2);
    assertThat(unknownProvider.err).startsWith("trunkline: unknown provider 'no-such-vendor'");
    Run usage = java("frobnicate");
    assertThat(usage.code).isEqualTo(2);
    Path config = Files.createTempFile("inventory", ".json");
    try {
      Files.writeString(config, "{\"accounts\": [{\"name\": \"x\", \"provider\": \"no-such-vendor\","
          + " \"credentials\": {\"token\": \"env:NOT_SET_ANYWHERE\"}}]}");
      Run inventory = java("inventory", "--config", config.toString());
      assertThat(inventory.code).as(inventory.toString()).isEqualTo(3);
      assertThat(inventory.err).contains("account 'x' (no-such-vendor) failed");
    } finally {
      Files.deleteIfExists(config);
    }
  }

  /**
   * Against each real simulator, in the jar's own JVM where {@code --debug} turns on the HTTP log: the requests
   * are logged, and neither the given secrets nor a token the vendor issued reach stdout or stderr, also when
   * the call fails with a stack trace.
   */
  @Test
  void theJarsDebugOutput_neverShowsASecret() throws Exception {
    for (VendorSimulator simulator : ServiceLoader.load(VendorSimulator.class)) {
      if (isTestFake(simulator.getClass()) || !RealProvidersTest.REAL.contains(simulator.providerId())) {
        continue;
      }
      try (VendorSimulator sim = simulator.start()) {
        sim.seedDemoData();
        String id = sim.providerId();
        String[] account = RealProvidersTest.accountArgs(sim);
        boolean channel = id.equals("channel");
        Run ok = java(Cli.args(new String[] {"--debug", channel ? "caller-ids" : "list"}, account));
        assertThat(ok.code).as(ok.toString()).isZero();
        assertThat(ok.err).as(ok.toString()).contains("[" + id + "] GET ").contains(" -> 200 in ");
        Run failed = java(Cli.args(channel
            ? new String[] {"numbers", "disconnect", "+31999999999", "--debug"}
            : new String[] {"get", "999999999", "--debug"}, account));
        assertThat(failed.code).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err).as(failed.toString()).contains("\tat io.trunkline.");
        for (Run run : List.of(ok, failed)) {
          for (io.trunkline.core.Secret secret : sim.config().credentials().secrets()) {
            assertThat(run.out + run.err).as(id + ": " + run).doesNotContain(secret.reveal());
          }
          assertThat(run.out + run.err).as(id + ": an issued access token").doesNotContainPattern("at-[0-9a-f]{8}-");
        }
      }
    }
  }

  /** A class of this module's own tests (target/test-classes), not of a module the jar bundles. */
  private static boolean isTestFake(Class<?> type) throws URISyntaxException {
    Path location = Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    String testClasses = System.getProperty("trunkline.testClasses");
    return testClasses != null ? location.equals(Paths.get(testClasses)) : location.endsWith("test-classes");
  }

  private static Run java(String... args) throws IOException, InterruptedException {
    assertThat(JAR).as("the runnable jar; build it with mvn package").exists();
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("TRUNKLINE_"));
    File out = File.createTempFile("trunkline-out", ".txt");
    File err = File.createTempFile("trunkline-err", ".txt");
    try {
      Process process = builder.redirectOutput(out).redirectError(err).redirectInput(ProcessBuilder.Redirect.PIPE)
          .start();
      process.getOutputStream().close();
      if (!process.waitFor(150, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("java -jar trunkline.jar " + String.join(" ", args) + " did not finish");
      }
      return new Run(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
          Files.readString(err.toPath(), StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out.toPath());
      Files.deleteIfExists(err.toPath());
    }
  }

  private static final class Run {
    final int code;
    final String out;
    final String err;

    Run(int code, String out, String err) {
      this.code = code;
      this.out = out;
      this.err = err;
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
  }
}

package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.ProviderConfig;
import io.trunkline.testing.VendorSimulator;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 #3: the build leaves {@code target/trunkline}, a sh launcher that runs the {@code trunkline.jar} next to
 * it, also through a link from a directory on the PATH, as the README shows; {@code JAVA_OPTS} reaches the JVM.
 * Not on Windows (the launcher is a sh script).
 */
@Tag("runnable-jar")
@Timeout(180)
class LauncherJarIT {
  private static final Path JAR = Paths.get(System.getProperty("trunkline.jar", "target/trunkline.jar"));
  private static final Path LAUNCHER = JAR.resolveSibling("trunkline");

  @BeforeAll
  static void notOnWindows() {
    org.junit.jupiter.api.Assumptions.assumeFalse(
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"), "a sh script");
  }

  @Test
  void theBuildLeavesARunnableLauncherNextToTheJar() throws Exception {
    assertThat(LAUNCHER).exists();
    assertThat(Files.isExecutable(LAUNCHER)).as(LAUNCHER + " is executable").isTrue();
    assertThat(Files.readString(LAUNCHER)).startsWith("#!/bin/sh\n").doesNotContain("\r");
    Cli.Result version = run(Map.of(), null, LAUNCHER.toAbsolutePath().toString(), "--version");
    assertThat(version.code).as(version.toString()).isZero();
    assertThat(version.out).startsWith("trunkline ");
  }

  /** As the README says: a link in a directory on the PATH, then {@code trunkline …} from anywhere. */
  @Test
  void onThePath_throughALink_fromAnotherDirectory(@TempDir Path dir) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("trunkline"), LAUNCHER.toAbsolutePath());
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Map<String, String> env = Map.of("PATH", bin + File.pathSeparator + System.getenv("PATH"),
        "JAVA_HOME", System.getProperty("java.home"));
    Cli.Result providers = run(env, elsewhere, "sh", "-c", "trunkline providers --output csv");
    assertThat(providers.code).as(providers.toString()).isZero();
    assertThat(providers.out).startsWith("id,displayName,").contains("\r\npbx,", "\r\nflex,");
    Cli.Result bad = run(env, elsewhere, "sh", "-c", "trunkline lsit");
    assertThat(bad.code).as("the jar's exit code comes through: " + bad).isEqualTo(2);
    assertThat(bad.err).contains("Did you mean: trunkline list?");
  }

  /** JAVA_OPTS reaches the JVM: here the proxy properties, through which a host that does not resolve is reached. */
  @Test
  void javaOpts_reachTheJvm_forExampleAProxy() throws Exception {
    VendorSimulator flex = null;
    for (VendorSimulator simulator : ServiceLoader.load(VendorSimulator.class)) {
      if (simulator.providerId().equals("flex")) {
        flex = simulator;
      }
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(flex != null, "the flex simulator");
    flex.start();
    try {
      flex.seedDemoData();
      ProviderConfig config = flex.config();
      URI simulator = URI.create(flex.baseUrl());
      String remote = "http://trunks.example.test" + (simulator.getPath() == null ? "" : simulator.getPath());
      List<String> args = new ArrayList<>(List.of(LAUNCHER.toAbsolutePath().toString(), "list", "--provider", "flex",
          "--base-url", remote, "--allow-insecure-http", "--retries", "0", "--output", "csv"));
      Map<String, String> env = new java.util.HashMap<>(Map.of("TRUNKLINE_TOKEN",
          config.credentials().secret().reveal(), "JAVA_HOME", System.getProperty("java.home")));
      Cli.Result direct = run(env, null, args.toArray(String[]::new));
      assertThat(direct.code).as("no proxy, no such host: " + direct).isEqualTo(1);
      env.put("JAVA_OPTS", "-Dhttp.proxyHost=127.0.0.1 -Dhttp.proxyPort=" + simulator.getPort()
          + " -Dhttp.nonProxyHosts=nothing.invalid");
      Cli.Result proxied = run(env, null, args.toArray(String[]::new));
      assertThat(proxied.code).as(proxied.toString()).isZero();
      assertThat(proxied.out).startsWith("provider,id,name").contains("\r\nflex,");
    } finally {
      flex.close();
    }
  }

  private static Cli.Result run(Map<String, String> env, Path workDir, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(k -> k.startsWith("TRUNKLINE_") || k.equals("JAVA_OPTS"));
    builder.environment().putAll(env);
    if (workDir != null) {
      builder.directory(workDir.toFile());
    }
    File out = File.createTempFile("launcher-out", ".txt");
    File err = File.createTempFile("launcher-err", ".txt");
    try {
      Process process = builder.redirectOutput(out).redirectError(err)
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
      if (!process.waitFor(150, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish");
      }
      return new Cli.Result(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
          Files.readString(err.toPath(), StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out.toPath());
      Files.deleteIfExists(err.toPath());
    }
  }
}

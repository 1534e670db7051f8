package io.trunkline.examples.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every published module on the module path at once (this build's other tests run on the class path): a JVM started
 * with {@code --module-path <Trunkline's modules and their libraries> --add-modules ALL-MODULE-PATH} and only
 * {@link AllProvidersMain} on the class path resolves core, the five providers, plan, micrometer and the simulators as
 * explicit modules, runs the five simulators, reads each vendor through the neutral API and its typed client (timed
 * by {@code TrunklineMetrics}), and plans a desired-state file — with no {@code --add-opens}, {@code --add-reads} or
 * {@code --add-exports}. So the descriptors hold together: the {@code provides} and {@code uses} of the factories and
 * simulators, the {@code opens} Jackson needs to read each vendor model and the plan, and the {@code requires} of every
 * library. (The contract kit, a test-time artifact on JUnit, has its own: {@code ContractKitOnTheModulePathTest}.)
 */
class AllProvidersOnTheModulePathTest {
  /** Where test-only libraries live in the local repository: JUnit, AssertJ and what they bring. */
  private static final List<String> TEST_ONLY = List.of("/org/junit/", "/org/opentest4j/", "/org/apiguardian/",
      "/org/assertj/", "/net/bytebuddy/", "/org/apache/maven/surefire/");
  /** Compile-time only: the annotations of the generated model classes (a {@code requires static}). */
  private static final String COMPILE_ONLY = "/org/immutables/";
  /**
   * Micrometer 1.17 brings the module {@code org.jspecify}, whose package {@code org.jspecify.annotations} the
   * WireMock jar ({@code wiremock.standalone}) also holds: with both on the module path the boot layer fails
   * ("Modules wiremock.standalone and org.jspecify export package org.jspecify.annotations to module HdrHistogram").
   * As src-test-fixtures/README.md advises, one of the two goes on the class path: jspecify, annotations only.
   */
  private static final String JSPECIFY = "/org/jspecify/";

  @TempDir
  Path temp;

  @Test
  void everyModuleOnTheModulePath_fiveProvidersReadNeutrallyAndTyped_andAPlanIsMade() throws Exception {
    Path testClasses = Path.of(AllProvidersMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path exampleClasses = testClasses.resolveSibling("classes");
    List<String> runtime = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(entry -> !entry.equals(testClasses) && !entry.equals(exampleClasses))
        .map(Path::toString)
        .filter(entry -> TEST_ONLY.stream().noneMatch(unix(entry)::contains) && !unix(entry).contains(COMPILE_ONLY))
        .collect(Collectors.toList());
    String modulePath = runtime.stream().filter(entry -> !unix(entry).contains(JSPECIFY))
        .collect(Collectors.joining(File.pathSeparator));
    String classPath = Stream.concat(Stream.of(testClasses.toString()),
            runtime.stream().filter(entry -> unix(entry).contains(JSPECIFY)))
        .collect(Collectors.joining(File.pathSeparator));
    Path errors = temp.resolve("stderr.txt");

    Process fork = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        "--module-path", modulePath, "--add-modules", "ALL-MODULE-PATH",
        "-cp", classPath, AllProvidersMain.class.getName())
        .redirectError(errors.toFile()).start();
    String output = new String(fork.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean ended = fork.waitFor(2, TimeUnit.MINUTES);
    if (!ended) {
      fork.destroyForcibly();
    }
    String described = output + "\nstderr:\n" + Files.readString(errors) + "\nmodule path: " + modulePath
        + "\nclass path: " + classPath;

    assertThat(ended).as(described).isTrue();
    assertThat(fork.exitValue()).as(described).isZero();
    assertThat(output.lines()).as(described).containsExactly(
        "modules: io.trunkline.core (explicit), io.trunkline.micrometer (explicit), io.trunkline.plan (explicit),"
            + " io.trunkline.provider.channel (explicit), io.trunkline.provider.famulor (explicit),"
            + " io.trunkline.provider.flex (explicit), io.trunkline.provider.pbx (explicit),"
            + " io.trunkline.provider.propertiesv2 (explicit), io.trunkline.simulators (explicit),"
            + " micrometer.core (automatic), wiremock.standalone (automatic)",
        "channel: io.trunkline.provider.channel (explicit) exports [io.trunkline.provider.channel],"
            + " io.trunkline.provider.channel.internal exported: false"
            + " | list unsupported, 4 proxies"
            + " | ChannelClient.templates 4, first Standard SIP trunk",
        "famulor: io.trunkline.provider.famulor (explicit) exports [io.trunkline.provider.famulor],"
            + " io.trunkline.provider.famulor.internal exported: false"
            + " | list 5, get 42 Zentrale Berlin at sipgate.de"
            + " | FamulorClient.get 42 1000 +e164",
        "flex: io.trunkline.provider.flex (explicit) exports [io.trunkline.provider.flex],"
            + " io.trunkline.provider.flex.internal exported: false"
            + " | list 5, get 3100 HQ PBX at dynamic"
            + " | FlexClient.get 3100 HQ PBX 2024-03-06T09:15:00Z",
        "pbx: io.trunkline.provider.pbx (explicit) exports [io.trunkline.provider.pbx],"
            + " io.trunkline.provider.pbx.internal exported: false"
            + " | list 6, get NzAwNTUxOTA5NzczMTQ4MTYw Twilio Elastic SIP (EU) at acme.pstn.dublin.twilio.com"
            + " | PbxClient.get NzAwNTUxOTA5NzczMTQ4MTYw REGISTER_AUTH TLS",
        "properties-v2: io.trunkline.provider.propertiesv2 (explicit) exports [io.trunkline.provider.propertiesv2],"
            + " io.trunkline.provider.propertiesv2.internal exported: false"
            + " | list 5, get STGRIYIALLCZMRXBZUOYJYESOIDXBHON Sydney PBX primary at -"
            + " | PropertiesV2Client.getSipTrunkDetails STGRIYIALLCZMRXBZUOYJYESOIDXBHON IP_TO_IP(0)"
            + " 2026-01-05T09:00:00Z",
        // One timer sample per neutral operation (each page of a listing) and per typed-client request.
        "metrics: trunkline.calls {channel=2, famulor=4, flex=4, pbx=4, properties-v2=6}",
        "account eu-pbx (pbx)",
        "  ~ trunk \"Telnyx US\" (id NzAwNTUxOTA5NzczMTQ4MTYx)",
        "      ~ maxChannels: 40 -> 60",
        "  0 unchanged",
        "account wavix (flex)",
        "  + trunk \"Hamburg office\"",
        "      + name = \"Hamburg office\"",
        "      + password = (set)",
        "      + callerId = \"+13132847321\"",
        "  0 unchanged",
        "",
        "Plan: 1 to create, 1 to update, 0 to delete, 0 unchanged.",
        "Live trunks absent from the file are kept (no pruning).");
    // Nothing warned: no JVM warning about modules, no library warning (SLF4J finds slf4j-simple as a module).
    assertThat(Files.readString(errors)).as(described).isEmpty();
  }

  private static String unix(String path) {
    return path.replace(File.separatorChar, '/');
  }
}

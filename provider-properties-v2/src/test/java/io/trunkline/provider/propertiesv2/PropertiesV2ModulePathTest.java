package io.trunkline.provider.propertiesv2;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.provider.propertiesv2.modulepath.ModulePathMain;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module as a modular application sees it (the other tests run on the class path): a fork with this module,
 * core and their libraries on the module path finds the provider through {@code ServiceLoader}, unwraps the typed
 * client, and reads and writes the vendor model with Jackson — which needs the {@code opens} of both packages.
 */
class PropertiesV2ModulePathTest {
  /** The class-path entries that form the module path: the modules and the libraries they require. */
  private static final List<String> MODULES = List.of("provider-properties-v2", "core", "trunkline-core",
      "jackson-", "okhttp", "okio", "kotlin-stdlib", "annotations-13", "slf4j-api");

  @Test
  void onTheModulePath_theProviderIsFound_andTheModelReadsAndWrites() throws Exception {
    List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    String modulePath = classPath.stream().filter(PropertiesV2ModulePathTest::isModule)
        .collect(Collectors.joining(File.pathSeparator));
    String testClasses = Path.of(ModulePathMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .toString();
    Process fork = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath, "--add-modules", "ALL-MODULE-PATH", "-cp", testClasses,
        ModulePathMain.class.getName()).redirectErrorStream(true).start();
    String output = new String(fork.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(fork.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(fork.exitValue()).as(output).isZero();
    assertThat(output.lines().filter(line -> !line.startsWith("SLF4J"))).containsExactly(
        "module io.trunkline.provider.propertiesv2 exports internal false",
        "read SipTrunkSummary{sipTrunkSid=S, created=2026-01-01T00:00:00Z, type=AUTHENTICATED(1),"
            + " provisioningState=ACTIVE(2), extraFields={}}",
        "written {\"SipTrunkSid\":\"S\",\"Created\":1767225600,\"Type\":1,\"ProvisioningState\":2}",
        "credentials SipTrunkCredentials{realm=r, extraFields={}}",
        "client PR1 PUT in io.trunkline.provider.propertiesv2.internal");
  }

  private static boolean isModule(String entry) {
    String name = Path.of(entry).getFileName().toString();
    Path parent = Path.of(entry).getParent();
    boolean classesOf = name.equals("classes") && parent != null && parent.getParent() != null
        && MODULES.contains(parent.getParent().getFileName().toString());
    return classesOf || MODULES.stream().anyMatch(prefix -> name.startsWith(prefix) && name.endsWith(".jar"));
  }
}

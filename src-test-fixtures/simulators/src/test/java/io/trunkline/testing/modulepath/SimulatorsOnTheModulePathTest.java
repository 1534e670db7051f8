package io.trunkline.testing.modulepath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module-path promise of {@code module-info.java} and the fixtures README true: with the simulators, core,
 * WireMock and the rest of the runtime dependencies on the module path (no {@code --add-reads}, no other flag), a
 * program resolves {@code io.trunkline.simulators}, reads WireMock as the automatic module {@code wiremock.standalone},
 * finds the five simulators through the module's {@code provides}, and gets answers from a running simulator.
 * (This build's own tests run on the class path.)
 */
class SimulatorsOnTheModulePathTest {
  @Test
  void aProgramWithEverythingOnTheModulePath_runsTheSimulators() throws Exception {
    List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
    String testClasses = classPath.stream().filter(p -> p.endsWith("test-classes")).findFirst().orElseThrow();
    String modulePath = classPath.stream().filter(p -> !p.equals(testClasses))
        .collect(Collectors.joining(File.pathSeparator));

    List<String> out = run(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", modulePath, "--add-modules", "io.trunkline.simulators",
        "-cp", testClasses, ModulePathProbe.class.getName());

    assertEquals(List.of(
        "module io.trunkline.simulators",
        "[channel, famulor, flex, pbx, properties-v2]",
        "module wiremock.standalone",
        "401 {\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"Authorization required\"}]}"), out);
  }

  private static List<String> run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(60, TimeUnit.SECONDS);
    assertEquals(0, process.exitValue(), output);
    return output.lines().collect(Collectors.toList());
  }
}

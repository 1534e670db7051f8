package io.trunkline.contract.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract kit's {@code module-info.java} resolves: with this module's runtime dependencies on a module path (no
 * flag), {@code io.trunkline.contract} finds every module it requires, reads no package twice, and loads into one
 * layer with the simulators, core, WireMock, JUnit and AssertJ; logback, required only if present, is there through
 * service binding (slf4j's provider), as the {@code java} launcher binds services. (This build's tests themselves run
 * on the class path.)
 */
class ContractKitOnTheModulePathTest {
  @Test
  void theKitResolvesAndLoadsAsNamedModules() throws Exception {
    Path[] modulePath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> !p.endsWith("test-classes")).map(Path::of).toArray(Path[]::new);
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolveAndBind(ModuleFinder.of(modulePath), ModuleFinder.of(), Set.of("io.trunkline.contract"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getSystemClassLoader());

    Module kit = layer.findModule("io.trunkline.contract").orElseThrow();
    assertThat(Stream.of("io.trunkline.contract", "io.trunkline.simulators", "io.trunkline.core")
        .map(name -> name + (layer.findModule(name).orElseThrow().getDescriptor().isAutomatic() ? " automatic" : "")))
        .containsExactly("io.trunkline.contract", "io.trunkline.simulators", "io.trunkline.core");
    assertThat(kit.getDescriptor().exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("io.trunkline.contract");
    assertThat(kit.getDescriptor().opens()).extracting(o -> o.source() + " to " + o.targets())
        .containsExactly("io.trunkline.contract to [org.junit.platform.commons]");
    List<String> read = Stream.of("io.trunkline.simulators", "io.trunkline.core", "wiremock.standalone",
            "org.junit.jupiter.api", "org.junit.jupiter.params", "org.assertj.core", "ch.qos.logback.classic")
        .filter(name -> layer.findModule(name).map(kit::canRead).orElse(false)).collect(Collectors.toList());
    assertThat(read).containsExactly("io.trunkline.simulators", "io.trunkline.core", "wiremock.standalone",
        "org.junit.jupiter.api", "org.junit.jupiter.params", "org.assertj.core", "ch.qos.logback.classic");
    assertThat(Class.forName("io.trunkline.contract.WireMockVendor", false, kit.getClassLoader()).getModule())
        .isEqualTo(kit);
  }
}

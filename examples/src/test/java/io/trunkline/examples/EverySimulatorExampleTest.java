package io.trunkline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.Capability;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.testing.VendorSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** One check run against every vendor whose simulator is on the classpath: a dynamic test per vendor. */
class EverySimulatorExampleTest {
  /** The same check for every vendor whose simulator is on the classpath. */
  @TestFactory
  Stream<DynamicTest> everySimulator_answersTheNeutralApi() {
    List<VendorSimulator> all = new ArrayList<>();
    ServiceLoader.load(VendorSimulator.class).forEach(all::add);
    return all.stream().map(simulator -> DynamicTest.dynamicTest(simulator.providerId(), () -> {
      try (VendorSimulator running = simulator.start();
           TrunkProvider p = Trunkline.discover().open(simulator.providerId(), running.config())) {
        running.seedDemoData();
        assertThat(p.capabilities()).isNotEmpty();
        if (p.supports(Capability.LIST)) {
          assertThat(p.list().toList()).allSatisfy(t -> assertThat(t.id()).isNotBlank());
        }
      }
    }));
  }
}

package io.trunkline.provider.flex;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.provider.flex.internal.FlexProviderFactory;
import io.trunkline.testing.flex.FlexSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A flex simulator with its demo data and a provider on it, new for each test (a subclass's own
 * {@code @BeforeEach} runs after this one).
 */
abstract class OnTheFlexSimulator {
  final FlexSimulator sim = new FlexSimulator();
  TrunkProvider provider;

  @BeforeEach
  void startSimulator() {
    sim.start();
    sim.seedDemoData();
    provider = new FlexProviderFactory().create(sim.config());
  }

  @AfterEach
  void stopSimulator() {
    provider.close();
    sim.close();
  }

  /** The listed trunk of that name. */
  SipTrunk byName(String name) {
    return provider.list().stream().filter(t -> t.name().orElse("").equals(name)).findFirst().orElseThrow();
  }
}

package io.trunkline.provider.channel;

import io.trunkline.testing.channel.ChannelSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * One channel simulator per test class, reset to its stubs and demo data before each test (a subclass's own
 * {@code @BeforeEach} runs after this one).
 */
abstract class OnTheChannelSimulator {
  static ChannelSimulator simulator;

  @BeforeAll
  static void startSimulator() {
    simulator = new ChannelSimulator();
    simulator.start();
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @BeforeEach
  void resetSimulator() {
    simulator.resetStubs();
    simulator.seedDemoData();
  }
}

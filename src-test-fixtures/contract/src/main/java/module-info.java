/**
 * The provider contract kit, for provider authors' tests: {@link io.trunkline.contract.TrunkProviderContractTest} and
 * {@link io.trunkline.contract.ProviderReliabilityContractTest} to extend, {@link io.trunkline.contract.WireMockVendor}
 * (a JUnit 5 extension for request/answer tests) and their helpers, all in {@code io.trunkline.contract}. Brings the
 * simulators ({@code io.trunkline.simulators}; see there what WireMock needs on the module path), JUnit 5 and AssertJ;
 * logback is needed only by the reliability contract's log capture.
 */
module io.trunkline.contract {
  requires transitive io.trunkline.core;
  requires transitive io.trunkline.simulators;
  requires transitive org.junit.jupiter.api;
  requires org.junit.jupiter.params;
  requires org.assertj.core;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.slf4j;
  requires static ch.qos.logback.classic;
  requires static ch.qos.logback.core;

  exports io.trunkline.contract;

  // The contract's test methods are inherited by the provider's test class; JUnit calls them reflectively.
  opens io.trunkline.contract to org.junit.platform.commons;
}

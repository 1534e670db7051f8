package io.trunkline.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.trunkline.core.Capability;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.testing.VendorSimulator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How to test your own code against a vendor without the vendor: start its simulator (a real HTTP server on
 * 127.0.0.1, stateful, answering like the vendor's API), point the provider at it with {@code simulator.config()},
 * and test. Add {@code trunkline-simulators} with test scope to your project for this.
 */
class SimulatorInYourTestsExampleTest {
  private VendorSimulator pbx;
  private TrunkProvider provider;

  @BeforeEach
  void startThePbxSimulator() {
    // Look the simulator up by provider id; in your project you may also write: new PbxSimulator().
    pbx = ExampleAccount.simulator("pbx").orElse(null);
    assumeTrue(pbx != null, "the pbx simulator is not on the classpath");
    pbx.start();          // a free port on 127.0.0.1
    pbx.seedDemoData();   // optional: realistic sample trunks
    provider = Trunkline.discover().open("pbx", pbx.config());
  }

  @AfterEach
  void stopIt() {
    if (provider != null) {
      provider.close();
    }
    if (pbx != null) {
      pbx.close();
    }
  }

  @Test
  void yourCode_seesTheSampleTrunks() {
    List<SipTrunk> trunks = provider.list().toList();
    assertThat(trunks).isNotEmpty().allSatisfy(t -> assertThat(t.provider()).isEqualTo("pbx"));
  }

  @Test
  void anUnknownTrunk_isNotFound_asAtTheVendor() {
    assertThatThrownBy(() -> provider.get("999999")).isInstanceOf(TrunkNotFoundException.class);
  }

  @Test
  void yourErrorHandling_canBeTestedToo_withWrongCredentialsOrExtraStubs() {
    // The simulator checks credentials like the vendor does; tests may also add WireMock stubs on
    // pbx.server() (a fault, a slow answer), which win over the simulator's routes.
    io.trunkline.core.ProviderConfig wrong = io.trunkline.core.ProviderConfig.builder().from(pbx.config())
        .credentials(io.trunkline.core.Credentials.bearer("not-the-token"))
        .build();
    try (TrunkProvider intruder = Trunkline.discover().open("pbx", wrong)) {
      assumeTrue(intruder.capabilities().contains(Capability.LIST));
      assertThatThrownBy(() -> intruder.list().toList()).isInstanceOf(TrunkUnauthorizedException.class);
    } catch (io.trunkline.core.error.TrunkConfigurationException e) {
      // a PBX configured for another kind of credentials refuses a bearer token at open time: also a pass
      assertThat(e.getMessage()).contains("pbx");
    }
  }
}

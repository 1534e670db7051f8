package io.trunkline.provider.flex;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.Secret;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.contract.ProviderReliabilityContractTest;
import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.flex.FlexSimulator;
import org.junit.jupiter.api.Timeout;

/** The provider contract against the Wavix simulator. */
@Timeout(60)
class FlexContractTest extends ProviderReliabilityContractTest {
  @Override
  protected VendorSimulator newSimulator() {
    return new FlexSimulator();
  }

  @Override
  protected TrunkSpec sampleSpec() {
    return TrunkSpec.builder()
        .name("Contract trunk")
        .password(Secret.of("Contract-pass-1!"))
        .callerId("+13132847320")
        .maxChannels(2)
        .build();
  }

  /** Wavix's update replaces the whole trunk and needs the SIP password, which it never returns. */
  @Override
  protected TrunkUpdate sampleUpdate() {
    return TrunkUpdate.builder().name("renamed-by-contract").password(Secret.of("Contract-pass-1!")).build();
  }

  @Override
  protected void assertUpdated(SipTrunk updated) {
    super.assertUpdated(updated);
    assertThat(updated.maxChannels()).as("the update kept the channel limit").contains(2);
    assertThat(updated.callerId()).contains("+13132847320");
  }
}

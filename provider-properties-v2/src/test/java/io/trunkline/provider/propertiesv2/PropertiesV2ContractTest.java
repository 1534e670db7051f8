package io.trunkline.provider.propertiesv2;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.Secret;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.contract.ProviderReliabilityContractTest;
import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.propertiesv2.PropertiesV2Simulator;

/** The provider contract, functional and reliability, against the stateful simulator. */
class PropertiesV2ContractTest extends ProviderReliabilityContractTest {
  @Override
  protected VendorSimulator newSimulator() {
    return new PropertiesV2Simulator();
  }

  @Override
  protected TrunkSpec sampleSpec() {
    return TrunkSpec.builder()
        .name("Hobart branch")
        .callerId("+61362345678")
        .authMode(AuthMode.IP)
        .addAllowedIps("52.62.10.30/32")
        .maxChannels(6)
        .build();
  }

  @Override
  protected TrunkUpdate sampleUpdate() {
    return TrunkUpdate.builder().name("renamed-by-contract").authMode(AuthMode.CREDENTIALS)
        .username("hobart.example.com.au").password(Secret.of("C0ntract!Pass")).build();
  }

  @Override
  protected void assertUpdated(SipTrunk updated) {
    super.assertUpdated(updated);
    assertThat(updated.authMode()).contains(AuthMode.CREDENTIALS);
    assertThat(updated.username()).contains("hobart.example.com.au");
  }
}

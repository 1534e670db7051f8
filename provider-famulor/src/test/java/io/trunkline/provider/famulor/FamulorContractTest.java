package io.trunkline.provider.famulor;

import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Secret;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.testing.TrunkProviderContractTest;
import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.famulor.FamulorSimulator;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class FamulorContractTest extends TrunkProviderContractTest {
  @Override
  protected VendorSimulator newSimulator() {
    return new FamulorSimulator();
  }

  @Override
  protected TrunkSpec sampleSpec() {
    return TrunkSpec.builder()
        .name("Contract trunk")
        .host("sip.contract.example")
        .username("contract_user")
        .password(Secret.of("contract-pass"))
        .authMode(AuthMode.IP)
        .addAllowedIps("192.0.2.10")
        .addNumbers("+4969123456")
        .countryCode("DE")
        .putAttributes("sip_calling_format", TextNode.valueOf("+e164"))
        .build();
  }
}

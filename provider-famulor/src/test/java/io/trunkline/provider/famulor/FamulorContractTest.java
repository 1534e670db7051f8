package io.trunkline.provider.famulor;

import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Secret;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.contract.ProviderReliabilityContractTest;
import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.famulor.FamulorSimulator;

class FamulorContractTest extends ProviderReliabilityContractTest {
  /** Famulor's delete reads the id as a SIP trunk first; FamulorProviderTest stages the 404-after-502 case. */
  @Override
  protected boolean deleteReadsTheTrunkFirst() {
    return true;
  }

  private final java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger();

  @Override
  protected VendorSimulator newSimulator() {
    return new FamulorSimulator();
  }

  /** A new trunk each call: Famulor refuses a second trunk with the same number, user and address (409). */
  @Override
  protected TrunkSpec sampleSpec() {
    int n = created.incrementAndGet();
    return TrunkSpec.builder()
        .name("Contract trunk")
        .host("sip.contract.example")
        .username("contract_user_" + n)
        .password(Secret.of("contract-pass"))
        .authMode(AuthMode.IP)
        .addAllowedIps("192.0.2.10")
        .addNumbers("+49691234" + (5000 + n))
        .countryCode("DE")
        .putAttributes("sip_calling_format", TextNode.valueOf("+e164"))
        .build();
  }
}

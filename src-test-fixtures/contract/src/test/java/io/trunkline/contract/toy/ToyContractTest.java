package io.trunkline.contract.toy;

import io.trunkline.core.Secret;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.testing.*;

/** Runs the whole provider contract, functional and reliability, against the toy provider: the kit tests itself. */
class ToyContractTest extends io.trunkline.contract.ProviderReliabilityContractTest {
  @Override
  protected VendorSimulator newSimulator() {
    return new RestTrunkSimulator("toy", "/v1/trunks", "toy-token-5x9");
  }

  @Override
  protected TrunkSpec sampleSpec() {
    return TrunkSpec.builder().name("contract-trunk").password(Secret.of("Pw-4r=h;EaCB85")).build();
  }
}

package io.trunkline.testing.toy;

import io.trunkline.core.Secret;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.testing.ProviderReliabilityContractTest;
import io.trunkline.testing.VendorSimulator;

/** Runs the whole provider contract against the toy provider: the kit tests itself. */
class ToyContractTest extends ProviderReliabilityContractTest {
  @Override
  protected VendorSimulator newSimulator() {
    return new ToySimulator();
  }

  @Override
  protected TrunkSpec sampleSpec() {
    return TrunkSpec.builder().name("contract-trunk").password(Secret.of("Pw-4r=h;EaCB85")).build();
  }
}

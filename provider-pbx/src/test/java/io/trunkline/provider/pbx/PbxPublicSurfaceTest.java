package io.trunkline.provider.pbx;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.contract.ProviderSurface;
import org.junit.jupiter.api.Test;

/**
 * What the module shows its users (issue 14), read from its compiled classes by the contract kit's
 * {@link ProviderSurface}: the exported package holds only the typed client (an interface) and the vendor model, no
 * public signature there names core's provider kit or the internal package, and the factory ServiceLoader finds lives
 * in the package the module does not export.
 */
class PbxPublicSurfaceTest {
  private static final ProviderSurface SURFACE = ProviderSurface.of(PbxClient.class);

  @Test
  void theExportedPackage_holdsOnlyTheClientAndTheVendorModel() {
    assertThat(SURFACE.publicTypes()).containsExactlyInAnyOrder(
        "PbxClient", "PbxTrunk", "PbxTrunkSettings", "PbxTrunkSpec", "PbxTrunkUpdate", "PbxTrunkStatus",
        "PbxListQuery", "PbxAssignee", "PbxAssignment", "PbxInboundParameters", "PbxOutboundParameters",
        "PbxHostPartRule", "PbxUserPartRule", "ImmutablePbxTrunk", "ImmutablePbxTrunkSpec", "ImmutablePbxTrunkUpdate",
        "ImmutablePbxTrunkStatus", "ImmutablePbxListQuery", "ImmutablePbxAssignee", "ImmutablePbxAssignment",
        "ImmutablePbxInboundParameters", "ImmutablePbxOutboundParameters", "ImmutablePbxHostPartRule",
        "ImmutablePbxUserPartRule", "PbxAuthMode", "PbxTransport", "PbxStatus", "PbxHeaderSource",
        "PbxHostPartSource", "PbxUserPartSource", "PbxPrivacyType", "PbxVerificationStatus");
    assertThat(PbxClient.class.isInterface()).isTrue();
  }

  @Test
  void noPublicSignatureOfAnExportedType_namesTheProviderKitOrTheInternalPackage() {
    assertThat(SURFACE.leaks()).isEmpty();
  }

  @Test
  void theModule_exportsOnlyThatPackage_andProvidesTheFactoryFromTheInternalOne() {
    assertThat(SURFACE.publicInternalTypes())
        .containsExactly("PbxFields", "PbxProviderFactory", "PbxTrunkDeserializer");
    SURFACE.assertHidesItsFactory(PbxClient.ID);
  }
}

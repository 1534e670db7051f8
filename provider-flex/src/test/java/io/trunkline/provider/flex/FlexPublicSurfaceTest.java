package io.trunkline.provider.flex;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.contract.ProviderSurface;
import org.junit.jupiter.api.Test;

/**
 * What the module shows its users (issue 14), read from its compiled classes by the contract kit's
 * {@link ProviderSurface}: the exported package holds only the typed client (an interface) and the vendor model, no
 * public signature there names core's provider kit or the internal package, and the factory ServiceLoader finds lives
 * in the package the module does not export.
 */
class FlexPublicSurfaceTest {
  private static final ProviderSurface SURFACE = ProviderSurface.of(FlexClient.class);

  @Test
  void theExportedPackage_holdsOnlyTheClientAndTheVendorModel() {
    assertThat(SURFACE.publicTypes()).containsExactlyInAnyOrder(
        "FlexAllowedIp", "FlexAuthMethod", "FlexClient", "FlexHostRequest", "FlexPagination",
        "FlexServiceNotProvisionedException", "FlexTrunk", "FlexTrunkPage", "FlexTrunkRequest", "FlexTrunkSettings",
        "FlexTrunkStatus", "FlexTrunkSummary", "ImmutableFlexAllowedIp", "ImmutableFlexHostRequest",
        "ImmutableFlexPagination", "ImmutableFlexTrunk", "ImmutableFlexTrunkPage", "ImmutableFlexTrunkRequest",
        "ImmutableFlexTrunkSummary");
    assertThat(FlexClient.class.isInterface()).isTrue();
  }

  @Test
  void noPublicSignatureOfAnExportedType_namesTheProviderKitOrTheInternalPackage() {
    assertThat(SURFACE.leaks()).isEmpty();
  }

  @Test
  void theModule_exportsOnlyThatPackage_andProvidesTheFactoryFromTheInternalOne() {
    assertThat(SURFACE.publicInternalTypes()).containsExactly("FlexFields", "FlexProviderFactory");
    SURFACE.assertHidesItsFactory(FlexClient.ID);
  }
}

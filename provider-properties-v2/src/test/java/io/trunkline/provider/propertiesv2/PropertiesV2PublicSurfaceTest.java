package io.trunkline.provider.propertiesv2;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.contract.ProviderSurface;
import org.junit.jupiter.api.Test;

/**
 * What the module shows its users (issue 14), read from its compiled classes by the contract kit's
 * {@link ProviderSurface}: the exported package holds only the typed client (an interface) and the vendor model, no
 * public signature there names core's provider kit or the internal package, and the factory ServiceLoader finds lives
 * in the package the module does not export.
 */
class PropertiesV2PublicSurfaceTest {
  private static final ProviderSurface SURFACE = ProviderSurface.of(PropertiesV2Client.class);

  @Test
  void theExportedPackage_holdsOnlyTheClientAndTheVendorModel() {
    assertThat(SURFACE.publicTypes()).containsExactlyInAnyOrder(
        "PropertiesV2Client", "SipTrunkAllowedCountry", "ImmutableSipTrunkAllowedCountry", "SipTrunkCreate",
        "ImmutableSipTrunkCreate", "SipTrunkCredentials", "ImmutableSipTrunkCredentials", "SipTrunkDetails",
        "ImmutableSipTrunkDetails", "SipTrunkFields", "SipTrunkIpAddress", "ImmutableSipTrunkIpAddress",
        "SipTrunkListQuery", "ImmutableSipTrunkListQuery", "SipTrunkProvisioning", "SipTrunkSummary",
        "ImmutableSipTrunkSummary", "SipTrunkType", "SipTrunkUpdate", "ImmutableSipTrunkUpdate", "TimestampedEntry");
    assertThat(PropertiesV2Client.class.isInterface()).isTrue();
  }

  @Test
  void noPublicSignatureOfAnExportedType_namesTheProviderKitOrTheInternalPackage() {
    assertThat(SURFACE.leaks()).isEmpty();
  }

  @Test
  void theModule_exportsOnlyThatPackage_andProvidesTheFactoryFromTheInternalOne() {
    assertThat(SURFACE.publicInternalTypes())
        .containsExactly("LenientSecretDeserializer", "PropertiesV2Fields", "PropertiesV2ProviderFactory", "UnixTime",
            "VendorCodes");
    SURFACE.assertHidesItsFactory(PropertiesV2Client.ID);
  }
}

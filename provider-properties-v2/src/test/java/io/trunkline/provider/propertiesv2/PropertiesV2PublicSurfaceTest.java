package io.trunkline.provider.propertiesv2;

import io.trunkline.contract.ProviderSurfaceContractTest;
import java.util.List;

/**
 * What the module shows its users (issue 14), held by the contract kit's {@link ProviderSurfaceContractTest}: the
 * exported package holds only the typed client (an interface) and the vendor model, and the factory lives in the
 * package the module does not export.
 */
class PropertiesV2PublicSurfaceTest extends ProviderSurfaceContractTest {
  PropertiesV2PublicSurfaceTest() {
    super(PropertiesV2Client.class, PropertiesV2Client.ID, List.of(
            "PropertiesV2Client", "SipTrunkAllowedCountry", "ImmutableSipTrunkAllowedCountry", "SipTrunkCreate",
            "ImmutableSipTrunkCreate", "SipTrunkCredentials", "ImmutableSipTrunkCredentials", "SipTrunkDetails",
            "ImmutableSipTrunkDetails", "SipTrunkFields", "SipTrunkIpAddress", "ImmutableSipTrunkIpAddress",
            "SipTrunkListQuery", "ImmutableSipTrunkListQuery", "SipTrunkProvisioning", "SipTrunkSummary",
            "ImmutableSipTrunkSummary", "SipTrunkType", "SipTrunkUpdate", "ImmutableSipTrunkUpdate",
            "TimestampedEntry"),
        List.of("LenientSecretDeserializer", "PropertiesV2Fields", "PropertiesV2ProviderFactory", "UnixTime",
            "VendorCodes"));
  }
}

package io.trunkline.provider.flex;

import io.trunkline.contract.ProviderSurfaceContractTest;
import java.util.List;

/**
 * What the module shows its users (issue 14), held by the contract kit's {@link ProviderSurfaceContractTest}: the
 * exported package holds only the typed client (an interface) and the vendor model, and the factory lives in the
 * package the module does not export.
 */
class FlexPublicSurfaceTest extends ProviderSurfaceContractTest {
  FlexPublicSurfaceTest() {
    super(FlexClient.class, FlexClient.ID, List.of(
            "FlexAllowedIp", "FlexAuthMethod", "FlexClient", "FlexHostRequest", "FlexPagination",
            "FlexServiceNotProvisionedException", "FlexTrunk", "FlexTrunkPage", "FlexTrunkRequest", "FlexTrunkSettings",
            "FlexTrunkStatus", "FlexTrunkSummary", "ImmutableFlexAllowedIp", "ImmutableFlexHostRequest",
            "ImmutableFlexPagination", "ImmutableFlexTrunk", "ImmutableFlexTrunkPage", "ImmutableFlexTrunkRequest",
            "ImmutableFlexTrunkSummary"),
        List.of("FlexFields", "FlexProviderFactory"));
  }
}

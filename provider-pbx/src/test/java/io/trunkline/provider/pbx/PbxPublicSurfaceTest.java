package io.trunkline.provider.pbx;

import io.trunkline.contract.ProviderSurfaceContractTest;
import java.util.List;

/**
 * What the module shows its users (issue 14), held by the contract kit's {@link ProviderSurfaceContractTest}: the
 * exported package holds only the typed client (an interface) and the vendor model, and the factory lives in the
 * package the module does not export.
 */
class PbxPublicSurfaceTest extends ProviderSurfaceContractTest {
  PbxPublicSurfaceTest() {
    super(PbxClient.class, PbxClient.ID, List.of(
            "PbxClient", "PbxTrunk", "PbxTrunkSettings", "PbxTrunkSpec", "PbxTrunkUpdate", "PbxTrunkStatus",
            "PbxListQuery", "PbxAssignee", "PbxAssignment", "PbxInboundParameters", "PbxOutboundParameters",
            "PbxHostPartRule", "PbxUserPartRule", "ImmutablePbxTrunk", "ImmutablePbxTrunkSpec",
            "ImmutablePbxTrunkUpdate",
            "ImmutablePbxTrunkStatus", "ImmutablePbxListQuery", "ImmutablePbxAssignee", "ImmutablePbxAssignment",
            "ImmutablePbxInboundParameters", "ImmutablePbxOutboundParameters", "ImmutablePbxHostPartRule",
            "ImmutablePbxUserPartRule", "PbxAuthMode", "PbxTransport", "PbxStatus", "PbxHeaderSource",
            "PbxHostPartSource", "PbxUserPartSource", "PbxPrivacyType", "PbxVerificationStatus"),
        List.of("PbxFields", "PbxProviderFactory", "PbxTrunkDeserializer"));
  }
}

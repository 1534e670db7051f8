package io.trunkline.provider.channel;

import io.trunkline.contract.ProviderSurfaceContractTest;
import java.util.List;

/**
 * What the module shows its users (issue 14), held by the contract kit's {@link ProviderSurfaceContractTest}: the
 * exported package holds only the typed client (an interface) and the vendor model, and the factory lives in the
 * package the module does not export.
 */
class ChannelPublicSurfaceTest extends ProviderSurfaceContractTest {
  ChannelPublicSurfaceTest() {
    super(ChannelClient.class, ChannelClient.ID, List.of(
            "ChannelAudioStream", "ChannelCallBarring", "ChannelCallerId", "ChannelClient", "ChannelClip", "ChannelDid",
            "ChannelEdit", "ChannelEditResult", "ChannelFailover", "ChannelNumber", "ChannelNumbers", "ChannelProxy",
            "ChannelSipTrunk", "ChannelTemplate", "ClipMethod", "ImmutableChannelAudioStream",
            "ImmutableChannelCallBarring", "ImmutableChannelCallerId", "ImmutableChannelClip", "ImmutableChannelDid",
            "ImmutableChannelEdit", "ImmutableChannelEditResult", "ImmutableChannelFailover", "ImmutableChannelNumber",
            "ImmutableChannelProxy", "ImmutableChannelSipTrunk", "ImmutableChannelTemplate",
            "ImmutableMicrosoftTeamsConfiguration", "ImmutableOperatorConnectNumber", "MicrosoftTeamsConfiguration",
            "OperatorConnectNumber", "OperatorConnectNumberType", "Ping"),
        List.of("ChannelFields", "ChannelProviderFactory", "LenientBooleanDeserializer"));
  }
}

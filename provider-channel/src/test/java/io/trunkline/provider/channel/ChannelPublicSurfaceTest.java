package io.trunkline.provider.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.contract.ProviderSurface;
import org.junit.jupiter.api.Test;

/**
 * What the module shows its users (issue 14), read from its compiled classes by the contract kit's
 * {@link ProviderSurface}: the exported package holds only the typed client (an interface) and the vendor model, no
 * public signature there names core's provider kit or the internal package, and the factory ServiceLoader finds lives
 * in the package the module does not export.
 */
class ChannelPublicSurfaceTest {
  private static final ProviderSurface SURFACE = ProviderSurface.of(ChannelClient.class);

  @Test
  void theExportedPackage_holdsOnlyTheClientAndTheVendorModel() {
    assertThat(SURFACE.publicTypes()).containsExactlyInAnyOrder(
        "ChannelAudioStream", "ChannelCallBarring", "ChannelCallerId", "ChannelClient", "ChannelClip", "ChannelDid",
        "ChannelEdit", "ChannelEditResult", "ChannelFailover", "ChannelNumber", "ChannelNumbers", "ChannelProxy",
        "ChannelSipTrunk", "ChannelTemplate", "ClipMethod", "ImmutableChannelAudioStream",
        "ImmutableChannelCallBarring", "ImmutableChannelCallerId", "ImmutableChannelClip", "ImmutableChannelDid",
        "ImmutableChannelEdit", "ImmutableChannelEditResult", "ImmutableChannelFailover", "ImmutableChannelNumber",
        "ImmutableChannelProxy", "ImmutableChannelSipTrunk", "ImmutableChannelTemplate",
        "ImmutableMicrosoftTeamsConfiguration", "ImmutableOperatorConnectNumber", "MicrosoftTeamsConfiguration",
        "OperatorConnectNumber", "OperatorConnectNumberType", "Ping");
    assertThat(ChannelClient.class.isInterface()).isTrue();
  }

  @Test
  void noPublicSignatureOfAnExportedType_namesTheProviderKitOrTheInternalPackage() {
    assertThat(SURFACE.leaks()).isEmpty();
  }

  @Test
  void theModule_exportsOnlyThatPackage_andProvidesTheFactoryFromTheInternalOne() {
    assertThat(SURFACE.publicInternalTypes())
        .containsExactly("ChannelFields", "ChannelProviderFactory", "LenientBooleanDeserializer");
    SURFACE.assertHidesItsFactory(ChannelClient.ID);
  }
}

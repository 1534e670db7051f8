package io.trunkline.provider.channel.internal;

import io.trunkline.core.Secret;
import io.trunkline.provider.channel.ChannelAudioStream;
import io.trunkline.provider.channel.ChannelClip;
import io.trunkline.provider.channel.ChannelDid;
import io.trunkline.provider.channel.ChannelEdit;
import io.trunkline.provider.channel.ChannelFailover;
import io.trunkline.provider.channel.ChannelSipTrunk;
import io.trunkline.provider.channel.ClipMethod;
import io.trunkline.provider.channel.MicrosoftTeamsConfiguration;
import io.trunkline.provider.channel.Ping;
import java.util.List;

/** The document's examples as typed values, for the tests of both packages. */
public final class ChannelDocument {
  private ChannelDocument() {}

  /** The document's edit channel example request, every field set. */
  public static ChannelEdit documentExample() {
    return ChannelEdit.builder()
        .newName("channelexample1234")
        .password(Secret.of("strongpassword"))
        .callerId("+17864087525")
        .blockCallerId(false)
        .areaCode("036")
        .fullE164(true)
        .callBarrings(List.of("INT", "MOB", "S0909"))
        .sipTrunk(ChannelSipTrunk.builder()
            .templateId("f26e4670-20bf-4cad-9261-489e8ef765de")
            .manualCallerId(false)
            .forwardClip(false)
            .t38Codec(false)
            .callForwardingFacilities(false)
            .destinationFilter("filterValue")
            .ipWhitelist("10.0.0.1;10.0.4.20")
            .proxyId("c665c4b0-20d1-4c33-aee1-c0f67da78e03")
            .reference("reference")
            .ping(Ping.UDP)
            .ringingTimeout(180)
            .build())
        .audioStream(ChannelAudioStream.builder()
            .dtmf(1)
            .g729Codec(false)
            .h263Codec(false)
            .h264Codec(false)
            .allowExternalRtp(false)
            .rtpTimeout("1800")
            .rtpHoldTimeout("1900")
            .remotePartyId(false)
            .progressInband(false)
            .build())
        .clip(ChannelClip.builder().tenDigitsLength(true).method(ClipMethod.FROM).deny(false)
            .restrictValue("restrictvalue").build())
        .did(ChannelDid.builder().tenDigitsLength(false).inDisplayName(false).toHeader(false).uriHeader(false)
            .filter("filter").build())
        .failover(ChannelFailover.builder().forwardTo("12345678").externalCallerId(true).build())
        .microsoftTeamsConfiguration(MicrosoftTeamsConfiguration.of("462e0bdf-408b-4e94-baab-b5a8bf9a9e00"))
        .build();
  }
}

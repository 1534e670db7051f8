package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The audio stream section ({@value io.trunkline.provider.channel.internal.ChannelFields#AUDIO_STREAM}) of edit
 * channel. Every field is optional; only those set are sent.
 *
 * <p>The document allows {@code null} for {@code rtp_timeout} and {@code rtp_hold_timeout}. To send an explicit
 * {@code null}, leave the typed field empty and put {@code NullNode} under the vendor's name in
 * {@link #extraFields()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChannelAudioStream.class)
@JsonDeserialize(as = ImmutableChannelAudioStream.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ChannelAudioStream {
  /** {@code dtmf}: the DTMF mode; the document does not list its values (its example sends {@code 1}). */
  @JsonProperty("dtmf")
  public abstract Optional<Integer> dtmf();

  /** {@code g729_codec}. */
  @JsonProperty("g729_codec")
  public abstract Optional<Boolean> g729Codec();

  /** {@code h263_codec}. */
  @JsonProperty("h263_codec")
  public abstract Optional<Boolean> h263Codec();

  /** {@code h264_codec}. */
  @JsonProperty("h264_codec")
  public abstract Optional<Boolean> h264Codec();

  /** {@code call_forwarding_facilities}. */
  @JsonProperty("call_forwarding_facilities")
  public abstract Optional<Boolean> callForwardingFacilities();

  /** {@code allow_external_rtp}. */
  @JsonProperty("allow_external_rtp")
  public abstract Optional<Boolean> allowExternalRtp();

  /** {@code rtp_timeout}: seconds, written as a string ({@code "1800"}). */
  @JsonProperty("rtp_timeout")
  public abstract Optional<String> rtpTimeout();

  /** {@code rtp_hold_timeout}: seconds, written as a string ({@code "1900"}). */
  @JsonProperty("rtp_hold_timeout")
  public abstract Optional<String> rtpHoldTimeout();

  /** {@code remote_party_id}. */
  @JsonProperty("remote_party_id")
  public abstract Optional<Boolean> remotePartyId();

  /** {@code progress_inband}. */
  @JsonProperty("progress_inband")
  public abstract Optional<Boolean> progressInband();

  /** Fields the document does not describe: sent as they are, and kept when read. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  public static ImmutableChannelAudioStream.Builder builder() {
    return ImmutableChannelAudioStream.builder();
  }
}

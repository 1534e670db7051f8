package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.core.Secret;
import io.trunkline.provider.channel.internal.ChannelFields;
import io.trunkline.provider.channel.internal.LenientBooleanDeserializer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of edit channel ({@code POST /v1/channel/{name}}). Every field is optional and only the fields set
 * are sent, so an edit changes exactly what it names. {@code toString()} masks the password.
 *
 * <pre>{@code
 * ChannelEdit edit = ChannelEdit.builder()
 *     .callerId("+31207001100")
 *     .callBarrings(List.of("DENUMINFO", "DEVPN"))
 *     .sipTrunk(ChannelSipTrunk.builder().ping(Ping.SIP_OPTIONS).ipWhitelist("198.51.100.7;203.0.113.0/24").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChannelEdit.class)
@JsonDeserialize(as = ImmutableChannelEdit.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ChannelEdit {
  /**
   * {@value io.trunkline.provider.channel.internal.ChannelFields#NEW_NAME}: renames the channel; later calls address it
   * by this name.
   */
  @JsonProperty(ChannelFields.NEW_NAME)
  public abstract Optional<String> newName();

  /**
   * {@value io.trunkline.provider.channel.internal.ChannelFields#PASSWORD}: the channel's SIP password; sent in clear,
   * masked in {@code toString()} and in logs.
   */
  @JsonProperty(ChannelFields.PASSWORD)
  public abstract Optional<Secret> password();

  /**
   * {@value io.trunkline.provider.channel.internal.ChannelFields#CALLER_ID}: an E.164 number from the account's caller
   * IDs.
   */
  @JsonProperty(ChannelFields.CALLER_ID)
  public abstract Optional<String> callerId();

  /** {@value io.trunkline.provider.channel.internal.ChannelFields#BLOCK_CALLER_ID}: hides the caller's number. */
  @JsonProperty(ChannelFields.BLOCK_CALLER_ID)
  public abstract Optional<Boolean> blockCallerId();

  /**
   * {@value io.trunkline.provider.channel.internal.ChannelFields#AREA_CODE}: digits, with the national prefix as the
   * vendor writes it ({@code "036"}).
   */
  @JsonProperty(ChannelFields.AREA_CODE)
  public abstract Optional<String> areaCode();

  /**
   * {@value io.trunkline.provider.channel.internal.ChannelFields#CALL_BARRINGS}: codes from the call-barrings list.
   * Present means "these barrings"; an empty list is sent as {@code []}. Absent leaves the barrings as they are.
   */
  @JsonProperty(ChannelFields.CALL_BARRINGS)
  public abstract Optional<List<String>> callBarrings();

  /**
   * {@value io.trunkline.provider.channel.internal.ChannelFields#FULL_E164}: sent as a JSON boolean, as in the
   * document's example (its table says string); read from a boolean, {@code "true"}/{@code "false"} or
   * {@code 1}/{@code 0}.
   */
  @JsonProperty(ChannelFields.FULL_E164)
  @JsonDeserialize(contentUsing = LenientBooleanDeserializer.class)
  public abstract Optional<Boolean> fullE164();

  /**
   * {@value io.trunkline.provider.channel.internal.ChannelFields#FULL_E164} as the document's table types it, a string,
   * sent exactly as given (not blank). Set this or {@link #fullE164()}, not both.
   */
  @JsonIgnore
  public abstract Optional<String> fullE164Text();

  /** {@value io.trunkline.provider.channel.internal.ChannelFields#SIP_TRUNK}. */
  @JsonProperty(ChannelFields.SIP_TRUNK)
  public abstract Optional<ChannelSipTrunk> sipTrunk();

  /** {@value io.trunkline.provider.channel.internal.ChannelFields#AUDIO_STREAM}. */
  @JsonProperty(ChannelFields.AUDIO_STREAM)
  public abstract Optional<ChannelAudioStream> audioStream();

  /** {@value io.trunkline.provider.channel.internal.ChannelFields#CLIP}. */
  @JsonProperty(ChannelFields.CLIP)
  public abstract Optional<ChannelClip> clip();

  /** {@value io.trunkline.provider.channel.internal.ChannelFields#DID}. */
  @JsonProperty(ChannelFields.DID)
  public abstract Optional<ChannelDid> did();

  /** {@value io.trunkline.provider.channel.internal.ChannelFields#FAILOVER}. */
  @JsonProperty(ChannelFields.FAILOVER)
  public abstract Optional<ChannelFailover> failover();

  /** {@value io.trunkline.provider.channel.internal.ChannelFields#MICROSOFT_TEAMS_CONFIGURATION}. */
  @JsonProperty(ChannelFields.MICROSOFT_TEAMS_CONFIGURATION)
  public abstract Optional<MicrosoftTeamsConfiguration> microsoftTeamsConfiguration();

  /** Fields the document does not describe: sent as they are (a name of a typed field is refused). */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  /** True when nothing would be sent. */
  @JsonIgnore
  public boolean isEmpty() {
    return newName().isEmpty() && password().isEmpty() && callerId().isEmpty() && blockCallerId().isEmpty()
        && areaCode().isEmpty() && callBarrings().isEmpty() && fullE164().isEmpty() && fullE164Text().isEmpty()
        && sipTrunk().isEmpty()
        && audioStream().isEmpty() && clip().isEmpty() && did().isEmpty() && failover().isEmpty()
        && microsoftTeamsConfiguration().isEmpty() && extraFields().isEmpty();
  }

  public static ImmutableChannelEdit.Builder builder() {
    return ImmutableChannelEdit.builder();
  }
}

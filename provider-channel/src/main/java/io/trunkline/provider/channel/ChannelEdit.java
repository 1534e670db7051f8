package io.trunkline.provider.channel;

import io.trunkline.core.spi.RevealingSecretSerializer;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.core.Secret;
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
  /** {@code new_name}: renames the channel; later calls address it by this name. */
  @JsonProperty("new_name")
  public abstract Optional<String> newName();

  /** {@code password}: the channel's SIP password; sent in clear, masked in {@code toString()} and in logs. */
  @JsonProperty("password")
  @JsonSerialize(contentUsing = RevealingSecretSerializer.class)
  public abstract Optional<Secret> password();

  /** {@code caller_id}: an E.164 number from the account's caller IDs. */
  @JsonProperty("caller_id")
  public abstract Optional<String> callerId();

  /** {@code block_caller_id}. */
  @JsonProperty("block_caller_id")
  public abstract Optional<Boolean> blockCallerId();

  /** {@code area_code}: digits, with the national prefix as the vendor writes it ({@code "036"}). */
  @JsonProperty("area_code")
  public abstract Optional<String> areaCode();

  /**
   * {@code call_barrings}: codes from the call-barrings list. Present means "these barrings"; an empty list is sent
   * as {@code []}. Absent leaves the barrings as they are.
   */
  @JsonProperty("call_barrings")
  public abstract Optional<List<String>> callBarrings();

  /**
   * {@code full_e164}: sent as a JSON boolean, as in the document's example (its table says string); read from a
   * boolean, {@code "true"}/{@code "false"} or {@code 1}/{@code 0}.
   */
  @JsonProperty("full_e164")
  @JsonDeserialize(contentUsing = LenientBooleanDeserializer.class)
  public abstract Optional<Boolean> fullE164();

  /** {@code sip_trunk}. */
  @JsonProperty("sip_trunk")
  public abstract Optional<ChannelSipTrunk> sipTrunk();

  /** {@code audio_stream}. */
  @JsonProperty("audio_stream")
  public abstract Optional<ChannelAudioStream> audioStream();

  /** {@code clip}. */
  @JsonProperty("clip")
  public abstract Optional<ChannelClip> clip();

  /** {@code did}. */
  @JsonProperty("did")
  public abstract Optional<ChannelDid> did();

  /** {@code failover}. */
  @JsonProperty("failover")
  public abstract Optional<ChannelFailover> failover();

  /** {@code microsoft_teams_configuration}. */
  @JsonProperty("microsoft_teams_configuration")
  public abstract Optional<MicrosoftTeamsConfiguration> microsoftTeamsConfiguration();

  /** Fields the document does not describe: sent as they are (a name of a typed field is refused). */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  /** True when nothing would be sent. */
  @JsonIgnore
  public boolean isEmpty() {
    return newName().isEmpty() && password().isEmpty() && callerId().isEmpty() && blockCallerId().isEmpty()
        && areaCode().isEmpty() && callBarrings().isEmpty() && fullE164().isEmpty() && sipTrunk().isEmpty()
        && audioStream().isEmpty() && clip().isEmpty() && did().isEmpty() && failover().isEmpty()
        && microsoftTeamsConfiguration().isEmpty() && extraFields().isEmpty();
  }

  public static ImmutableChannelEdit.Builder builder() {
    return ImmutableChannelEdit.builder();
  }
}

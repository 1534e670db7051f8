package io.trunkline.provider.flex;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.core.Secret;
import io.trunkline.provider.flex.internal.FlexFields;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A SIP trunk as {@code GET /v1/trunks} lists it (Wavix's {@code SIPTrunkShort}): identity, caller ID, status,
 * authentication method and this month's usage. The list does not carry the limits, dial plan or allowed IPs;
 * {@link FlexClient#get} returns those. Fields Wavix adds later are kept in {@link #otherFields()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFlexTrunkSummary.class)
@JsonDeserialize(as = ImmutableFlexTrunkSummary.class)
public abstract class FlexTrunkSummary {
  /** The trunk's id on the platform. */
  @JsonProperty(FlexFields.ID)
  public abstract long id();

  /** The system-generated SIP login of the trunk. */
  @JsonProperty(FlexFields.LOGIN)
  public abstract String name();

  /** Empty when no caller ID is set ({@code null}); an empty string when multiple caller IDs are allowed. */
  @JsonProperty(FlexFields.CALLER_ID)
  public abstract Optional<String> callerid();

  /** The user-defined name of the trunk. */
  @JsonProperty(FlexFields.LABEL)
  public abstract String label();

  /** Whether any active or verified number of the account may be used as caller ID. */
  @JsonProperty(FlexFields.MULTIPLE_NUMBERS)
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  public boolean multipleNumbers() {
    return false;
  }

  /** {@code Digest} or {@code IP auth}. */
  @JsonProperty(FlexFields.AUTH_METHOD)
  public abstract Optional<FlexAuthMethod> authMethod();

  /** The IP authentication request of an IP-auth trunk, if any. */
  @JsonProperty(FlexFields.HOST_REQUEST)
  public abstract Optional<FlexHostRequest> hostRequest();

  /** {@code active}, {@code pending} (IP authentication under review) or {@code rejected}. */
  @JsonProperty(FlexFields.STATUS)
  public abstract Optional<FlexTrunkStatus> status();

  /** Seconds of outbound calls this month. */
  @JsonProperty(FlexFields.TALK_TIME)
  public abstract Optional<Integer> talkTime();

  /** Cost of outbound calls this month, in USD (a string in Wavix's answer, kept exact). */
  @JsonProperty(FlexFields.CHARGE)
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<BigDecimal> charge();

  /** Whether caller ID passthrough is on. */
  @JsonProperty(FlexFields.PASSTHROUGH)
  public abstract Optional<Boolean> passthrough();

  /** Whether outbound calls are recorded (Flex Pro). */
  @JsonProperty(FlexFields.CALL_RECORDING_ENABLED)
  public abstract Optional<Boolean> callRecordingEnabled();

  /** Whether voicemail detection is on (Flex Pro). */
  @JsonProperty(FlexFields.MACHINE_DETECTION_ENABLED)
  public abstract Optional<Boolean> machineDetectionEnabled();

  /** Whether calls are transcribed automatically (Flex Pro). */
  @JsonProperty(FlexFields.TRANSCRIPTION_ENABLED)
  public abstract Optional<Boolean> transcriptionEnabled();

  /** The shortest call, in seconds, that is transcribed (Flex Pro). */
  @JsonProperty(FlexFields.TRANSCRIPTION_THRESHOLD)
  public abstract Optional<Integer> transcriptionThreshold();

  /** Whether media is encrypted (SRTP). */
  @JsonProperty(FlexFields.ENCRYPTED_MEDIA)
  public abstract Optional<Boolean> encryptedMedia();

  /** The trunk's static access token; printed and written as {@code ****}. */
  @JsonProperty(FlexFields.ACCESS_TOKEN)
  public abstract Optional<Secret> accessToken();

  /** Fields of Wavix's answer this version does not know, under their own names. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  public static ImmutableFlexTrunkSummary.Builder builder() {
    return ImmutableFlexTrunkSummary.builder();
  }
}

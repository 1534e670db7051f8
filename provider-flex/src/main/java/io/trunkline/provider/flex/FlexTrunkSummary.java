package io.trunkline.provider.flex;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.core.Secret;
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
  @JsonProperty("id")
  public abstract long id();

  /** The system-generated SIP login of the trunk. */
  @JsonProperty("name")
  public abstract String name();

  /** Empty when no caller ID is set ({@code null}); an empty string when multiple caller IDs are allowed. */
  @JsonProperty("callerid")
  public abstract Optional<String> callerid();

  /** The user-defined name of the trunk. */
  @JsonProperty("label")
  public abstract String label();

  /** Whether any active or verified number of the account may be used as caller ID. */
  @JsonProperty("multiple_numbers")
  @Value.Default
  public boolean multipleNumbers() {
    return false;
  }

  /** {@code Digest} or {@code IP auth}. */
  @JsonProperty("auth_method")
  public abstract Optional<FlexAuthMethod> authMethod();

  /** The IP authentication request of an IP-auth trunk, if any. */
  @JsonProperty("host_request")
  public abstract Optional<FlexHostRequest> hostRequest();

  /** {@code active}, {@code pending} (IP authentication under review) or {@code rejected}. */
  @JsonProperty("status")
  public abstract Optional<FlexTrunkStatus> status();

  /** Seconds of outbound calls this month. */
  @JsonProperty("talk_time")
  public abstract Optional<Integer> talkTime();

  /** Cost of outbound calls this month, in USD (a string in Wavix's answer, kept exact). */
  @JsonProperty("charge")
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<BigDecimal> charge();

  /** Whether caller ID passthrough is on. */
  @JsonProperty("passthrough")
  public abstract Optional<Boolean> passthrough();

  /** Whether outbound calls are recorded (Flex Pro). */
  @JsonProperty("call_recording_enabled")
  public abstract Optional<Boolean> callRecordingEnabled();

  /** Whether voicemail detection is on (Flex Pro). */
  @JsonProperty("machine_detection_enabled")
  public abstract Optional<Boolean> machineDetectionEnabled();

  /** Whether calls are transcribed automatically (Flex Pro). */
  @JsonProperty("transcription_enabled")
  public abstract Optional<Boolean> transcriptionEnabled();

  /** The shortest call, in seconds, that is transcribed (Flex Pro). */
  @JsonProperty("transcription_threshold")
  public abstract Optional<Integer> transcriptionThreshold();

  /** Whether media is encrypted (SRTP). */
  @JsonProperty("encrypted_media")
  public abstract Optional<Boolean> encryptedMedia();

  /** The trunk's static access token; printed and written as {@code ****}. */
  @JsonProperty("access_token")
  public abstract Optional<Secret> accessToken();

  /** Fields of Wavix's answer this version does not know, under their own names. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  public static ImmutableFlexTrunkSummary.Builder builder() {
    return ImmutableFlexTrunkSummary.builder();
  }
}

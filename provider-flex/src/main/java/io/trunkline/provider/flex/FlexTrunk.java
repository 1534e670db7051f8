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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Wavix SIP trunk's configuration, as {@code GET}, {@code POST} and {@code PUT /v1/trunks…} return it
 * (Wavix's {@code TrunksResponse}). Fields Wavix leaves out take the defaults its document states; fields it adds
 * later are kept in {@link #otherFields()} so that a read-modify-write update sends them back unchanged.
 * The trunk's SIP password is never returned.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFlexTrunk.class)
@JsonDeserialize(as = ImmutableFlexTrunk.class)
public abstract class FlexTrunk implements FlexTrunkSettings {
  /** The trunk's id on the platform. */
  @JsonProperty(FlexFields.ID)
  public abstract long id();

  /** The system-generated SIP login of the trunk (the SIP user name), such as {@code "67758"}. */
  @JsonProperty(FlexFields.LOGIN)
  public abstract String name();

  /** The user-defined name of the trunk. */
  @JsonProperty(FlexFields.LABEL)
  public abstract String label();

  /** The public static IP addresses allowed to register, with their ids in the list. */
  @JsonProperty(FlexFields.ALLOWED_IPS)
  public abstract List<FlexAllowedIp> allowedIps();

  /** The highest cost of one outbound call, in USD (a string in Wavix's responses, kept exact). */
  @JsonProperty(FlexFields.MAX_CALL_COST)
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<BigDecimal> maxCallCost();

  /** Whether {@link #callLimit()} limits the call duration; Wavix may send {@code null}. */
  @JsonProperty(FlexFields.CALL_RESTRICT)
  public abstract Optional<Boolean> callRestrict();

  /** Whether outbound calls are recorded (Flex Pro). */
  @JsonProperty(FlexFields.CALL_RECORDING_ENABLED)
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  public boolean callRecordingEnabled() {
    return false;
  }

  /** Whether voicemail (answering machine) detection is on (Flex Pro). */
  @JsonProperty(FlexFields.MACHINE_DETECTION_ENABLED)
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  public boolean machineDetectionEnabled() {
    return false;
  }

  /** When the trunk was created. */
  @JsonProperty(FlexFields.CREATED_AT)
  public abstract Optional<Instant> createdAt();

  /** {@code "dynamic"} for digest registration, otherwise the IP address the trunk authenticates. */
  @JsonProperty(FlexFields.HOST)
  public abstract Optional<String> host();

  /** Whether any active or verified number of the account may be used as caller ID. */
  @JsonProperty(FlexFields.MULTIPLE_NUMBERS)
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  public boolean multipleNumbers() {
    return false;
  }

  /** Whether media is encrypted (SRTP). */
  @JsonProperty(FlexFields.ENCRYPTED_MEDIA)
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  public boolean encryptedMedia() {
    return false;
  }

  /** The authentication method, where Wavix reports it here (it always does in the list). */
  @JsonProperty(FlexFields.AUTH_METHOD)
  public abstract Optional<FlexAuthMethod> authMethod();

  /** The trunk's status, where Wavix reports it here (it always does in the list). */
  @JsonProperty(FlexFields.STATUS)
  public abstract Optional<FlexTrunkStatus> status();

  /** The trunk's static access token; printed and written as {@code ****}. */
  @JsonProperty(FlexFields.ACCESS_TOKEN)
  public abstract Optional<Secret> accessToken();

  /** Fields of Wavix's answer this version does not know, under their own names. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  /**
   * True when the trunk authenticates by IP address rather than by digest registration: by its
   * {@link #authMethod()} where reported, else by its {@link #host()} (anything but {@code dynamic}).
   */
  public boolean usesIpAuthentication() {
    if (authMethod().filter(FlexAuthMethod::isKnown).isPresent()) {
      return authMethod().get().equals(FlexAuthMethod.IP_AUTH);
    }
    return host().map(h -> !h.isEmpty() && !h.equalsIgnoreCase(FlexFields.DYNAMIC)).orElse(false);
  }

  public static ImmutableFlexTrunk.Builder builder() {
    return ImmutableFlexTrunk.builder();
  }
}

package io.trunkline.provider.flex;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.core.Secret;
import io.trunkline.provider.flex.internal.FlexFields;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /v1/trunks} and {@code PUT /v1/trunks/{id}} (Wavix's {@code CreateSIPTrunkRequest}).
 *
 * <p><b>An update replaces the whole trunk:</b> Wavix resets every field left out to its default. To change one
 * setting, start from the trunk as it is with {@link #builderFrom(FlexTrunk)}, set the password (Wavix never
 * returns it) and the change, and send that; the neutral {@code update} does the same.
 *
 * <p>The fields Wavix requires that have a documented default ({@link #ipRestrict()}, {@link #didinfoEnabled()},
 * {@link #callRestrict()}, {@link #costLimit()}, {@link #channelsRestrict()}, {@link #rewriteEnabled()},
 * {@link #transcriptionEnabled()}, {@link #transcriptionThreshold()}) default to it here and are always sent;
 * {@link #label()}, {@link #password()} and {@link #callerid()} have none and are checked before sending. Optional fields
 * left empty are not sent. The password is written as {@code ****} by {@code toString()} and by this type's own
 * JSON form; only {@link FlexClient} puts the real value on the wire.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFlexTrunkRequest.class)
@JsonDeserialize(as = ImmutableFlexTrunkRequest.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class FlexTrunkRequest implements FlexTrunkSettings {
  /** The user-defined name of the trunk. Required. */
  @JsonProperty(FlexFields.LABEL)
  public abstract Optional<String> label();

  /** The trunk's SIP password. Required, on update too (Wavix does not return it). */
  @JsonProperty(FlexFields.PASSWORD)
  public abstract Optional<Secret> password();

  /** Whether any active or verified number of the account may be used as caller ID. */
  @JsonProperty(FlexFields.MULTIPLE_NUMBERS)
  public abstract Optional<Boolean> multipleNumbers();

  /** Public static IP addresses allowed to register; not sent when empty. */
  @JsonProperty(FlexFields.ALLOWED_IPS)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<FlexAllowedIp> allowedIps();

  /** Whether {@link #callLimit()} limits call duration. */
  @JsonProperty(FlexFields.CALL_RESTRICT)
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  public boolean callRestrict() {
    return false;
  }

  /** The highest cost of one outbound call in USD, sent as a JSON number; required when {@link #costLimit()}. */
  @JsonProperty(FlexFields.MAX_CALL_COST)
  public abstract Optional<BigDecimal> maxCallCost();

  /** Whether outbound calls are recorded (Flex Pro). */
  @JsonProperty(FlexFields.CALL_RECORDING_ENABLED)
  public abstract Optional<Boolean> callRecordingEnabled();

  /** Whether voicemail detection is on (Flex Pro). */
  @JsonProperty(FlexFields.MACHINE_DETECTION_ENABLED)
  public abstract Optional<Boolean> machineDetectionEnabled();

  /** Whether media is encrypted (SRTP). */
  @JsonProperty(FlexFields.ENCRYPTED_MEDIA)
  public abstract Optional<Boolean> encryptedMedia();

  /** Further fields sent as they are: fields of the trunk this version does not know, kept on update. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> otherFields();

  public static ImmutableFlexTrunkRequest.Builder builder() {
    return ImmutableFlexTrunkRequest.builder();
  }

  /**
   * A request that sets every field of Wavix's request as {@code current} has it, for a full-replace update: the
   * allowed IPs without their list ids, and the IP authentication (a request for the host of the trunk's IP
   * authentication request as reported when it names one, else for its host when it authenticates by IP, so that
   * leaving it out does not revert the trunk to digest registration; none when Wavix rejected the request, so it is
   * not asked for again). Fields of the answer that are not in Wavix's request (this version does not know them, or
   * they are read-only) are not copied. {@link #passthrough()} is left empty when {@code current} does not report
   * it (Wavix's trunk document may lack it): set it, or the update resets it. Set the password (required) and the
   * change on the builder.
   */
  public static ImmutableFlexTrunkRequest.Builder builderFrom(FlexTrunk current) {
    ImmutableFlexTrunkRequest.Builder b = builder()
        .label(current.label())
        .callerid(current.callerid())
        .multipleNumbers(current.multipleNumbers())
        .ipRestrict(current.ipRestrict())
        .didinfoEnabled(current.didinfoEnabled())
        .callRestrict(current.callRestrict().orElse(false))
        .callLimit(current.callLimit())
        .costLimit(current.costLimit())
        .maxCallCost(current.maxCallCost())
        .channelsRestrict(current.channelsRestrict())
        .maxChannels(current.maxChannels())
        .rewriteEnabled(current.rewriteEnabled())
        .rewritePrefix(current.rewritePrefix())
        .rewriteCond(current.rewriteCond())
        .callRecordingEnabled(current.callRecordingEnabled())
        .transcriptionEnabled(current.transcriptionEnabled())
        .transcriptionThreshold(current.transcriptionThreshold())
        .machineDetectionEnabled(current.machineDetectionEnabled())
        .encryptedMedia(current.encryptedMedia())
        .passthrough(current.passthrough());
    current.allowedIps().forEach(ip -> b.addAllowedIps(FlexAllowedIp.of(ip.ip())));
    boolean rejected = current.status().filter(FlexTrunkStatus.REJECTED::equals).isPresent()
        || current.hostRequest().flatMap(FlexHostRequest::status).filter(FlexFields.REJECTED::equals).isPresent();
    if (rejected) {
      return b;
    }
    if (current.hostRequest().flatMap(FlexHostRequest::host).isPresent()) {
      b.hostRequest(FlexHostRequest.of(current.hostRequest().get().host().get()));
    } else if (current.usesIpAuthentication() && current.host().isPresent()) {
      b.hostRequest(FlexHostRequest.of(current.host().get()));
    }
    return b;
  }
}

package io.trunkline.provider.flex;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.trunkline.provider.flex.internal.FlexFields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The settings a Wavix trunk has both when read ({@link FlexTrunk}) and when written ({@link FlexTrunkRequest}),
 * under Wavix's field names, with the defaults its document states. Fields whose type differs between the two
 * (the call-cost limit is a string in answers, a number in requests; some flags are nullable in answers) stay in
 * each class. A JSON {@code null} in a boolean or number field reads as not reported: the default stated here.
 */
public interface FlexTrunkSettings {
  /**
   * The trunk's caller ID: empty when none is set (Wavix sends {@code null}), an empty string when multiple
   * caller IDs are allowed on the trunk (multiple numbers), else the number as digits.
   */
  @JsonProperty(FlexFields.CALLER_ID)
  Optional<String> callerid();

  /** Whether only the allowed IP addresses may register with the trunk. */
  @JsonProperty(FlexFields.IP_RESTRICT)
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  default boolean ipRestrict() {
    return false;
  }

  /** Whether {@link #maxChannels()} limits the concurrent outbound calls. */
  @JsonProperty(FlexFields.CHANNELS_RESTRICT)
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  default boolean channelsRestrict() {
    return false;
  }

  /** The most concurrent outbound calls; applies only when {@link #channelsRestrict()}. */
  @JsonProperty(FlexFields.MAX_CHANNELS)
  Optional<Integer> maxChannels();

  /** Whether the highest call cost limits the cost of an outbound call. */
  @JsonProperty(FlexFields.COST_LIMIT)
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  default boolean costLimit() {
    return false;
  }

  /** The longest call, in seconds; applies only while calls are restricted. */
  @JsonProperty(FlexFields.CALL_LIMIT)
  Optional<Integer> callLimit();

  /** Whether inbound calls carry the dialed number in the {@code To} header of the SIP INVITE. */
  @JsonProperty(FlexFields.DIDINFO_ENABLED)
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  default boolean didinfoEnabled() {
    return true;
  }

  /** Whether the custom dial plan ({@link #rewritePrefix()}, {@link #rewriteCond()}) is active. */
  @JsonProperty(FlexFields.REWRITE_ENABLED)
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  default boolean rewriteEnabled() {
    return false;
  }

  /** Digits added before each dialed number. */
  @JsonProperty(FlexFields.REWRITE_PREFIX)
  Optional<String> rewritePrefix();

  /** Leading digits removed from each dialed number. */
  @JsonProperty(FlexFields.REWRITE_COND)
  Optional<String> rewriteCond();

  /** Whether calls are transcribed automatically (Flex Pro). */
  @JsonProperty(FlexFields.TRANSCRIPTION_ENABLED)
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  default boolean transcriptionEnabled() {
    return false;
  }

  /** The shortest call, in seconds, that is transcribed (Flex Pro). */
  @JsonProperty(FlexFields.TRANSCRIPTION_THRESHOLD)
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  default int transcriptionThreshold() {
    return 6;
  }

  /** Whether caller ID passthrough is on. */
  @JsonProperty(FlexFields.PASSTHROUGH)
  Optional<Boolean> passthrough();

  /** The IP authentication request, where Wavix reports it here. */
  @JsonProperty(FlexFields.HOST_REQUEST)
  Optional<FlexHostRequest> hostRequest();
}

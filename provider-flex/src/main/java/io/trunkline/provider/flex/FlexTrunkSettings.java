package io.trunkline.provider.flex;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The settings a Wavix trunk has both when read ({@link FlexTrunk}) and when written ({@link FlexTrunkRequest}),
 * under Wavix's field names, with the defaults its document states. Fields whose type differs between the two
 * (the call-cost limit is a string in answers, a number in requests; some flags are nullable in answers) stay in
 * each class.
 */
public interface FlexTrunkSettings {
  /**
   * The trunk's caller ID: empty when none is set (Wavix sends {@code null}), an empty string when multiple
   * caller IDs are allowed on the trunk ({@code multiple_numbers}), else the number as digits.
   */
  @JsonProperty("callerid")
  Optional<String> callerid();

  /** Whether only {@code allowed_ips} may register with the trunk. */
  @JsonProperty("ip_restrict")
  @Value.Default
  default boolean ipRestrict() {
    return false;
  }

  /** Whether {@link #maxChannels()} limits the concurrent outbound calls. */
  @JsonProperty("channels_restrict")
  @Value.Default
  default boolean channelsRestrict() {
    return false;
  }

  /** The most concurrent outbound calls; applies only when {@link #channelsRestrict()}. */
  @JsonProperty("max_channels")
  Optional<Integer> maxChannels();

  /** Whether {@code max_call_cost} limits the cost of an outbound call. */
  @JsonProperty("cost_limit")
  @Value.Default
  default boolean costLimit() {
    return false;
  }

  /** The longest call, in seconds; applies only when {@code call_restrict}. */
  @JsonProperty("call_limit")
  Optional<Integer> callLimit();

  /** Whether inbound calls carry the dialed number in the {@code To} header of the SIP INVITE. */
  @JsonProperty("didinfo_enabled")
  @Value.Default
  default boolean didinfoEnabled() {
    return true;
  }

  /** Whether the custom dial plan ({@link #rewritePrefix()}, {@link #rewriteCond()}) is active. */
  @JsonProperty("rewrite_enabled")
  @Value.Default
  default boolean rewriteEnabled() {
    return false;
  }

  /** Digits added before each dialed number. */
  @JsonProperty("rewrite_prefix")
  Optional<String> rewritePrefix();

  /** Leading digits removed from each dialed number. */
  @JsonProperty("rewrite_cond")
  Optional<String> rewriteCond();

  /** Whether calls are transcribed automatically (Flex Pro). */
  @JsonProperty("transcription_enabled")
  @Value.Default
  default boolean transcriptionEnabled() {
    return false;
  }

  /** The shortest call, in seconds, that is transcribed (Flex Pro). */
  @JsonProperty("transcription_threshold")
  @Value.Default
  default int transcriptionThreshold() {
    return 6;
  }

  /** Whether caller ID passthrough is on. */
  @JsonProperty("passthrough")
  Optional<Boolean> passthrough();

  /** The IP authentication request, where Wavix reports it here. */
  @JsonProperty("host_request")
  Optional<FlexHostRequest> hostRequest();
}

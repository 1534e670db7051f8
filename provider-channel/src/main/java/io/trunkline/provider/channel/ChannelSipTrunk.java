package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.provider.channel.internal.ChannelFields;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The SIP trunk section ({@value io.trunkline.provider.channel.internal.ChannelFields#SIP_TRUNK}) of edit channel.
 * Every field is optional; only those set are sent.
 *
 * <p>The document names the template and proxy fields {@code template_id} and {@code proxy_id} in its table but
 * {@code channel_template_id} and {@code channel_proxy_id} in its example. They are sent with the example's names
 * unless the provider setting {@code id-field-spelling} is {@code table}; both names are read.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChannelSipTrunk.class)
@JsonDeserialize(as = ImmutableChannelSipTrunk.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ChannelSipTrunk {
  /** {@code channel_template_id} (also read as {@code template_id}): a template UUID from the templates list. */
  @JsonProperty(ChannelFields.TEMPLATE_ID)
  @JsonAlias(ChannelFields.TABLE_TEMPLATE_ID)
  public abstract Optional<String> templateId();

  /** {@code manual_caller_id}. */
  @JsonProperty("manual_caller_id")
  public abstract Optional<Boolean> manualCallerId();

  /** {@code forward_clip}. */
  @JsonProperty("forward_clip")
  public abstract Optional<Boolean> forwardClip();

  /** {@code t38_codec}: T.38 fax. */
  @JsonProperty("t38_codec")
  public abstract Optional<Boolean> t38Codec();

  /** {@code call_forwarding_facilities}. */
  @JsonProperty("call_forwarding_facilities")
  public abstract Optional<Boolean> callForwardingFacilities();

  /** {@code destination_filter}. */
  @JsonProperty("destination_filter")
  public abstract Optional<String> destinationFilter();

  /**
   * The IP whitelist ({@value io.trunkline.provider.channel.internal.ChannelFields#IP_WHITELIST}): the addresses
   * allowed, separated by {@code ;} ({@code "10.0.0.1;10.0.4.20"}); each one an IP address or CIDR block. {@code ""}
   * clears the list. The neutral API's {@code allowedIps}.
   */
  @JsonProperty(ChannelFields.IP_WHITELIST)
  public abstract Optional<String> ipWhitelist();

  /** {@code channel_proxy_id} (also read as {@code proxy_id}): a proxy UUID from the proxies list. */
  @JsonProperty(ChannelFields.PROXY_ID)
  @JsonAlias(ChannelFields.TABLE_PROXY_ID)
  public abstract Optional<String> proxyId();

  /** {@code reference}: the customer's own reference. */
  @JsonProperty("reference")
  public abstract Optional<String> reference();

  /** {@code ping}: 1 no ping, 2 SIP OPTIONS, 3 UDP. */
  @JsonProperty("ping")
  public abstract Optional<Ping> ping();

  /** {@code ringing_timeout}: seconds, such as {@code 180}. */
  @JsonProperty("ringing_timeout")
  public abstract Optional<Integer> ringingTimeout();

  /** Fields the document does not describe: sent as they are, and kept when read. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  public static ImmutableChannelSipTrunk.Builder builder() {
    return ImmutableChannelSipTrunk.builder();
  }
}

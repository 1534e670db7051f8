package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.Validate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@link ChannelFields#SIP_TRUNK SIP trunk section} of edit channel. Every field is optional; only those set are sent.
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
  /** The template's id as the document's example names it; {@link #TABLE_TEMPLATE_ID} as its table does. */
  static final String TEMPLATE_ID = "channel_template_id";
  static final String TABLE_TEMPLATE_ID = "template_id";
  /** The proxy's id as the document's example names it; {@link #TABLE_PROXY_ID} as its table does. */
  static final String PROXY_ID = "channel_proxy_id";
  static final String TABLE_PROXY_ID = "proxy_id";

  /** {@code channel_template_id} (also read as {@code template_id}): a template UUID from the templates list. */
  @JsonProperty(TEMPLATE_ID)
  @JsonAlias(TABLE_TEMPLATE_ID)
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
   * The IP whitelist ({@link ChannelFields#IP_WHITELIST}): the addresses allowed, separated by {@code ;}
   * ({@code "10.0.0.1;10.0.4.20"}); each one an IP address or CIDR block. {@code ""} clears the list. The neutral
   * API's {@code allowedIps}.
   */
  @JsonProperty(ChannelFields.IP_WHITELIST)
  public abstract Optional<String> ipWhitelist();

  /** {@code channel_proxy_id} (also read as {@code proxy_id}): a proxy UUID from the proxies list. */
  @JsonProperty(PROXY_ID)
  @JsonAlias(TABLE_PROXY_ID)
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

  /** Checks the typed fields; {@code prefix} is the section's name and a dot, for the field named. */
  void check(String prefix) {
    templateId().ifPresent(id -> Validate.uuid(prefix + TEMPLATE_ID, id));
    proxyId().ifPresent(id -> Validate.uuid(prefix + PROXY_ID, id));
    ipWhitelist().ifPresent(list -> ChannelValidator.ipWhitelist(prefix + ChannelFields.IP_WHITELIST, list));
    ping().ifPresent(p -> {
      if (!p.isKnown()) {
        throw new TrunkValidationException(prefix + "ping", "must be 1 (no ping), 2 (SIP OPTIONS) or 3 (UDP), was "
            + p.code());
      }
    });
    ringingTimeout().ifPresent(t -> Validate.positive(prefix + "ringing_timeout", t));
  }

  public static ImmutableChannelSipTrunk.Builder builder() {
    return ImmutableChannelSipTrunk.builder();
  }
}

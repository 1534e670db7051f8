package io.trunkline.provider.famulor;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.core.Secret;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/user/phone-numbers/sip-trunks}. Checked by {@link FamulorClient#create} before it is
 * sent (see the module README for the rules). Its {@code toString()} and JSON form show the password as
 * {@code ****}; only the request on the wire carries it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFamulorSipTrunkCreate.class)
@JsonDeserialize(as = ImmutableFamulorSipTrunkCreate.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "sip_trunk_type", "phone_number", "nickname", "sip_username", "sip_password", "sip_address",
  "sip_calling_format", "inbound_authorization_type", "allowed_inbound_ips", "country_code", "outbound_proxy"
})
public abstract class FamulorSipTrunkCreate {
  /** {@code extension} or {@code number}; fixed once created. */
  @JsonProperty("sip_trunk_type")
  public abstract SipTrunkType sipTrunkType();

  /** 1 to 15 characters for an extension; E.164 ({@code +14155551234}) for a number. */
  @JsonProperty("phone_number")
  public abstract String phoneNumber();

  /** Up to 50 characters. */
  @JsonProperty("nickname")
  public abstract Optional<String> nickname();

  /** 3 to 128 characters. */
  @JsonProperty("sip_username")
  public abstract String sipUsername();

  /** At least 3 characters; write-only. */
  @JsonProperty("sip_password")
  @Value.Redacted
  public abstract Secret sipPassword();

  /** The SIP server host or IP address, without a port. */
  @JsonProperty("sip_address")
  public abstract String sipAddress();

  @JsonProperty("sip_calling_format")
  public abstract SipCallingFormat sipCallingFormat();

  @JsonProperty("inbound_authorization_type")
  public abstract InboundAuthorizationType inboundAuthorizationType();

  /** IP addresses allowed to send inbound calls: required, and only allowed, with {@code ip}. */
  @JsonProperty("allowed_inbound_ips")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> allowedInboundIps();

  /** ISO 3166 alpha-2, such as {@code DE}. */
  @JsonProperty("country_code")
  public abstract String countryCode();

  /** Route outbound calls through Famulor's fixed proxy IP; Famulor's default is false. */
  @JsonProperty("outbound_proxy")
  public abstract Optional<Boolean> outboundProxy();

  /**
   * Fields Famulor documents after this SDK was written, sent as given. The names of the fields above are
   * refused here.
   */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalFields();

  public static ImmutableFamulorSipTrunkCreate.Builder builder() {
    return ImmutableFamulorSipTrunkCreate.builder();
  }
}

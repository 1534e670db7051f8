package io.trunkline.provider.famulor;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.core.Secret;
import io.trunkline.provider.famulor.internal.FamulorFields;
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
  FamulorFields.SIP_TRUNK_TYPE, FamulorFields.PHONE_NUMBER, FamulorFields.NICKNAME,
  FamulorFields.SIP_USERNAME, FamulorFields.SIP_PASSWORD, FamulorFields.SIP_ADDRESS,
  FamulorFields.SIP_CALLING_FORMAT, FamulorFields.INBOUND_AUTHORIZATION_TYPE,
  FamulorFields.ALLOWED_INBOUND_IPS, FamulorFields.COUNTRY_CODE, FamulorFields.OUTBOUND_PROXY
})
public abstract class FamulorSipTrunkCreate {
  /** {@code extension} or {@code number}; fixed once created. */
  @JsonProperty(FamulorFields.SIP_TRUNK_TYPE)
  public abstract SipTrunkType sipTrunkType();

  /** 1 to 15 characters for an extension; E.164 ({@code +14155551234}) for a number. */
  @JsonProperty(FamulorFields.PHONE_NUMBER)
  public abstract String phoneNumber();

  /** Up to 50 characters. */
  @JsonProperty(FamulorFields.NICKNAME)
  public abstract Optional<String> nickname();

  /** 3 to 128 characters. */
  @JsonProperty(FamulorFields.SIP_USERNAME)
  public abstract String sipUsername();

  /** At least 3 characters; write-only. */
  @JsonProperty(FamulorFields.SIP_PASSWORD)
  @Value.Redacted
  public abstract Secret sipPassword();

  /** The SIP server host or IP address, without a port. */
  @JsonProperty(FamulorFields.SIP_ADDRESS)
  public abstract String sipAddress();

  @JsonProperty(FamulorFields.SIP_CALLING_FORMAT)
  public abstract SipCallingFormat sipCallingFormat();

  @JsonProperty(FamulorFields.INBOUND_AUTHORIZATION_TYPE)
  public abstract InboundAuthorizationType inboundAuthorizationType();

  /** IP addresses allowed to send inbound calls: required, and only allowed, with {@code ip}. */
  @JsonProperty(FamulorFields.ALLOWED_INBOUND_IPS)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> allowedInboundIps();

  /** ISO 3166 alpha-2, such as {@code DE}. */
  @JsonProperty(FamulorFields.COUNTRY_CODE)
  public abstract String countryCode();

  /** Route outbound calls through Famulor's fixed proxy IP; Famulor's default is false. */
  @JsonProperty(FamulorFields.OUTBOUND_PROXY)
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

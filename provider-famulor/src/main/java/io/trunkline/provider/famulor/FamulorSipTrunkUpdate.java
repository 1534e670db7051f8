package io.trunkline.provider.famulor;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.provider.famulor.internal.FamulorFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partial change for {@code PUT /api/user/phone-numbers/sip-trunks/{id}}: only the fields set are sent.
 * The trunk type cannot be changed. {@link #clearNickname()} sends a null nickname, which removes
 * the label.
 *
 * <p>Famulor re-creates its voice trunks for some changes, so {@link FamulorSipTrunk#inboundTrunkId()} and
 * {@link FamulorSipTrunk#outboundTrunkId()} change: {@link #sipUsername()}, {@link #sipPassword()} and
 * {@link #phoneNumber()} re-create both, {@link #sipAddress()} and {@link #outboundProxy()} the outbound one,
 * {@link #inboundAuthorizationType()} and {@link #allowedInboundIps()} the inbound one. {@link #nickname()},
 * {@link #sipCallingFormat()} and {@link #countryCode()} are stored only.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFamulorSipTrunkUpdate.class)
@JsonDeserialize(as = ImmutableFamulorSipTrunkUpdate.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  FamulorFields.PHONE_NUMBER, FamulorFields.NICKNAME, FamulorFields.SIP_USERNAME, FamulorFields.SIP_PASSWORD,
  FamulorFields.SIP_ADDRESS, FamulorFields.SIP_CALLING_FORMAT, FamulorFields.INBOUND_AUTHORIZATION_TYPE,
  FamulorFields.ALLOWED_INBOUND_IPS, FamulorFields.COUNTRY_CODE, FamulorFields.OUTBOUND_PROXY
})
public abstract class FamulorSipTrunkUpdate {
  /** 1 to 15 characters, or an E.164 number. */
  @JsonProperty(FamulorFields.PHONE_NUMBER)
  public abstract Optional<String> phoneNumber();

  /** A new label, up to 50 characters. */
  @JsonProperty(FamulorFields.NICKNAME)
  public abstract Optional<String> nickname();

  /** Removes the label: {@code "nickname": null} on the wire. Not together with {@link #nickname()}. */
  @JsonIgnore
  @Value.Default
  public boolean clearNickname() {
    return false;
  }

  /** 3 to 128 characters. */
  @JsonProperty(FamulorFields.SIP_USERNAME)
  public abstract Optional<String> sipUsername();

  /** At least 3 characters; write-only. */
  @JsonProperty(FamulorFields.SIP_PASSWORD)
  @Value.Redacted
  public abstract Optional<Secret> sipPassword();

  /** Host or IP address without a port. */
  @JsonProperty(FamulorFields.SIP_ADDRESS)
  public abstract Optional<String> sipAddress();

  @JsonProperty(FamulorFields.SIP_CALLING_FORMAT)
  public abstract Optional<SipCallingFormat> sipCallingFormat();

  /** Switching to {@code ip} needs {@link #allowedInboundIps()}; switching to {@code auth} drops the allow-list. */
  @JsonProperty(FamulorFields.INBOUND_AUTHORIZATION_TYPE)
  public abstract Optional<InboundAuthorizationType> inboundAuthorizationType();

  /** A new allow-list of IP addresses; replaces the old one. */
  @JsonProperty(FamulorFields.ALLOWED_INBOUND_IPS)
  public abstract Optional<List<String>> allowedInboundIps();

  /** ISO 3166 alpha-2. */
  @JsonProperty(FamulorFields.COUNTRY_CODE)
  public abstract Optional<String> countryCode();

  @JsonProperty(FamulorFields.OUTBOUND_PROXY)
  public abstract Optional<Boolean> outboundProxy();

  /** Fields Famulor documents after this SDK was written, sent as given; known names are refused here. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalFields();

  /** True when nothing would be sent. */
  @JsonIgnore
  public boolean isEmpty() {
    return phoneNumber().isEmpty() && nickname().isEmpty() && !clearNickname() && sipUsername().isEmpty()
        && sipPassword().isEmpty() && sipAddress().isEmpty() && sipCallingFormat().isEmpty()
        && inboundAuthorizationType().isEmpty() && allowedInboundIps().isEmpty() && countryCode().isEmpty()
        && outboundProxy().isEmpty() && additionalFields().isEmpty();
  }

  @Value.Check
  protected void check() {
    if (clearNickname() && nickname().isPresent()) {
      throw new TrunkValidationException(FamulorFields.NICKNAME, "set a new nickname or clear it, not both");
    }
  }

  public static ImmutableFamulorSipTrunkUpdate.Builder builder() {
    return ImmutableFamulorSipTrunkUpdate.builder();
  }
}

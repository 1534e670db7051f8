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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partial change for {@code PUT /api/user/phone-numbers/sip-trunks/{id}}: only the fields set are sent.
 * {@code sip_trunk_type} cannot be changed. {@link #clearNickname()} sends {@code "nickname": null}, which removes
 * the label.
 *
 * <p>Famulor re-creates its voice trunks for some changes, so {@code inbound_trunk_id} and
 * {@code outbound_trunk_id} change: {@code sip_username}, {@code sip_password} and {@code phone_number} re-create
 * both, {@code sip_address} and {@code outbound_proxy} the outbound one, {@code inbound_authorization_type} and
 * {@code allowed_inbound_ips} the inbound one. {@code nickname}, {@code sip_calling_format} and
 * {@code country_code} are stored only.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFamulorSipTrunkUpdate.class)
@JsonDeserialize(as = ImmutableFamulorSipTrunkUpdate.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "phone_number", "nickname", "sip_username", "sip_password", "sip_address", "sip_calling_format",
  "inbound_authorization_type", "allowed_inbound_ips", "country_code", "outbound_proxy"
})
public abstract class FamulorSipTrunkUpdate {
  /** 1 to 15 characters, or an E.164 number. */
  @JsonProperty("phone_number")
  public abstract Optional<String> phoneNumber();

  /** A new label, up to 50 characters. */
  @JsonProperty("nickname")
  public abstract Optional<String> nickname();

  /** Removes the label: {@code "nickname": null} on the wire. Not together with {@link #nickname()}. */
  @JsonIgnore
  @Value.Default
  public boolean clearNickname() {
    return false;
  }

  /** 3 to 128 characters. */
  @JsonProperty("sip_username")
  public abstract Optional<String> sipUsername();

  /** At least 3 characters; write-only. */
  @JsonProperty("sip_password")
  @Value.Redacted
  public abstract Optional<Secret> sipPassword();

  /** Host or IP address without a port. */
  @JsonProperty("sip_address")
  public abstract Optional<String> sipAddress();

  @JsonProperty("sip_calling_format")
  public abstract Optional<SipCallingFormat> sipCallingFormat();

  /** Switching to {@code ip} needs {@link #allowedInboundIps()}; switching to {@code auth} drops the allow-list. */
  @JsonProperty("inbound_authorization_type")
  public abstract Optional<InboundAuthorizationType> inboundAuthorizationType();

  /** A new allow-list of IP addresses; replaces the old one. */
  @JsonProperty("allowed_inbound_ips")
  public abstract Optional<List<String>> allowedInboundIps();

  /** ISO 3166 alpha-2. */
  @JsonProperty("country_code")
  public abstract Optional<String> countryCode();

  @JsonProperty("outbound_proxy")
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

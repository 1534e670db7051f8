package io.trunkline.provider.famulor;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A SIP trunk as Famulor returns it (list, get, create and update). {@code sip_password} is write-only and never
 * part of it. Fields Famulor adds later are kept in {@link #additionalFields()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFamulorSipTrunk.class)
@JsonDeserialize(as = ImmutableFamulorSipTrunk.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  "id", "phone_number", "nickname", "sip_username", "sip_address", "sip_calling_format",
  "inbound_authorization_type", "allowed_inbound_ips", "outbound_proxy", "country_code", "inbound_trunk_id",
  "outbound_trunk_id", "created_at", "updated_at"
})
public abstract class FamulorSipTrunk {
  /** The trunk's id; also the id to delete it by. */
  @JsonProperty("id")
  public abstract long id();

  /** The extension ({@code 1000}) or the E.164 number ({@code +14155551234}). */
  @JsonProperty("phone_number")
  public abstract String phoneNumber();

  /** A short label, up to 50 characters; empty when none is set. */
  @JsonProperty("nickname")
  public abstract Optional<String> nickname();

  @JsonProperty("sip_username")
  public abstract String sipUsername();

  /** The SIP server host, without a port. */
  @JsonProperty("sip_address")
  public abstract String sipAddress();

  @JsonProperty("sip_calling_format")
  public abstract Optional<SipCallingFormat> sipCallingFormat();

  @JsonProperty("inbound_authorization_type")
  public abstract Optional<InboundAuthorizationType> inboundAuthorizationType();

  /** The source addresses allowed to send calls; empty unless the type is {@code ip} (Famulor sends null). */
  @JsonProperty("allowed_inbound_ips")
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<String> allowedInboundIps();

  /** Whether outbound calls leave through Famulor's fixed proxy IP. */
  @JsonProperty("outbound_proxy")
  public abstract Optional<Boolean> outboundProxy();

  /** ISO 3166 alpha-2 country of the trunk. */
  @JsonProperty("country_code")
  public abstract Optional<String> countryCode();

  /** Famulor's internal inbound voice trunk ({@code ST_…}); only in get, create and update answers. */
  @JsonProperty("inbound_trunk_id")
  public abstract Optional<String> inboundTrunkId();

  /** Famulor's internal outbound voice trunk ({@code ST_…}); only in get, create and update answers. */
  @JsonProperty("outbound_trunk_id")
  public abstract Optional<String> outboundTrunkId();

  @JsonProperty("created_at")
  public abstract Optional<Instant> createdAt();

  @JsonProperty("updated_at")
  public abstract Optional<Instant> updatedAt();

  /** Fields this SDK does not know yet, under Famulor's names, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalFields();

  /** Drops a {@code sip_password} should Famulor ever send one: it is write-only and never kept. */
  @Value.Check
  protected FamulorSipTrunk withoutSecrets() {
    if (!additionalFields().containsKey(FamulorFields.SIP_PASSWORD)) {
      return this;
    }
    Map<String, JsonNode> rest = new java.util.LinkedHashMap<>(additionalFields());
    rest.remove(FamulorFields.SIP_PASSWORD);
    return ImmutableFamulorSipTrunk.builder().from(this).additionalFields(rest).build();
  }

  public static ImmutableFamulorSipTrunk.Builder builder() {
    return ImmutableFamulorSipTrunk.builder();
  }
}

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
import io.trunkline.provider.famulor.internal.FamulorFields;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A SIP trunk as Famulor returns it (list, get, create and update). The SIP password is write-only and never
 * part of it. Fields Famulor adds later are kept in {@link #additionalFields()}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFamulorSipTrunk.class)
@JsonDeserialize(as = ImmutableFamulorSipTrunk.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({
  FamulorFields.ID, FamulorFields.PHONE_NUMBER, FamulorFields.NICKNAME, FamulorFields.SIP_USERNAME,
  FamulorFields.SIP_ADDRESS, FamulorFields.SIP_CALLING_FORMAT, FamulorFields.INBOUND_AUTHORIZATION_TYPE,
  FamulorFields.ALLOWED_INBOUND_IPS, FamulorFields.OUTBOUND_PROXY, FamulorFields.COUNTRY_CODE,
  FamulorFields.INBOUND_TRUNK_ID, FamulorFields.OUTBOUND_TRUNK_ID, FamulorFields.CREATED_AT,
  FamulorFields.UPDATED_AT
})
public abstract class FamulorSipTrunk {
  /** The trunk's id; also the id to delete it by. */
  @JsonProperty(FamulorFields.ID)
  public abstract long id();

  /** The extension ({@code 1000}) or the E.164 number ({@code +14155551234}). */
  @JsonProperty(FamulorFields.PHONE_NUMBER)
  public abstract String phoneNumber();

  /** A short label, up to 50 characters; empty when none is set. */
  @JsonProperty(FamulorFields.NICKNAME)
  public abstract Optional<String> nickname();

  @JsonProperty(FamulorFields.SIP_USERNAME)
  public abstract String sipUsername();

  /** The SIP server host, without a port. */
  @JsonProperty(FamulorFields.SIP_ADDRESS)
  public abstract String sipAddress();

  @JsonProperty(FamulorFields.SIP_CALLING_FORMAT)
  public abstract Optional<SipCallingFormat> sipCallingFormat();

  @JsonProperty(FamulorFields.INBOUND_AUTHORIZATION_TYPE)
  public abstract Optional<InboundAuthorizationType> inboundAuthorizationType();

  /** The source addresses allowed to send calls; empty unless the type is {@code ip} (Famulor sends null). */
  @JsonProperty(FamulorFields.ALLOWED_INBOUND_IPS)
  @JsonSetter(nulls = Nulls.AS_EMPTY)
  public abstract List<String> allowedInboundIps();

  /** Whether outbound calls leave through Famulor's fixed proxy IP. */
  @JsonProperty(FamulorFields.OUTBOUND_PROXY)
  public abstract Optional<Boolean> outboundProxy();

  /** ISO 3166 alpha-2 country of the trunk. */
  @JsonProperty(FamulorFields.COUNTRY_CODE)
  public abstract Optional<String> countryCode();

  /** Famulor's internal inbound voice trunk ({@code ST_…}); only in get, create and update answers. */
  @JsonProperty(FamulorFields.INBOUND_TRUNK_ID)
  public abstract Optional<String> inboundTrunkId();

  /** Famulor's internal outbound voice trunk ({@code ST_…}); only in get, create and update answers. */
  @JsonProperty(FamulorFields.OUTBOUND_TRUNK_ID)
  public abstract Optional<String> outboundTrunkId();

  @JsonProperty(FamulorFields.CREATED_AT)
  public abstract Optional<Instant> createdAt();

  @JsonProperty(FamulorFields.UPDATED_AT)
  public abstract Optional<Instant> updatedAt();

  /** Fields this SDK does not know yet, under Famulor's names, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalFields();

  /** Drops a SIP password should Famulor ever send one: it is write-only and never kept. */
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

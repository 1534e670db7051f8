package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of the update call ({@code PUT …/SipTrunk/{sid}} by default): the create fields, every one optional;
 * only those set are sent. The same rules apply as on create: a change of the type to 0 must carry the IP
 * addresses, to 1 the credentials.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSipTrunkUpdate.class)
@JsonDeserialize(as = ImmutableSipTrunkUpdate.class)
public abstract class SipTrunkUpdate {
  @JsonProperty(PropertiesV2Fields.NAME)
  public abstract Optional<String> name();

  @JsonProperty(PropertiesV2Fields.DEFAULT_CALLER_ID)
  public abstract Optional<String> defaultCallerId();

  @JsonProperty(PropertiesV2Fields.TYPE)
  public abstract Optional<SipTrunkType> type();

  /** Replaces the allowed CIDR blocks. */
  @JsonProperty(PropertiesV2Fields.IP_ADDRESSES)
  public abstract Optional<List<SipTrunkIpAddress>> ipAddresses();

  @JsonProperty(PropertiesV2Fields.CREDENTIALS)
  public abstract Optional<SipTrunkCredentials> credentials();

  /** Replaces the allowed countries. */
  @JsonProperty(PropertiesV2Fields.ALLOWED_COUNTRIES)
  public abstract Optional<List<SipTrunkAllowedCountry>> allowedCountries();

  @JsonProperty(PropertiesV2Fields.CHANNEL_LIMIT)
  public abstract Optional<Integer> channelLimit();

  @JsonProperty(PropertiesV2Fields.CUSTOMER_REFERENCE)
  public abstract Optional<String> customerReference();

  /** Further vendor fields, sent as given; a JSON {@code null} is sent as {@code null}. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  /** True when nothing is set. */
  @JsonIgnore
  public boolean isEmpty() {
    return name().isEmpty() && defaultCallerId().isEmpty() && type().isEmpty() && ipAddresses().isEmpty()
        && credentials().isEmpty() && allowedCountries().isEmpty() && channelLimit().isEmpty()
        && customerReference().isEmpty() && extraFields().isEmpty();
  }

  public static ImmutableSipTrunkUpdate.Builder builder() {
    return ImmutableSipTrunkUpdate.builder();
  }
}

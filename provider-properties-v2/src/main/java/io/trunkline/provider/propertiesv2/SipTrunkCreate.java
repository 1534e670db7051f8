package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /v2/Properties/{PropertySid}/SipTrunk}. The name, the default caller ID and the type
 * are required; type 0 (IP to IP) needs IP addresses, type 1 (authenticated) needs credentials. The client checks every documented rule before sending (see the module README).
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSipTrunkCreate.class)
@JsonDeserialize(as = ImmutableSipTrunkCreate.class)
public abstract class SipTrunkCreate {
  @JsonProperty(PropertiesV2Fields.NAME)
  public abstract String name();

  /** A non-shared-rate, non-toll-free Australian number in {@code +E.164}. */
  @JsonProperty(PropertiesV2Fields.DEFAULT_CALLER_ID)
  public abstract String defaultCallerId();

  @JsonProperty(PropertiesV2Fields.TYPE)
  public abstract SipTrunkType type();

  /** Required for {@link SipTrunkType#IP_TO_IP}. */
  @JsonProperty(PropertiesV2Fields.IP_ADDRESSES)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<SipTrunkIpAddress> ipAddresses();

  /** Required for {@link SipTrunkType#AUTHENTICATED}. */
  @JsonProperty(PropertiesV2Fields.CREDENTIALS)
  public abstract Optional<SipTrunkCredentials> credentials();

  /** Countries the trunk may call; the vendor's default is {@code AU}. */
  @JsonProperty(PropertiesV2Fields.ALLOWED_COUNTRIES)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<SipTrunkAllowedCountry> allowedCountries();

  /** The vendor's default is 1. */
  @JsonProperty(PropertiesV2Fields.CHANNEL_LIMIT)
  public abstract Optional<Integer> channelLimit();

  @JsonProperty(PropertiesV2Fields.CUSTOMER_REFERENCE)
  public abstract Optional<String> customerReference();

  /** Further vendor fields the document does not list, sent as given. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  public static ImmutableSipTrunkCreate.Builder builder() {
    return ImmutableSipTrunkCreate.builder();
  }
}

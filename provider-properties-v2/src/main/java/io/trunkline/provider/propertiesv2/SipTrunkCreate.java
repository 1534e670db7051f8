package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
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
 * The body of {@code POST /v2/Properties/{PropertySid}/SipTrunk}. {@code Name}, {@code DefaultCallerId} and
 * {@code Type} are required; {@code Type} 0 needs {@code SipTrunkIpAddresses}, {@code Type} 1 needs
 * {@code SipTrunkCredentials}. The client checks every documented rule before sending (see the module README).
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSipTrunkCreate.class)
@JsonDeserialize(as = ImmutableSipTrunkCreate.class)
public abstract class SipTrunkCreate {
  @JsonProperty("Name")
  public abstract String name();

  /** A non-shared-rate, non-toll-free Australian number in {@code +E.164}. */
  @JsonProperty("DefaultCallerId")
  public abstract String defaultCallerId();

  @JsonProperty("Type")
  public abstract SipTrunkType type();

  /** Required for {@link SipTrunkType#IP_TO_IP}. */
  @JsonProperty("SipTrunkIpAddresses")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<SipTrunkIpAddress> ipAddresses();

  /** Required for {@link SipTrunkType#AUTHENTICATED}. */
  @JsonProperty("SipTrunkCredentials")
  public abstract Optional<SipTrunkCredentials> credentials();

  /** Countries the trunk may call; the vendor's default is {@code AU}. */
  @JsonProperty("SipTrunkAllowedCountries")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<SipTrunkAllowedCountry> allowedCountries();

  /** The vendor's default is 1. */
  @JsonProperty("ChannelLimit")
  public abstract Optional<Integer> channelLimit();

  @JsonProperty("CustomerReference")
  public abstract Optional<String> customerReference();

  /** Further vendor fields the document does not list, sent as given. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  public static ImmutableSipTrunkCreate.Builder builder() {
    return ImmutableSipTrunkCreate.builder();
  }
}

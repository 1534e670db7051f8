package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
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

  /**
   * An update that repeats every writable field of {@code trunk} (the fields of the documented body): name, caller
   * ID, type, IP addresses, the credentials' realm, allowed countries, channel limit and customer reference. Change
   * what should change and send it: the trunk keeps the rest whether the vendor's {@code PUT} merges or replaces.
   * Fields the vendor sets or answers only ({@code SipTrunkSid}, {@code Created}, {@code Modified},
   * {@code ProvisioningState}, {@code EndDate}, {@code ExternalReference}, unknown fields) are not copied. The
   * vendor never returns the password: an authenticated trunk's update needs
   * {@code .credentials(SipTrunkCredentials.of(realm, password))}.
   */
  public static ImmutableSipTrunkUpdate.Builder builderFrom(SipTrunkDetails trunk) {
    ImmutableSipTrunkUpdate.Builder update = builder().name(trunk.name()).defaultCallerId(trunk.defaultCallerId())
        .type(trunk.type()).channelLimit(trunk.channelLimit()).customerReference(trunk.customerReference())
        .credentials(trunk.credentials().map(c -> SipTrunkCredentials.builder().from(c).password(
            java.util.Optional.empty()).build()));
    if (!trunk.ipAddresses().isEmpty()) {
      update.ipAddresses(trunk.ipAddresses());
    }
    if (!trunk.allowedCountries().isEmpty()) {
      update.allowedCountries(trunk.allowedCountries());
    }
    return update;
  }
}

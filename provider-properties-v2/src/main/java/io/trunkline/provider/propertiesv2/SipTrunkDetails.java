package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A SIP trunk as {@code GET …/SipTrunk/{sid}/Details} answers it: the common fields plus the allowed countries.
 * The document's excerpt stops there; the IP addresses and the credentials (the create fields) are read when the answer carries them, and anything else is in
 * {@link #extraFields()}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSipTrunkDetails.class)
@JsonDeserialize(as = ImmutableSipTrunkDetails.class)
public abstract class SipTrunkDetails implements SipTrunkFields {
  /** The countries the trunk may call. */
  @JsonProperty(PropertiesV2Fields.ALLOWED_COUNTRIES)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<SipTrunkAllowedCountry> allowedCountries();

  /** The allowed CIDR blocks of an IP-to-IP trunk, when the answer carries them. */
  @JsonProperty(PropertiesV2Fields.IP_ADDRESSES)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<SipTrunkIpAddress> ipAddresses();

  /** The realm of an authenticated trunk, when the answer carries it. */
  @JsonProperty(PropertiesV2Fields.CREDENTIALS)
  public abstract Optional<SipTrunkCredentials> credentials();

  public static ImmutableSipTrunkDetails.Builder builder() {
    return ImmutableSipTrunkDetails.builder();
  }
}

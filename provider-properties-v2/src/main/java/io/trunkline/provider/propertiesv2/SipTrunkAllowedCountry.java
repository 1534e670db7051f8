package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.provider.propertiesv2.internal.PropertiesV2Fields;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of the allowed countries: a country (ISO 3166 alpha-2) the trunk may call. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSipTrunkAllowedCountry.class)
@JsonDeserialize(as = ImmutableSipTrunkAllowedCountry.class)
public abstract class SipTrunkAllowedCountry implements TimestampedEntry {
  /** {@code AU}, {@code NZ}, … */
  @JsonProperty(PropertiesV2Fields.COUNTRY_CODE)
  public abstract String countryCode();

  /** Fields the document does not list (its details excerpt is cut after the country code), kept as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  /** The entry for {@code countryCode}. */
  public static SipTrunkAllowedCountry of(String countryCode) {
    return builder().countryCode(countryCode).build();
  }

  public static ImmutableSipTrunkAllowedCountry.Builder builder() {
    return ImmutableSipTrunkAllowedCountry.builder();
  }
}

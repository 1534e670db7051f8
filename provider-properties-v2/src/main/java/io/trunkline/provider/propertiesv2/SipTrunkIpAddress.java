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

/**
 * One entry of the IP addresses: a public IPv4 CIDR block allowed on an IP-to-IP trunk,
 * {@code 203.0.113.7/32} for one address, {@code /24} at the widest.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableSipTrunkIpAddress.class)
@JsonDeserialize(as = ImmutableSipTrunkIpAddress.class)
public abstract class SipTrunkIpAddress implements TimestampedEntry {
  @JsonProperty(PropertiesV2Fields.IP_ADDRESS)
  public abstract String ipAddress();

  /** Fields the document does not list, kept as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  /** The entry for {@code cidr}. */
  public static SipTrunkIpAddress of(String cidr) {
    return builder().ipAddress(cidr).build();
  }

  public static ImmutableSipTrunkIpAddress.Builder builder() {
    return ImmutableSipTrunkIpAddress.builder();
  }
}

package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An outbound proxy a channel can use ({@link ChannelSipTrunk#proxyId()}), from
 * {@code GET /v1/accounts/{accountId}/siptrunk-channel-proxies}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChannelProxy.class)
@JsonDeserialize(as = ImmutableChannelProxy.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ChannelProxy {
  /** {@code id}: a UUID. */
  @JsonProperty("id")
  public abstract String id();

  /** {@code name}: a display name, such as {@code Proxy 1}. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** Fields the document does not describe, kept as the vendor sent them. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  public static ImmutableChannelProxy.Builder builder() {
    return ImmutableChannelProxy.builder();
  }
}

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
 * The failover section ({@value io.trunkline.provider.channel.internal.ChannelFields#FAILOVER}) of edit channel: where
 * calls go when the channel is unreachable.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChannelFailover.class)
@JsonDeserialize(as = ImmutableChannelFailover.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ChannelFailover {
  /** {@code forward_to}: the number calls are forwarded to, as the vendor writes it ({@code "12345678"}). */
  @JsonProperty("forward_to")
  public abstract Optional<String> forwardTo();

  /** {@code external_caller_id}. */
  @JsonProperty("external_caller_id")
  public abstract Optional<Boolean> externalCallerId();

  /** Fields the document does not describe: sent as they are, and kept when read. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  public static ImmutableChannelFailover.Builder builder() {
    return ImmutableChannelFailover.builder();
  }
}

package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.provider.channel.internal.ChannelFields;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The vendor's answer to edit channel: an object with the channel's name
 * ({@value io.trunkline.provider.channel.internal.ChannelFields#CHANNEL_NAME}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChannelEditResult.class)
@JsonDeserialize(as = ImmutableChannelEditResult.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ChannelEditResult {
  /**
   * The channel's name, as answered; empty when the vendor answered without a body. (The document's example
   * answers the placeholder {@code "name"} to a rename.) The neutral {@code update} takes it as the trunk's id.
   */
  @JsonProperty(ChannelFields.CHANNEL_NAME)
  public abstract Optional<String> channelName();

  /** Fields the document does not describe, kept as the vendor sent them. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  public static ImmutableChannelEditResult.Builder builder() {
    return ImmutableChannelEditResult.builder();
  }
}

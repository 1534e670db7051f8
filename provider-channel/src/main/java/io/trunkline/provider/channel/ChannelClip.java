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
 * The CLIP section ({@value io.trunkline.provider.channel.internal.ChannelFields#CLIP}) of edit channel: calling line
 * identification. Only the fields set are sent.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChannelClip.class)
@JsonDeserialize(as = ImmutableChannelClip.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ChannelClip {
  /** {@code ten_digits_length}. */
  @JsonProperty("ten_digits_length")
  public abstract Optional<Boolean> tenDigitsLength();

  /** {@code method}: where the caller's number is taken from (0, 1, 2, 3 or 5). */
  @JsonProperty("method")
  public abstract Optional<ClipMethod> method();

  /** {@code deny}. */
  @JsonProperty("deny")
  public abstract Optional<Boolean> deny();

  /** {@code restrict_value}. */
  @JsonProperty("restrict_value")
  public abstract Optional<String> restrictValue();

  /** Fields the document does not describe: sent as they are, and kept when read. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  public static ImmutableChannelClip.Builder builder() {
    return ImmutableChannelClip.builder();
  }
}

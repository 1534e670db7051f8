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
 * The DID section ({@value io.trunkline.provider.channel.internal.ChannelFields#DID}) of edit channel: how the dialled
 * number is passed on. Only the fields set are sent.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChannelDid.class)
@JsonDeserialize(as = ImmutableChannelDid.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ChannelDid {
  /** {@code ten_digits_length}. */
  @JsonProperty("ten_digits_length")
  public abstract Optional<Boolean> tenDigitsLength();

  /** {@code in_display_name}. */
  @JsonProperty("in_display_name")
  public abstract Optional<Boolean> inDisplayName();

  /** {@code to_header}. */
  @JsonProperty("to_header")
  public abstract Optional<Boolean> toHeader();

  /** {@code uri_header}. */
  @JsonProperty("uri_header")
  public abstract Optional<Boolean> uriHeader();

  /** {@code filter}. */
  @JsonProperty("filter")
  public abstract Optional<String> filter();

  /** Fields the document does not describe: sent as they are, and kept when read. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  public static ImmutableChannelDid.Builder builder() {
    return ImmutableChannelDid.builder();
  }
}

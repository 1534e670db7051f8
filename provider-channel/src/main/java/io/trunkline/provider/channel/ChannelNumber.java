package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.provider.channel.internal.ChannelFields;
import java.util.Map;
import org.immutables.value.Value;

/** A number connected to a channel: the body of {@code POST /v1/channel-number} and the vendor's answer to it. */
@Value.Immutable
@JsonSerialize(as = ImmutableChannelNumber.class)
@JsonDeserialize(as = ImmutableChannelNumber.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ChannelNumber {
  /**
   * The channel the number is linked to ({@value io.trunkline.provider.channel.internal.ChannelFields#CHANNEL_NAME}).
   */
  @JsonProperty(ChannelFields.CHANNEL_NAME)
  public abstract String channelName();

  /** {@code number}: the number in E.164 format, such as {@code +31500000000}. */
  @JsonProperty("number")
  public abstract String number();

  /** Fields the document does not describe, kept as the vendor sent them. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  public static ChannelNumber of(String channelName, String number) {
    return builder().channelName(channelName).number(number).build();
  }

  public static ImmutableChannelNumber.Builder builder() {
    return ImmutableChannelNumber.builder();
  }
}

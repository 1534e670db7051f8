package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.provider.channel.internal.ChannelFields;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A caller ID the account may present on its channels
 * ({@code GET /v1/accounts/{accountId}/siptrunk-channel-callerids}).
 * The vendor writes the field in camelCase ({@code callerId}); the edit's snake_case spelling
 * ({@value io.trunkline.provider.channel.internal.ChannelFields#CALLER_ID}) is read too.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChannelCallerId.class)
@JsonDeserialize(as = ImmutableChannelCallerId.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ChannelCallerId {
  /** {@code callerId}: the number, E.164 such as {@code +4921100000000}. */
  @JsonProperty("callerId")
  @JsonAlias(ChannelFields.CALLER_ID)
  public abstract String callerId();

  /** Fields the document does not describe, kept as the vendor sent them. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  public static ImmutableChannelCallerId.Builder builder() {
    return ImmutableChannelCallerId.builder();
  }
}

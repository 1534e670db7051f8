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
 * A call barring the account may set on a channel ({@code GET /v1/accounts/{accountId}/siptrunk-channel-callbarrings});
 * its {@link #code()} goes into the edit's call barrings
 * ({@value io.trunkline.provider.channel.internal.ChannelFields#CALL_BARRINGS}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChannelCallBarring.class)
@JsonDeserialize(as = ImmutableChannelCallBarring.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ChannelCallBarring {
  /** {@code code}: such as {@code DENUMINFO}; codes are account-specific. */
  @JsonProperty("code")
  public abstract String code();

  /** {@code name}: such as {@code Auskunft}. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** Fields the document does not describe, kept as the vendor sent them. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  public static ImmutableChannelCallBarring.Builder builder() {
    return ImmutableChannelCallBarring.builder();
  }
}

package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The Microsoft Teams section
 * ({@value io.trunkline.provider.channel.internal.ChannelFields#MICROSOFT_TEAMS_CONFIGURATION}) of edit channel.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMicrosoftTeamsConfiguration.class)
@JsonDeserialize(as = ImmutableMicrosoftTeamsConfiguration.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class MicrosoftTeamsConfiguration {
  /** {@code microsoft_tenant_id}: the customer's Microsoft 365 tenant, a UUID. Required in this section. */
  @JsonProperty("microsoft_tenant_id")
  public abstract String microsoftTenantId();

  /** Fields the document does not describe: sent as they are, and kept when read. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extraFields();

  public static MicrosoftTeamsConfiguration of(String microsoftTenantId) {
    return builder().microsoftTenantId(microsoftTenantId).build();
  }

  public static ImmutableMicrosoftTeamsConfiguration.Builder builder() {
    return ImmutableMicrosoftTeamsConfiguration.builder();
  }
}

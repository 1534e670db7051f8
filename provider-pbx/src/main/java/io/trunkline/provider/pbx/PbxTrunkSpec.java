package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.core.Secret;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/providers} (create a trunk). Required by the PBX, and checked before sending:
 * {@code name}, {@code transport}, {@code hostname}, {@code port}, {@code outbound_server},
 * {@code outbound_server_port} and {@code concurrency}. {@code brand} and {@code auth_mode} can be set only
 * here. {@link #extra()} carries fields of later PBX versions under their own names, sent as given.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePbxTrunkSpec.class)
@JsonDeserialize(as = ImmutablePbxTrunkSpec.class)
public abstract class PbxTrunkSpec implements PbxTrunkSettings {
  /** {@code brand}: the trunk's brand, 1 to 64 characters. */
  @JsonProperty("brand")
  public abstract Optional<String> brand();

  /** {@code auth_mode}: how the trunk authenticates. */
  @JsonProperty("auth_mode")
  public abstract Optional<PbxAuthMode> authMode();

  /** {@code password}: the trunk's SIP password; write-only, printed as {@code ****}. */
  @JsonProperty("password")
  @JsonSerialize(contentUsing = PbxSecretSerializer.class)
  public abstract Optional<Secret> password();

  /** Further fields under the PBX's own names, sent as given. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  public static ImmutablePbxTrunkSpec.Builder builder() {
    return ImmutablePbxTrunkSpec.builder();
  }
}

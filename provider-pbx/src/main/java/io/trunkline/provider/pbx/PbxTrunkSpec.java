package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.core.Secret;
import io.trunkline.provider.pbx.internal.PbxFields;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/providers} (create a trunk). Required by the PBX, and checked before sending:
 * the name, transport, host name, port, outbound server and its port, and the concurrency limit. The brand
 * and the auth mode can be set only here. {@link #extra()} carries fields of later PBX versions under their own
 * names, sent as given.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePbxTrunkSpec.class)
@JsonDeserialize(as = ImmutablePbxTrunkSpec.class)
public abstract class PbxTrunkSpec implements PbxTrunkSettings {
  /** the trunk's brand, 1 to 64 characters. */
  @JsonProperty(PbxFields.BRAND)
  public abstract Optional<String> brand();

  /** how the trunk authenticates. */
  @JsonProperty(PbxFields.AUTH_MODE)
  public abstract Optional<PbxAuthMode> authMode();

  /** the trunk's SIP password; write-only, printed as {@code ****}. */
  @JsonProperty(PbxFields.PASSWORD)
  public abstract Optional<Secret> password();

  /** Further fields under the PBX's own names, sent as given. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  public static ImmutablePbxTrunkSpec.Builder builder() {
    return ImmutablePbxTrunkSpec.builder();
  }
}

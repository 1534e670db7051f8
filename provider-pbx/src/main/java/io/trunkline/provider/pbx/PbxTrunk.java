package io.trunkline.provider.pbx;

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
 * A trunk as the PBX reports it (its "provider" object): the detail of {@code GET /api/providers/{id}}, or an
 * item of {@code GET /api/providers}, which carries only {@code id, name, enabled, brand, hostname, port,
 * did_numbers, shared}. Fields this SDK does not know (added by later PBX versions) are kept in {@link #extra()};
 * {@link PbxTrunkUpdate#from(PbxTrunk)} sends them back, so a read-modify-write loses nothing. The PBX never
 * returns the password; a {@code password} field in an answer is dropped, never kept.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePbxTrunk.class)
@JsonDeserialize(using = PbxTrunkDeserializer.class)
public abstract class PbxTrunk implements PbxTrunkSettings {
  /** {@code id}: the PBX's opaque id ({@code NzAwNTUxOTA5NzczMTQ4MTYw}); never parse it. */
  @JsonProperty("id")
  public abstract String id();

  /** {@code brand}: the trunk's brand, 1 to 64 characters; set on create only. */
  @JsonProperty("brand")
  public abstract Optional<String> brand();

  /** {@code auth_mode}: how the trunk authenticates; set on create only. */
  @JsonProperty("auth_mode")
  public abstract Optional<PbxAuthMode> authMode();

  /** {@code shared}: whether the trunk is shared with tenants (read-only). */
  @JsonProperty("shared")
  public abstract Optional<Boolean> shared();

  /** Fields the PBX sent that this SDK does not model, under their own names, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  public static ImmutablePbxTrunk.Builder builder() {
    return ImmutablePbxTrunk.builder();
  }
}

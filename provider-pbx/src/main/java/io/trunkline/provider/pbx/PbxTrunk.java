package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.provider.pbx.internal.PbxFields;
import io.trunkline.provider.pbx.internal.PbxTrunkDeserializer;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A trunk as the PBX reports it (its "provider" object): the detail of {@code GET /api/providers/{id}}, or an
 * item of {@code GET /api/providers}, which carries only the PBX's summary (id, name, enabled flag, brand, host, port,
 * DID numbers, shared flag). Fields this SDK does not know (added by later PBX versions) are kept in {@link #extra()};
 * {@link PbxTrunkUpdate#from(PbxTrunk)} sends them back, so a read-modify-write loses nothing. The PBX never
 * returns the password; a {@code password} field in an answer is dropped, never kept.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePbxTrunk.class)
@JsonDeserialize(using = PbxTrunkDeserializer.class)
public abstract class PbxTrunk implements PbxTrunkSettings {
  /** the PBX's opaque id ({@code NzAwNTUxOTA5NzczMTQ4MTYw}); never parse it. */
  @JsonProperty(PbxFields.ID)
  public abstract String id();

  /** the trunk's brand, 1 to 64 characters; set on create only. */
  @JsonProperty(PbxFields.BRAND)
  public abstract Optional<String> brand();

  /** how the trunk authenticates; set on create only. */
  @JsonProperty(PbxFields.AUTH_MODE)
  public abstract Optional<PbxAuthMode> authMode();

  /** whether the trunk is shared with tenants (read-only). */
  @JsonProperty(PbxFields.SHARED)
  public abstract Optional<Boolean> shared();

  /** Fields the PBX sent that this SDK does not model, under their own names, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  public static ImmutablePbxTrunk.Builder builder() {
    return ImmutablePbxTrunk.builder();
  }
}

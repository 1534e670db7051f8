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

/** The answer of {@code GET /api/providers/{id}/status}: {@code {"status": "ONLINE"}}. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePbxTrunkStatus.class)
@JsonDeserialize(as = ImmutablePbxTrunkStatus.class)
public abstract class PbxTrunkStatus {
  /** {@code status}: {@code ONLINE} or {@code OFFLINE}. */
  @JsonProperty("status")
  public abstract Optional<PbxStatus> status();

  /** Fields of later PBX versions, kept as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  public static ImmutablePbxTrunkStatus.Builder builder() {
    return ImmutablePbxTrunkStatus.builder();
  }
}

package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.provider.pbx.internal.PbxFields;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/providers/{id}/assignees/{tenant_id}}: what part of the trunk a tenant gets.
 * Both fields are optional.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePbxAssignment.class)
@JsonDeserialize(as = ImmutablePbxAssignment.class)
public abstract class PbxAssignment {
  /** {@code ;}-separated DID numbers and ranges of the trunk for the tenant. */
  @JsonProperty(PbxFields.DID_NUMBERS)
  public abstract Optional<String> didNumbers();

  /** the tenant's share of concurrent calls. */
  @JsonProperty(PbxFields.CONCURRENCY)
  public abstract Optional<Integer> concurrency();

  /** Further fields under the PBX's own names, sent as given. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  public static ImmutablePbxAssignment.Builder builder() {
    return ImmutablePbxAssignment.builder();
  }
}

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
 * A tenant a trunk is assigned to ({@code GET /api/providers/{id}/assignees} and
 * {@code GET /api/providers/{id}/assignees/{tenant_id}}). The single-tenant answer carries {@code tenant_id} and
 * {@code tenant_name} only from PBX v22.8 on.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePbxAssignee.class)
@JsonDeserialize(as = ImmutablePbxAssignee.class)
public abstract class PbxAssignee {
  /** {@code tenant_id}. */
  @JsonProperty("tenant_id")
  public abstract Optional<String> tenantId();

  /** {@code tenant_name} (PBX v22.8 and later). */
  @JsonProperty("tenant_name")
  public abstract Optional<String> tenantName();

  /** the DID numbers and ranges of the trunk given to this tenant. */
  @JsonProperty(PbxFields.DID_NUMBERS)
  public abstract Optional<String> didNumbers();

  /** the tenant's share of concurrent calls. */
  @JsonProperty(PbxFields.CONCURRENCY)
  public abstract Optional<Integer> concurrency();

  /** Fields of later PBX versions, kept as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  public static ImmutablePbxAssignee.Builder builder() {
    return ImmutablePbxAssignee.builder();
  }
}

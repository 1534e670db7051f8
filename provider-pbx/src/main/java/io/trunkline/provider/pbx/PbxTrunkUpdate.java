package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Secret;
import io.trunkline.core.spi.Json;
import io.trunkline.provider.pbx.internal.PbxFields;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/providers/{id}} (update a trunk): only the fields set are sent and changed.
 * The brand and the auth mode are fixed at creation; the PBX refuses them here, and so does this SDK
 * (before sending) when they are put in {@link #extra()}. {@link #from(PbxTrunk)} starts a read-modify-write.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePbxTrunkUpdate.class)
@JsonDeserialize(as = ImmutablePbxTrunkUpdate.class)
public abstract class PbxTrunkUpdate implements PbxTrunkSettings {
  /** a new SIP password; write-only, printed as {@code ****}. */
  @JsonProperty(PbxFields.PASSWORD)
  public abstract Optional<Secret> password();

  /** Further fields under the PBX's own names, sent as given (a JSON {@code null} is sent as {@code null}). */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /**
   * The settings of the trunk {@link #from(PbxTrunk)} started with, as JSON; never sent. {@link PbxClient#update}
   * sends (and checks) only the fields whose value differs from these.
   */
  @JsonIgnore
  @Value.Auxiliary
  public abstract Optional<ObjectNode> origin();

  /**
   * A builder holding every writable setting of {@code trunk}, including the fields this SDK does not know
   * ({@link PbxTrunk#extra()}), but not its read-only id and shared flag, and the create-only brand and auth
   * mode: change what you need and send it back. The update remembers {@code trunk} ({@link #origin()}), so only
   * what you changed is sent and checked: values the PBX returned are not refused for rules they predate.
   */
  public static ImmutablePbxTrunkUpdate.Builder from(PbxTrunk trunk) {
    ImmutablePbxTrunkUpdate.Builder builder = ImmutablePbxTrunkUpdate.builder().from((PbxTrunkSettings) trunk)
        .putAllExtra(trunk.extra());
    ObjectNode origin = Json.mapper().valueToTree(builder.build());
    return builder.origin(origin);
  }

  public static ImmutablePbxTrunkUpdate.Builder builder() {
    return ImmutablePbxTrunkUpdate.builder();
  }
}

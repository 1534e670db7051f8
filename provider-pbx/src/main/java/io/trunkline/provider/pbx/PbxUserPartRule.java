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
 * One rule of {@link PbxOutboundParameters} for a user part or display name:
 * {@code {"value": ..., "custom_value": ...}};
 * {@code custom_value} is used when {@code value} is {@link PbxUserPartSource#CUSTOM}.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutablePbxUserPartRule.class)
@JsonDeserialize(as = ImmutablePbxUserPartRule.class)
public abstract class PbxUserPartRule {
  /** {@code value}. */
  @JsonProperty("value")
  public abstract Optional<PbxUserPartSource> value();

  /** {@code custom_value}: the text used when {@code value} is {@code CUSTOM}. */
  @JsonProperty("custom_value")
  public abstract Optional<String> customValue();

  /** Fields of later PBX versions, kept as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> extra();

  /** A rule with {@code value} and no custom value. */
  public static PbxUserPartRule of(PbxUserPartSource value) {
    return builder().value(value).build();
  }

  /** A {@code CUSTOM} rule with {@code customValue}. */
  public static PbxUserPartRule custom(String customValue) {
    return builder().value(PbxUserPartSource.CUSTOM).customValue(customValue).build();
  }

  public static ImmutablePbxUserPartRule.Builder builder() {
    return ImmutablePbxUserPartRule.builder();
  }
}

package io.trunkline.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One field a step writes: its name ({@code host}, {@code attributes.outbound_server}), the value the vendor has and
 * the value to write. A secret never has values here: {@link #after()} is {@code "(set)"} or {@code "(changed)"}, and
 * {@link #note()} says why a write-only field is sent.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableFieldChange.class)
@JsonDeserialize(as = ImmutableFieldChange.class)
@JsonPropertyOrder({"field", "before", "after", "secret", "note"})
public abstract class FieldChange {
  public abstract String field();

  /** The live value; empty on create or when the vendor has none. */
  public abstract Optional<JsonNode> before();

  /** The value to write ({@code (set)}/{@code (changed)} for a secret). */
  public abstract Optional<JsonNode> after();

  @Value.Default
  public boolean secret() {
    return false;
  }

  /** Why a write-only field is sent: {@code rotation asked}, {@code the vendor requires it on every update}. */
  public abstract Optional<String> note();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FieldChange}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableFieldChange.Builder {
    Builder() {}
  }
}

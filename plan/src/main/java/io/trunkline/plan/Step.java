package io.trunkline.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One write of a plan at one account: create a trunk, update the fields that differ, or delete it. The request it
 * sends ({@link #spec()}, {@link #update()}) is kept for {@link Applier} and never printed: its JSON form is the
 * action, the trunk and the {@link #changes()}. A step read back from JSON carries no request: a saved plan is
 * applied by planning again from its desired state and checking the result is the same ({@link Applier#applySaved}).
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableStep.class)
@JsonDeserialize(as = ImmutableStep.class)
@JsonPropertyOrder({"action", "name", "id", "changes"})
public abstract class Step {
  /** What a step does. */
  public enum Action {
    CREATE("+"),
    UPDATE("~"),
    DELETE("-");

    private final String symbol;

    Action(String symbol) {
      this.symbol = symbol;
    }

    /** {@code +}, {@code ~} or {@code -}. */
    public String symbol() {
      return symbol;
    }
  }

  public abstract Action action();

  /** The trunk's name (its key); for a live trunk without a name, empty. */
  public abstract Optional<String> name();

  /** The vendor's id; empty on create. */
  public abstract Optional<String> id();

  /** The fields written, old and new (empty for a delete). */
  public abstract List<FieldChange> changes();

  /** What a create sends. */
  @JsonIgnore
  @Value.Auxiliary
  @Value.Redacted
  public abstract Optional<TrunkSpec> spec();

  /** What an update sends. */
  @JsonIgnore
  @Value.Auxiliary
  @Value.Redacted
  public abstract Optional<TrunkUpdate> update();

  /** {@code "Berlin main" (id 7)}, as the human plan names it. */
  @JsonIgnore
  public String label() {
    // Quoted as JSON, so a name with quotes or line breaks stays on its line.
    String named = name().map(n -> com.fasterxml.jackson.databind.node.TextNode.valueOf(n).toString())
        .orElse("(no name)");
    return named + id().map(i -> " (id " + i + ")").orElse("");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Step}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableStep.Builder {
    Builder() {}
  }
}

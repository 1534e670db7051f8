package io.trunkline.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One trunk that differs between two inventory snapshots: added, removed, or changed field by field. */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableTrunkDiff.class)
@JsonPropertyOrder({"kind", "account", "provider", "id", "name", "changes"})
public abstract class TrunkDiff {
  /** How a trunk differs. */
  public enum Kind {
    ADDED("+"),
    REMOVED("-"),
    CHANGED("~");

    private final String symbol;

    Kind(String symbol) {
      this.symbol = symbol;
    }

    /** {@code +}, {@code -} or {@code ~}. */
    public String symbol() {
      return symbol;
    }
  }

  public abstract Kind kind();

  /** The account the snapshot names; empty for a snapshot of one provider. */
  public abstract Optional<String> account();

  public abstract String provider();

  public abstract String id();

  /** The name in the newer snapshot (for a removed trunk, the older). */
  public abstract Optional<String> name();

  /** Field by field, old and new ({@code attributes.x} for a vendor field); empty unless changed. */
  public abstract List<FieldChange> changes();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrunkDiff}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableTrunkDiff.Builder {
    Builder() {}
  }
}

package io.trunkline.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The live registration state of one trunk. */
@Value.Immutable
@JsonSerialize(as = ImmutableTrunkStatus.class)
@JsonDeserialize(as = ImmutableTrunkStatus.class)
public abstract class TrunkStatus {
  public abstract String id();

  public abstract Registration registration();

  /** The vendor's own status value, as it sent it. */
  public abstract Optional<String> vendorStatus();

  public abstract Map<String, JsonNode> attributes();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrunkStatus}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableTrunkStatus.Builder {
    Builder() {}
  }

  /** Live registration state of a trunk as its vendor reports it. */
  public enum Registration {
    ONLINE,
    OFFLINE,
    UNKNOWN
  }
}

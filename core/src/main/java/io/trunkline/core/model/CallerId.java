package io.trunkline.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A caller ID (presentation number) the account may use. Vendor fields are in {@link #attributes()}. */
@Value.Immutable
@JsonSerialize(as = ImmutableCallerId.class)
@JsonDeserialize(as = ImmutableCallerId.class)
public abstract class CallerId {
  public abstract String provider();

  public abstract String number();

  public abstract Optional<String> id();

  public abstract Optional<String> name();

  public abstract Map<String, JsonNode> attributes();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallerId}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableCallerId.Builder {
    Builder() {}
  }
}

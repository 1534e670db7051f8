package io.trunkline.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A trunk (channel) template. Vendor fields beyond id and name are in {@link #attributes()}. */
@Value.Immutable
@JsonSerialize(as = ImmutableTemplate.class)
@JsonDeserialize(as = ImmutableTemplate.class)
public abstract class Template {
  public abstract String provider();

  public abstract String id();

  public abstract Optional<String> name();

  public abstract Map<String, JsonNode> attributes();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Template}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableTemplate.Builder {
    Builder() {}
  }
}

package io.trunkline.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.core.model.NeutralField;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One field of a vendor's trunk as a caller sees it before sending: the neutral field it maps to (if any), the
 * vendor field it is written as (if any; otherwise a neutral field the vendor lacks), and what create and update do
 * with it. A vendor field without a neutral field goes in {@code attributes} under its own name.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFieldRequirement.class)
@JsonDeserialize(as = ImmutableFieldRequirement.class)
@JsonPropertyOrder({"label", "neutralField", "vendorField", "onCreate", "onUpdate", "readOnly", "writeOnly", "secret",
    "description"})
public abstract class FieldRequirement {
  public abstract Optional<NeutralField> neutralField();

  /** The vendor's JSON name. */
  public abstract Optional<String> vendorField();

  public abstract Requirement onCreate();

  public abstract Requirement onUpdate();

  /** Set by the vendor only; never sent. */
  @Value.Default
  public boolean readOnly() {
    return false;
  }

  /** Sent but never returned (passwords). */
  @Value.Default
  public boolean writeOnly() {
    return false;
  }

  /** Masked in every {@code toString}, log line, message and JSON form. */
  @Value.Default
  public boolean secret() {
    return false;
  }

  /** The vendor's rule or accepted values, in words. */
  public abstract Optional<String> description();

  /** How a caller names it: {@code host (sip_address)}, {@code attributes.outbound_server}, {@code port}. */
  @Value.Derived
  public String label() {
    if (neutralField().isPresent()) {
      return neutralField().get().property() + vendorField().map(v -> " (" + v + ")").orElse("");
    }
    return "attributes." + vendorField().orElse("?");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FieldRequirement}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableFieldRequirement.Builder {
    Builder() {}
  }

  /** What a provider does with a field on create or on update. */
  public enum Requirement {
    /** Must be given. */
    REQUIRED,
    /** May be given; sent when it is. */
    ACCEPTED,
    /** May be given; not sent (the vendor has no place for it). */
    IGNORED,
    /** Must not be given: the request is refused before anything is sent. */
    REFUSED
  }
}

package io.trunkline.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.core.Secret;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change to a trunk: only the fields set are changed. Vendor fields go in {@link #attributes()} under the
 * vendor's own names; a JSON {@code null} there clears the field where the vendor allows it.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableTrunkUpdate.class)
@JsonDeserialize(as = ImmutableTrunkUpdate.class)
public abstract class TrunkUpdate {
  public abstract Optional<String> name();

  public abstract Optional<String> host();

  public abstract Optional<Integer> port();

  public abstract Optional<Transport> transport();

  public abstract Optional<AuthMode> authMode();

  public abstract Optional<String> username();

  /** The SIP password; printed as {@code ****}. */
  public abstract Optional<Secret> password();

  public abstract Optional<List<String>> allowedIps();

  public abstract Optional<List<String>> numbers();

  public abstract Optional<String> callerId();

  public abstract Optional<Integer> maxChannels();

  public abstract Optional<String> countryCode();

  public abstract Map<String, JsonNode> attributes();

  /** True when nothing is set. */
  @JsonIgnore
  public boolean isEmpty() {
    return name().isEmpty() && host().isEmpty() && port().isEmpty() && transport().isEmpty()
        && authMode().isEmpty() && username().isEmpty() && password().isEmpty() && allowedIps().isEmpty()
        && numbers().isEmpty() && callerId().isEmpty() && maxChannels().isEmpty() && countryCode().isEmpty()
        && attributes().isEmpty();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrunkUpdate}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableTrunkUpdate.Builder {
    Builder() {}
  }
}

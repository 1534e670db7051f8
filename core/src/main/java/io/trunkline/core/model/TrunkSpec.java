package io.trunkline.core.model;

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
 * What to create: the neutral fields, plus {@link #attributes()} for the vendor's own fields under its own
 * names (for the PBX, {@code outbound_server}, …). Each provider says in its README which fields it needs.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonSerialize(as = ImmutableTrunkSpec.class)
@JsonDeserialize(as = ImmutableTrunkSpec.class)
public abstract class TrunkSpec {
  public abstract Optional<String> name();

  public abstract Optional<String> host();

  public abstract Optional<Integer> port();

  public abstract Optional<Transport> transport();

  public abstract Optional<AuthMode> authMode();

  public abstract Optional<String> username();

  /** The SIP password; printed as {@code ****}. */
  public abstract Optional<Secret> password();

  public abstract List<String> allowedIps();

  public abstract List<String> numbers();

  public abstract Optional<String> callerId();

  public abstract Optional<Integer> maxChannels();

  public abstract Optional<String> countryCode();

  /** Vendor fields under the vendor's own names. */
  public abstract Map<String, JsonNode> attributes();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TrunkSpec}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableTrunkSpec.Builder {
    Builder() {}
  }
}

package io.trunkline.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A SIP trunk at any vendor, in one shape. Its JSON form is a contract: the command line prints it and users
 * store it. Fields the vendor does not report are empty ({@code null} in JSON; lists {@code []}); every other
 * vendor field is kept in {@link #attributes()} under the vendor's own name, secrets excluded.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSipTrunk.class)
@JsonDeserialize(as = ImmutableSipTrunk.class)
@JsonPropertyOrder({
  "provider", "id", "name", "state", "host", "port", "transport", "authMode", "username", "allowedIps",
  "numbers", "callerId", "maxChannels", "countryCode", "createdAt", "updatedAt", "attributes"
})
public abstract class SipTrunk {
  /** The provider id: {@code famulor}, {@code properties-v2}, {@code channel}, {@code pbx}, {@code flex}. */
  public abstract String provider();

  /** The vendor's own id, as a string. */
  public abstract String id();

  public abstract Optional<String> name();

  public abstract Optional<TrunkState> state();

  /** SIP server or gateway address. */
  public abstract Optional<String> host();

  public abstract Optional<Integer> port();

  public abstract Optional<Transport> transport();

  public abstract Optional<AuthMode> authMode();

  /** SIP auth user name; never a password. */
  public abstract Optional<String> username();

  /** IP addresses or CIDR blocks allowed. */
  public abstract List<String> allowedIps();

  /** Numbers on the trunk, as the vendor writes them (DIDs, extensions, ranges). */
  public abstract List<String> numbers();

  public abstract Optional<String> callerId();

  public abstract Optional<Integer> maxChannels();

  /** ISO 3166 country. */
  public abstract Optional<String> countryCode();

  public abstract Optional<Instant> createdAt();

  public abstract Optional<Instant> updatedAt();

  /** Every other vendor field under its own name, with the vendor's JSON value. */
  public abstract Map<String, JsonNode> attributes();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SipTrunk}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableSipTrunk.Builder {
    Builder() {}
  }
}

package io.trunkline.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@link SipTrunk} that {@link SipTrunk.Builder} builds and JSON reads: this class holds the values a listed trunk
 * mostly has (provider, id, name, state, host, port, numbers, attributes: 8 references, 48 bytes), and
 * {@link FullSipTrunk}, which the builder makes when any other value is set, adds the nine others (80 bytes, as the
 * generated Immutables class it replaces). Optional values are held bare (null when absent), their {@code Optional} made on access.
 * Equality, hash code, {@code toString} and the JSON form are those of the Immutables class: equal to any
 * {@code ImmutableSipTrunk} (of either layout) with the same values.
 */
sealed class ImmutableSipTrunk extends SipTrunk permits FullSipTrunk {
  private final String provider;
  private final String id;
  private final String name;
  private final TrunkState state;
  private final String host;
  private final Integer port;
  private final List<String> numbers;
  private final AttributeMap attributes;

  ImmutableSipTrunk(String provider, String id, String name, TrunkState state, String host, Integer port,
      List<String> numbers, AttributeMap attributes) {
    this.provider = provider;
    this.id = id;
    this.name = name;
    this.state = state;
    this.host = host;
    this.port = port;
    this.numbers = numbers;
    this.attributes = attributes;
  }

  // The values only a FullSipTrunk holds: absent here.

  Transport transportValue() {
    return null;
  }

  AuthMode authModeValue() {
    return null;
  }

  String usernameValue() {
    return null;
  }

  List<String> allowedIpsValue() {
    return StringList.EMPTY;
  }

  String callerIdValue() {
    return null;
  }

  Integer maxChannelsValue() {
    return null;
  }

  String countryCodeValue() {
    return null;
  }

  Instant createdAtValue() {
    return null;
  }

  Instant updatedAtValue() {
    return null;
  }

  @JsonProperty(value = "provider", required = true)
  @Override
  public final String provider() {
    return provider;
  }

  @JsonProperty(value = "id", required = true)
  @Override
  public final String id() {
    return id;
  }

  @JsonProperty("name")
  @Override
  public final Optional<String> name() {
    return Optional.ofNullable(name);
  }

  @JsonProperty("state")
  @Override
  public final Optional<TrunkState> state() {
    return Optional.ofNullable(state);
  }

  @JsonProperty("host")
  @Override
  public final Optional<String> host() {
    return Optional.ofNullable(host);
  }

  @JsonProperty("port")
  @Override
  public final Optional<Integer> port() {
    return Optional.ofNullable(port);
  }

  @JsonProperty("transport")
  @Override
  public final Optional<Transport> transport() {
    return Optional.ofNullable(transportValue());
  }

  @JsonProperty("authMode")
  @Override
  public final Optional<AuthMode> authMode() {
    return Optional.ofNullable(authModeValue());
  }

  @JsonProperty("username")
  @Override
  public final Optional<String> username() {
    return Optional.ofNullable(usernameValue());
  }

  @JsonProperty("allowedIps")
  @Override
  public final List<String> allowedIps() {
    return allowedIpsValue();
  }

  @JsonProperty("numbers")
  @Override
  public final List<String> numbers() {
    return numbers;
  }

  @JsonProperty("callerId")
  @Override
  public final Optional<String> callerId() {
    return Optional.ofNullable(callerIdValue());
  }

  @JsonProperty("maxChannels")
  @Override
  public final Optional<Integer> maxChannels() {
    return Optional.ofNullable(maxChannelsValue());
  }

  @JsonProperty("countryCode")
  @Override
  public final Optional<String> countryCode() {
    return Optional.ofNullable(countryCodeValue());
  }

  @JsonProperty("createdAt")
  @Override
  public final Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAtValue());
  }

  @JsonProperty("updatedAt")
  @Override
  public final Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAtValue());
  }

  @JsonProperty("attributes")
  @Override
  public final Map<String, JsonNode> attributes() {
    return attributes;
  }

  /** Equal to every {@code ImmutableSipTrunk} with equal values, whichever its layout. */
  @Override
  public final boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof ImmutableSipTrunk)) {
      return false;
    }
    ImmutableSipTrunk other = (ImmutableSipTrunk) another;
    return provider.equals(other.provider)
        && id.equals(other.id)
        && Objects.equals(name, other.name)
        && Objects.equals(state, other.state)
        && Objects.equals(host, other.host)
        && Objects.equals(port, other.port)
        && Objects.equals(transportValue(), other.transportValue())
        && Objects.equals(authModeValue(), other.authModeValue())
        && Objects.equals(usernameValue(), other.usernameValue())
        && allowedIpsValue().equals(other.allowedIpsValue())
        && numbers.equals(other.numbers)
        && Objects.equals(callerIdValue(), other.callerIdValue())
        && Objects.equals(maxChannelsValue(), other.maxChannelsValue())
        && Objects.equals(countryCodeValue(), other.countryCodeValue())
        && Objects.equals(createdAtValue(), other.createdAtValue())
        && Objects.equals(updatedAtValue(), other.updatedAtValue())
        && attributes.equals(other.attributes);
  }

  /** The generated class's hash: each value in declaration order, {@code h += (h << 5) + hash}, from 5381. */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + provider.hashCode();
    h += (h << 5) + id.hashCode();
    h += (h << 5) + Objects.hashCode(name);
    h += (h << 5) + Objects.hashCode(state);
    h += (h << 5) + Objects.hashCode(host);
    h += (h << 5) + Objects.hashCode(port);
    h += (h << 5) + Objects.hashCode(transportValue());
    h += (h << 5) + Objects.hashCode(authModeValue());
    h += (h << 5) + Objects.hashCode(usernameValue());
    h += (h << 5) + allowedIpsValue().hashCode();
    h += (h << 5) + numbers.hashCode();
    h += (h << 5) + Objects.hashCode(callerIdValue());
    h += (h << 5) + Objects.hashCode(maxChannelsValue());
    h += (h << 5) + Objects.hashCode(countryCodeValue());
    h += (h << 5) + Objects.hashCode(createdAtValue());
    h += (h << 5) + Objects.hashCode(updatedAtValue());
    h += (h << 5) + attributes.hashCode();
    return h;
  }

  /** The generated class's form: {@code SipTrunk{provider=.., id=..}}, absent optional values left out. */
  @Override
  public final String toString() {
    StringBuilder s = new StringBuilder("SipTrunk{");
    s.append("provider=").append(provider);
    s.append(", id=").append(id);
    optional(s, "name", name);
    optional(s, "state", state);
    optional(s, "host", host);
    optional(s, "port", port);
    optional(s, "transport", transportValue());
    optional(s, "authMode", authModeValue());
    optional(s, "username", usernameValue());
    s.append(", allowedIps=").append(allowedIpsValue());
    s.append(", numbers=").append(numbers);
    optional(s, "callerId", callerIdValue());
    optional(s, "maxChannels", maxChannelsValue());
    optional(s, "countryCode", countryCodeValue());
    optional(s, "createdAt", createdAtValue());
    optional(s, "updatedAt", updatedAtValue());
    s.append(", attributes=").append(attributes);
    return s.append('}').toString();
  }

  private static void optional(StringBuilder s, String name, Object value) {
    if (value != null) {
      s.append(", ").append(name).append('=').append(value);
    }
  }

  /** How JSON arrives: through {@link SipTrunk.Builder}, as the generated class read it through its own builder. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ImmutableSipTrunk fromJson(SipTrunkJson json) {
    return (ImmutableSipTrunk) json.build();
  }
}

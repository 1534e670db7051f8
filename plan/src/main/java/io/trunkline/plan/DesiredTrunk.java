package io.trunkline.plan;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.Transport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One trunk as it should be at one account, found there by its {@link #name()}. Only the fields given are
 * compared and written; a list given empty clears it. {@link #password()} is an {@code env:NAME} reference: it is
 * sent on create, and on update only when the vendor requires it on every update or {@link #rotatePassword()} asks.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDesiredTrunk.class)
@JsonDeserialize(as = ImmutableDesiredTrunk.class)
@JsonPropertyOrder({"account", "name", "host", "port", "transport", "authMode", "username", "password",
    "rotatePassword", "allowedIps", "numbers", "callerId", "maxChannels", "countryCode", "attributes"})
public abstract class DesiredTrunk {
  /** The fields whose values are secrets: {@code env:NAME} references only. */
  static final Set<String> SECRET_FIELDS = Set.of("password");

  /** The {@link AccountSpec#id()} of its account. */
  @JsonPropertyDescription("The id of its account in accounts.")
  public abstract String account();

  /** The key that identifies the trunk at its account. */
  @JsonPropertyDescription("The key that identifies the trunk at its account.")
  public abstract String name();

  public abstract Optional<String> host();

  public abstract Optional<Integer> port();

  public abstract Optional<Transport> transport();

  public abstract Optional<AuthMode> authMode();

  public abstract Optional<String> username();

  /** The SIP password as {@code env:NAME}; never a literal unless literals are allowed when reading. */
  @Value.Redacted
  @JsonPropertyDescription("The SIP password as env:NAME; sent on create, on update only when the vendor requires it"
      + " or rotatePassword asks.")
  public abstract Optional<String> password();

  /** Send the password on the next update even though the vendor never shows whether it differs. */
  @Value.Default
  @JsonPropertyDescription("Send the password on the next update (the vendor never shows whether it differs).")
  public boolean rotatePassword() {
    return false;
  }

  @JsonPropertyDescription("IP addresses or CIDR blocks allowed; [] clears them.")
  public abstract Optional<List<String>> allowedIps();

  @JsonPropertyDescription("Numbers on the trunk, E.164; [] clears them.")
  public abstract Optional<List<String>> numbers();

  public abstract Optional<String> callerId();

  public abstract Optional<Integer> maxChannels();

  @JsonPropertyDescription("ISO 3166 country.")
  public abstract Optional<String> countryCode();

  /** Vendor fields under the vendor's own names. */
  @JsonPropertyDescription("Vendor fields under the vendor's own names.")
  public abstract Map<String, JsonNode> attributes();

  @Value.Check
  void check() {
    if (account().isBlank() || name().isBlank()) {
      throw new IllegalStateException("a trunk's account and name must not be blank");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DesiredTrunk}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableDesiredTrunk.Builder {
    Builder() {}
  }
}

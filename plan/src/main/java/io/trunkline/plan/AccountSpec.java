package io.trunkline.plan;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One account of a desired-state file: the same form as the inventory config. {@code credentials} holds
 * {@code token}, {@code apiKey}, or {@code user} with {@code password}; its secrets are {@code env:NAME}
 * references, read from the environment when the account is opened.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAccountSpec.class)
@JsonDeserialize(as = ImmutableAccountSpec.class)
@JsonPropertyOrder({"id", "provider", "baseUrl", "credentials", "settings"})
public abstract class AccountSpec {
  static final Set<String> CREDENTIAL_FIELDS = Set.of("token", "apiKey", "user", "password");
  static final Set<String> SECRET_CREDENTIALS = Set.of("token", "apiKey", "password");

  /** The account's id in the file; trunks name it. */
  @JsonPropertyDescription("The account's id in the file; trunks name their account by it.")
  public abstract String id();

  /** The provider id: {@code pbx}, {@code flex}, {@code famulor}, … */
  @JsonPropertyDescription("The provider id: pbx, famulor, flex, channel, properties-v2.")
  public abstract String provider();

  @JsonPropertyDescription("The vendor API's base URL (or env:NAME); optional for vendors with a public host.")
  public abstract Optional<String> baseUrl();

  /** {@code token}, {@code apiKey}, or {@code user} and {@code password}; secrets as {@code env:NAME}. */
  @Value.Redacted
  @JsonPropertyDescription("token, apiKey, or user with password; secrets as env:NAME references.")
  public abstract Map<String, String> credentials();

  /** Vendor settings by name; a value may be {@code env:NAME}. */
  @JsonPropertyDescription("Vendor settings by name (property-sid, account-id, pacing); a value may be env:NAME.")
  public abstract Map<String, String> settings();

  @Value.Check
  void check() {
    if (id().isBlank() || provider().isBlank()) {
      throw new IllegalStateException("an account's id and provider must not be blank");
    }
    for (String key : credentials().keySet()) {
      if (!CREDENTIAL_FIELDS.contains(key)) {
        throw new IllegalStateException(
            "credentials: unknown field '" + key + "'; expected apiKey, password, token, user");
      }
    }
    boolean token = credentials().containsKey("token");
    boolean apiKey = credentials().containsKey("apiKey");
    boolean user = credentials().containsKey("user");
    boolean password = credentials().containsKey("password");
    int kinds = (token ? 1 : 0) + (apiKey ? 1 : 0) + (user || password ? 1 : 0);
    if (kinds != 1 || (user || password) && !(user && password)) {
      throw new IllegalStateException("credentials: give exactly one of token, apiKey, or user with password");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountSpec}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableAccountSpec.Builder {
    Builder() {}
  }
}

package io.trunkline.core;

import io.trunkline.core.error.TrunkConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a provider authenticates with: a bearer token, an API key sent in a named header, or a user name
 * with a password. The secret parts are {@link Secret}s; {@code toString()} never shows them.
 *
 * <p>Credentials can also come from the environment, as with the AWS and Twilio SDKs: see
 * {@link #fromEnvironment(String)}.
 */
public final class Credentials {
  private final Kind kind;
  private final String name;
  private final Secret secret;

  private Credentials(Kind kind, String name, Secret secret) {
    this.kind = kind;
    this.name = name;
    this.secret = Objects.requireNonNull(secret, "secret");
  }

  /** {@code Authorization: Bearer <token>}. */
  public static Credentials bearer(Secret token) {
    return new Credentials(Kind.BEARER, null, token);
  }

  /** {@code Authorization: Bearer <token>}. */
  public static Credentials bearer(String token) {
    return bearer(Secret.of(token));
  }

  /** The key in the header {@code headerName}; the provider may also choose its own header. */
  public static Credentials apiKey(String headerName, Secret key) {
    HeaderValues.requireToken("headerName", headerName);
    return new Credentials(Kind.API_KEY, headerName, key);
  }

  /** An API key for the provider's default API-key header. */
  public static Credentials apiKey(Secret key) {
    return new Credentials(Kind.API_KEY, null, key);
  }

  /** A user name and a password: HTTP Basic, or a provider's sign-in. */
  public static Credentials userPassword(String user, Secret password) {
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("user must not be blank");
    }
    HeaderValues.requireNoControlChars("user", user);
    return new Credentials(Kind.USER_PASSWORD, user, password);
  }

  /**
   * The credentials for provider {@code providerId} from the process environment ({@link System#getenv()}), so
   * that no secret is written in code or in a file. The variables are named after the provider id, upper-cased
   * with every character other than a letter or a digit turned into {@code _} ({@code pbx} reads
   * {@code TRUNKLINE_PBX_…}, {@code properties-v2} reads {@code TRUNKLINE_PROPERTIES_V2_…}); exactly one kind must
   * be set:
   * <table>
   *   <caption>Environment variables, for the provider id {@code pbx}</caption>
   *   <tr><th>variables</th><th>credentials</th></tr>
   *   <tr><td>{@code TRUNKLINE_PBX_TOKEN}</td><td>{@link #bearer(String)}</td></tr>
   *   <tr><td>{@code TRUNKLINE_PBX_API_KEY}, optionally {@code TRUNKLINE_PBX_API_KEY_HEADER}</td>
   *       <td>{@link #apiKey(Secret)}, or {@link #apiKey(String, Secret)} in that header</td></tr>
   *   <tr><td>{@code TRUNKLINE_PBX_USER} and {@code TRUNKLINE_PBX_PASSWORD}</td>
   *       <td>{@link #userPassword(String, Secret)}</td></tr>
   * </table>
   * An empty variable counts as not set. Which kinds a provider accepts is in
   * {@link ProviderMetadata#credentialKinds()}. No value is ever printed: errors name the variables, never
   * what they hold.
   *
   * @param providerId the provider's id, such as {@code pbx} or {@code properties-v2}
   * @return the credentials the environment holds for that provider
   * @throws TrunkConfigurationException if none of the variables is set, if more than one kind is, or if a
   *     variable that goes with another is missing; the message names the variables concerned
   */
  public static Credentials fromEnvironment(String providerId) {
    return fromEnvironment(providerId, System.getenv());
  }

  /**
   * As {@link #fromEnvironment(String)}, from the given variables instead of the process environment: for
   * tests, or for variables read from elsewhere.
   *
   * @param providerId the provider's id, such as {@code pbx} or {@code properties-v2}
   * @param environment variable names to values, as {@link System#getenv()} gives them
   * @return the credentials {@code environment} holds for that provider
   * @throws TrunkConfigurationException as {@link #fromEnvironment(String)} does
   */
  public static Credentials fromEnvironment(String providerId, Map<String, String> environment) {
    Objects.requireNonNull(environment, "environment");
    String prefix = environmentPrefix(providerId);
    String tokenVar = prefix + "TOKEN";
    String keyVar = prefix + "API_KEY";
    String headerVar = prefix + "API_KEY_HEADER";
    String userVar = prefix + "USER";
    String passwordVar = prefix + "PASSWORD";
    String token = variable(environment, tokenVar);
    String key = variable(environment, keyVar);
    String header = variable(environment, headerVar);
    String user = variable(environment, userVar);
    String password = variable(environment, passwordVar);

    List<String> kindsSet = new ArrayList<>();
    if (token != null) {
      kindsSet.add(tokenVar);
    }
    if (key != null) {
      kindsSet.add(keyVar);
    }
    if (user != null || password != null) {
      kindsSet.add(user != null ? userVar : passwordVar);
    }
    if (kindsSet.isEmpty()) {
      throw new TrunkConfigurationException("no credentials for provider " + providerId + " in the environment: set "
          + tokenVar + ", or " + keyVar + ", or " + userVar + " and " + passwordVar);
    }
    if (kindsSet.size() > 1) {
      throw new TrunkConfigurationException("credentials for provider " + providerId
          + " are ambiguous: the environment sets " + String.join(" and ", kindsSet) + "; keep only one of them");
    }
    if (header != null && key == null) {
      throw new TrunkConfigurationException(headerVar + " is set but " + keyVar + " is not");
    }
    if (token != null) {
      return bearer(token);
    }
    if (key != null && header == null) {
      return apiKey(Secret.of(key));
    }
    if (key != null) {
      try {
        return apiKey(header, Secret.of(key));
      } catch (IllegalArgumentException e) {
        throw new TrunkConfigurationException(headerVar + " is not a usable header name (letters, digits, '-')");
      }
    }
    if (user == null) {
      throw new TrunkConfigurationException(passwordVar + " is set but " + userVar + " is not");
    }
    if (password == null) {
      throw new TrunkConfigurationException(userVar + " is set but " + passwordVar + " is not");
    }
    try {
      return userPassword(user, Secret.of(password));
    } catch (IllegalArgumentException e) {
      throw new TrunkConfigurationException(userVar + " is not a usable user name");
    }
  }

  /** {@code TRUNKLINE_<PROVIDER>_}: the provider id upper-cased, anything but letters and digits as {@code _}. */
  static String environmentPrefix(String providerId) {
    if (providerId == null || providerId.isBlank()) {
      throw new IllegalArgumentException("providerId must not be blank");
    }
    return "TRUNKLINE_" + providerId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_";
  }

  private static String variable(Map<String, String> environment, String name) {
    String value = environment.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  public Kind kind() {
    return kind;
  }

  /** The user name ({@link Kind#USER_PASSWORD}) or the API-key header name, if any. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The token, key or password. */
  public Secret secret() {
    return secret;
  }

  /** Every secret value these credentials hold, for masking. */
  public List<Secret> secrets() {
    return List.of(secret);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Credentials)) {
      return false;
    }
    Credentials that = (Credentials) o;
    return kind == that.kind && Objects.equals(name, that.name) && secret.equals(that.secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name);
  }

  @Override
  public String toString() {
    return "Credentials{kind=" + kind + (name == null ? "" : ", name=" + name) + ", secret=****}";
  }

  /** How a provider authenticates: which kind of {@link Credentials} it accepts. */
  public enum Kind {
    /** {@code Authorization: Bearer <token>}. */
    BEARER,
    /** A vendor-named header carrying a key, such as {@code X-Api-Key}. */
    API_KEY,
    /** A user name and a secret: HTTP Basic, or a sign-in that exchanges them for a token. */
    USER_PASSWORD
  }
}

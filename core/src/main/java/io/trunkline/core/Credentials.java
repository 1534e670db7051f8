package io.trunkline.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a provider authenticates with: a bearer token, an API key sent in a named header, or a user name
 * with a password. The secret parts are {@link Secret}s; {@code toString()} never shows them.
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

package io.trunkline.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A password, token or API key. Its {@code toString()} and its JSON form are {@code ****}, so a secret
 * never reaches a log line, an exception message or a printed model by accident. Call {@link #reveal()}
 * only where the value must go on the wire.
 */
public final class Secret {
  private static final String MASK = "****";
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** Wraps {@code value}; it must be neither null nor empty. */
  @JsonCreator
  public static Secret of(String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("a secret must not be null or empty");
    }
    return new Secret(value);
  }

  /** The clear-text value, for the one place that sends it. */
  public String reveal() {
    return value;
  }

  @JsonValue
  @Override
  public String toString() {
    return MASK;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), ((Secret) o).value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return Objects.hash(value.length());
  }
}

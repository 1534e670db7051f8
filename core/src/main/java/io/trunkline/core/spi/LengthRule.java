package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@link FieldRule#length}: text of {@code min} to {@code max} characters (code points). A class, not a lambda:
 * declarations are made when a JVM opens its first provider, where each capturing lambda is spun up cold.
 */
final class LengthRule implements FieldRule {
  private final int min;
  private final int max;

  LengthRule(int min, int max) {
    this.min = min;
    this.max = max;
  }

  @Override
  public String check(JsonNode value) {
    int n = value.asText().codePointCount(0, value.asText().length());
    return n < min || n > max ? "must be " + min + " to " + max + " characters long, was " + n : null;
  }
}

package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@link FieldRule#range}: a whole number from {@code min} to {@code max}. A class, not a lambda: declarations are
 * made when a JVM opens its first provider, where each capturing lambda is spun up cold.
 */
final class RangeRule implements FieldRule {
  private final long min;
  private final long max;

  RangeRule(long min, long max) {
    this.min = min;
    this.max = max;
  }

  @Override
  public String check(JsonNode value) {
    return !value.canConvertToLong() || value.longValue() < min || value.longValue() > max
        ? "must be a whole number from " + min + " to " + max : null;
  }
}

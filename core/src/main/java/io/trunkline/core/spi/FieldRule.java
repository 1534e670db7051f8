package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;

/**
 * A vendor's rule for one field's value, checked before sending. Returns {@code null} when the value passes, or
 * the rule in words ({@code "must be 1 to 64 characters long"}); never echoes the value (it may be a secret).
 */
@FunctionalInterface
public interface FieldRule {
  String check(JsonNode value);

  /**
   * A rule from a check that throws {@link io.trunkline.core.error.TrunkValidationException} the way {@link Validate}'s
   * do ({@code value -> Validate.uuid("", value)}); the refusal's rule becomes the rule text.
   */
  static FieldRule throwing(java.util.function.Consumer<String> check) {
    return value -> rule(() -> check.accept(value.asText()));
  }

  /** Text of {@code min} to {@code max} characters. */
  static FieldRule length(int min, int max) {
    return new LengthRule(min, max);
  }

  /** A whole number from {@code min} to {@code max}. */
  static FieldRule range(long min, long max) {
    return new RangeRule(min, max);
  }

  /** A TCP/UDP port. */
  static FieldRule port() {
    return range(0, 65535);
  }

  /** A host name or IP address without a port. */
  static FieldRule host() {
    return ValidatedRule.HOST;
  }

  /** An E.164 number with its {@code +}. */
  static FieldRule e164() {
    return ValidatedRule.E164;
  }

  /** Each item of a list (or the value itself) is an IP address or CIDR block. */
  static FieldRule ipsOrCidrs() {
    return ValidatedRule.IPS_OR_CIDRS;
  }

  /** Digits only, within a {@code long} (numeric ids). */
  static FieldRule digits() {
    return ValidatedRule.DIGITS;
  }

  /** A UUID in its canonical form. */
  static FieldRule uuid() {
    return ValidatedRule.UUID;
  }

  /** One of {@code values}, exactly. */
  static FieldRule oneOf(String... values) {
    List<String> accepted = Arrays.asList(values);
    return value -> accepted.contains(value.asText()) ? null : "must be one of " + String.join(", ", accepted);
  }

  private static String rule(Runnable check) {
    try {
      check.run();
      return null;
    } catch (io.trunkline.core.error.TrunkValidationException e) {
      return e.rule();
    }
  }
}

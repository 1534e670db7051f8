package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.error.TrunkValidationException;
import java.util.List;

/**
 * {@link FieldRule}'s rules that {@link Validate} checks: constants of one class, not lambdas, as declarations are
 * made when a JVM opens a provider, where each lambda is a class spun up cold. The rule text is the refusal's.
 */
enum ValidatedRule implements FieldRule {
  /** A host name or IP address without a port. */
  HOST,
  /** An E.164 number with its {@code +}. */
  E164,
  /** Each item of a list (or the value itself) is an IP address or CIDR block. */
  IPS_OR_CIDRS,
  /** Digits only, within a {@code long}. */
  DIGITS,
  /** A UUID in its canonical form. */
  UUID;

  @Override
  public String check(JsonNode value) {
    if (this != IPS_OR_CIDRS) {
      return broken(value.asText());
    }
    for (JsonNode item : value.isArray() ? value : List.of(value)) {
      String broken = broken(item.asText());
      if (broken != null) {
        return broken;
      }
    }
    return null;
  }

  /** The refusal's rule, or null when {@code text} passes. */
  private String broken(String text) {
    try {
      if (this == HOST) {
        Validate.host("", text);
      } else if (this == E164) {
        Validate.e164("", text);
      } else if (this == IPS_OR_CIDRS) {
        Validate.ipOrCidr("", text);
      } else if (this == DIGITS) {
        Validate.numericId("", text);
      } else {
        Validate.uuid("", text);
      }
      return null;
    } catch (TrunkValidationException e) {
      return e.rule();
    }
  }
}

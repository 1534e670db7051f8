package io.trunkline.core.spi;

/**
 * A vendor rule across fields of one write ({@code allowed_inbound_ips} only with {@code inbound_authorization_type
 * ip}), checked after the per-field rules. Returns {@code null} when the body passes, or the refusal: the field to
 * name and the rule in words.
 */
@FunctionalInterface
public interface BodyRule {
  /** A refused body: the field a caller should change, and why. */
  final class Refusal {
    final String field;
    final String rule;

    public Refusal(String field, String rule) {
      this.field = field;
      this.rule = rule;
    }
  }

  Refusal check(VendorBody body, boolean create);
}

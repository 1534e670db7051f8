package io.trunkline.core.error;

/** Input refused before any request was sent; the message names the field and the rule it broke. */
public class TrunkValidationException extends TrunklineException {
  private final String field;
  private final String rule;

  public TrunkValidationException(String field, String rule) {
    super(field + ": " + rule);
    this.field = field;
    this.rule = rule;
  }

  public String field() { return field; }
  public String rule() { return rule; }
}

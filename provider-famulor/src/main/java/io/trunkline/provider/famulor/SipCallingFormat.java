package io.trunkline.provider.famulor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Famulor's calling format ({@link FamulorSipTrunk#sipCallingFormat()}): how numbers are written on outbound calls.
 * A value this SDK does not know yet is kept as sent (see {@link #isKnown()}), so a read-modify-write returns it
 * unchanged, but refused when creating or updating.
 */
public record SipCallingFormat(String value) {
  /** International with a {@code +}: {@code +12025550123}. */
  public static final SipCallingFormat PLUS_E164 = new SipCallingFormat("+e164");
  /** International without the {@code +}: {@code 12025550123}. */
  public static final SipCallingFormat E164 = new SipCallingFormat("e164");
  /** National, without the country code: {@code 0741926265}. */
  public static final SipCallingFormat NATIONAL = new SipCallingFormat("national");
  private static final List<SipCallingFormat> KNOWN = List.of(PLUS_E164, E164, NATIONAL);

  /** Any value, known or not; never null. */
  public SipCallingFormat {
    Objects.requireNonNull(value, "value");
  }

  /** The value for {@code value}; one this SDK does not know is kept as it came. */
  @JsonCreator
  public static SipCallingFormat of(String value) {
    return new SipCallingFormat(value);
  }

  /** The vendor's value, exactly as sent. */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /** True for the values Famulor documents. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public String toString() {
    return value;
  }
}

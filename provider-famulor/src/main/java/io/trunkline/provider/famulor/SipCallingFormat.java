package io.trunkline.provider.famulor;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.trunkline.core.spi.StringEnum;
import java.util.Map;

/**
 * Famulor's calling format ({@link FamulorSipTrunk#sipCallingFormat()}): how numbers are written on outbound calls. Values this SDK does not know
 * are kept as sent (so a read-modify-write returns them unchanged), but refused when creating or updating.
 */
public final class SipCallingFormat extends StringEnum {
  /** International with a {@code +}: {@code +12025550123}. */
  public static final SipCallingFormat PLUS_E164 = new SipCallingFormat("+e164");
  /** International without the {@code +}: {@code 12025550123}. */
  public static final SipCallingFormat E164 = new SipCallingFormat("e164");
  /** National, without the country code: {@code 0741926265}. */
  public static final SipCallingFormat NATIONAL = new SipCallingFormat("national");

  private static final Map<String, SipCallingFormat> KNOWN = index(PLUS_E164, E164, NATIONAL);

  private SipCallingFormat(String value) {
    super(value);
  }

  /** The constant for {@code value}; an unknown value is kept as it is. */
  @JsonCreator
  public static SipCallingFormat of(String value) {
    return lookup(KNOWN, value, SipCallingFormat::new);
  }

  /** True for the values Famulor documents. */
  public boolean isKnown() {
    return KNOWN.containsKey(value());
  }
}

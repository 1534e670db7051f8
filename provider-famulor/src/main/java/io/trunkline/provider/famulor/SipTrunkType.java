package io.trunkline.provider.famulor;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.trunkline.core.spi.StringEnum;
import java.util.Map;

/**
 * Famulor's SIP trunk type ({@link FamulorSipTrunkCreate#sipTrunkType()}), set once at creation: it decides the
 * format of the phone number.
 * Values this SDK does not know are kept as sent, but refused when creating a trunk.
 */
public final class SipTrunkType extends StringEnum {
  /** A SIP extension such as {@code 1000} (1 to 15 characters). */
  public static final SipTrunkType EXTENSION = new SipTrunkType("extension");
  /** A phone number (DID) in E.164, such as {@code +14155551234}. */
  public static final SipTrunkType NUMBER = new SipTrunkType("number");

  private static final Map<String, SipTrunkType> KNOWN = index(EXTENSION, NUMBER);

  private SipTrunkType(String value) {
    super(value);
  }

  /** The constant for {@code value}; an unknown value is kept as it is. */
  @JsonCreator
  public static SipTrunkType of(String value) {
    return lookup(KNOWN, value, SipTrunkType::new);
  }

  /** True for the values Famulor documents. */
  public boolean isKnown() {
    return KNOWN.containsKey(value());
  }
}

package io.trunkline.provider.famulor;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Famulor's SIP trunk type ({@link FamulorSipTrunkCreate#sipTrunkType()}), set once at creation: it decides the
 * format of the phone number. A value this SDK does not know yet is kept as sent (see {@link #isKnown()}), but
 * refused when creating a trunk.
 */
public record SipTrunkType(String value) {
  /** A SIP extension such as {@code 1000} (1 to 15 characters). */
  public static final SipTrunkType EXTENSION = new SipTrunkType("extension");
  /** A phone number (DID) in E.164, such as {@code +14155551234}. */
  public static final SipTrunkType NUMBER = new SipTrunkType("number");
  private static final List<SipTrunkType> KNOWN = List.of(EXTENSION, NUMBER);

  /** Any value, known or not; never null. */
  public SipTrunkType {
    Objects.requireNonNull(value, "value");
  }

  /** The value for {@code value}; one this SDK does not know is kept as it came. */
  @JsonCreator
  public static SipTrunkType of(String value) {
    return new SipTrunkType(value);
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

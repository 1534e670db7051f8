package io.trunkline.provider.flex;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The status of a Wavix SIP trunk ({@code status} in the trunk list). Only {@link #ACTIVE} trunks can place calls.
 * A value this SDK does not know yet is kept as sent (see {@link #isKnown()}).
 *
 * @param value the vendor's value, exactly as sent
 */
public record FlexTrunkStatus(String value) {
  /** The trunk can place outbound calls. */
  public static final FlexTrunkStatus ACTIVE = new FlexTrunkStatus("active");
  /** The IP authentication request is under review by Wavix. */
  public static final FlexTrunkStatus PENDING = new FlexTrunkStatus("pending");
  /** The IP authentication request was rejected by Wavix. */
  public static final FlexTrunkStatus REJECTED = new FlexTrunkStatus("rejected");
  private static final List<FlexTrunkStatus> KNOWN = List.of(ACTIVE, PENDING, REJECTED);

  /** Any value, known or not; never null. */
  public FlexTrunkStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The value for {@code value}; one this SDK does not know is kept as it came. */
  @JsonCreator
  public static FlexTrunkStatus of(String value) {
    return new FlexTrunkStatus(value);
  }

  /** The vendor's value, exactly as sent. */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /** True for a value documented in Wavix's trunk list ({@code active}, {@code pending}, {@code rejected}). */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public String toString() {
    return value;
  }
}

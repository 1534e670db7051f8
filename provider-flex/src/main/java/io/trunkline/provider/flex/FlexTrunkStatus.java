package io.trunkline.provider.flex;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.trunkline.core.spi.StringEnum;
import java.util.Map;

/**
 * The status of a Wavix SIP trunk ({@code status} in the trunk list). Only {@link #ACTIVE} trunks can place calls.
 * Values Wavix adds later are kept as they came ({@link #isKnown()} is false).
 */
public final class FlexTrunkStatus extends StringEnum {
  /** The trunk can place outbound calls. */
  public static final FlexTrunkStatus ACTIVE = new FlexTrunkStatus("active");
  /** The IP authentication request is under review by Wavix. */
  public static final FlexTrunkStatus PENDING = new FlexTrunkStatus("pending");
  /** The IP authentication request was rejected by Wavix. */
  public static final FlexTrunkStatus REJECTED = new FlexTrunkStatus("rejected");

  private static final Map<String, FlexTrunkStatus> KNOWN = index(ACTIVE, PENDING, REJECTED);

  private FlexTrunkStatus(String value) {
    super(value);
  }

  /** The constant for {@code value}; an undocumented value is kept as it is. */
  @JsonCreator
  public static FlexTrunkStatus of(String value) {
    return lookup(KNOWN, value, FlexTrunkStatus::new);
  }

  /** True for a documented value. */
  public boolean isKnown() {
    return KNOWN.containsKey(value());
  }
}

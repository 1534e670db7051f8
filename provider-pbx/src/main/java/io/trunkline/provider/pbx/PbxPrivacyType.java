package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.trunkline.core.spi.StringEnum;
import java.util.Map;

/**
 * The privacy header types a PBX trunk supports ({@code privacy_types_supported}).
 * A value this SDK does not know yet is kept as sent (see {@link #isKnown()}), so it survives a round trip.
 */
public final class PbxPrivacyType extends StringEnum {
  public static final PbxPrivacyType DEFAULT = new PbxPrivacyType("DEFAULT");
  public static final PbxPrivacyType NONE = new PbxPrivacyType("NONE");
  public static final PbxPrivacyType ID = new PbxPrivacyType("ID");
  public static final PbxPrivacyType USER = new PbxPrivacyType("USER");
  public static final PbxPrivacyType HEADER = new PbxPrivacyType("HEADER");
  public static final PbxPrivacyType SESSION = new PbxPrivacyType("SESSION");

  private static final Map<String, PbxPrivacyType> KNOWN = index(DEFAULT, NONE, ID, USER, HEADER, SESSION);

  private PbxPrivacyType(String value) {
    super(value);
  }

  /** The constant for {@code value}; an unknown value is kept as it came. */
  @JsonCreator
  public static PbxPrivacyType of(String value) {
    return lookup(KNOWN, value, PbxPrivacyType::new);
  }

  /** True for a value documented in PBX API v22. */
  public boolean isKnown() {
    return KNOWN.containsKey(value());
  }
}

package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The privacy header types a PBX trunk supports ({@code privacy_types_supported}).
 * A value this SDK does not know yet is kept as sent (see {@link #isKnown()}), so it survives a round trip.
 */
public record PbxPrivacyType(String value) {
  public static final PbxPrivacyType DEFAULT = new PbxPrivacyType("DEFAULT");
  public static final PbxPrivacyType NONE = new PbxPrivacyType("NONE");
  public static final PbxPrivacyType ID = new PbxPrivacyType("ID");
  public static final PbxPrivacyType USER = new PbxPrivacyType("USER");
  public static final PbxPrivacyType HEADER = new PbxPrivacyType("HEADER");
  public static final PbxPrivacyType SESSION = new PbxPrivacyType("SESSION");
  private static final List<PbxPrivacyType> KNOWN = List.of(DEFAULT, NONE, ID, USER, HEADER, SESSION);

  /** Any value, known or not; never null. */
  public PbxPrivacyType {
    Objects.requireNonNull(value, "value");
  }

  /** The value for {@code value}; one this SDK does not know is kept as it came. */
  @JsonCreator
  public static PbxPrivacyType of(String value) {
    return new PbxPrivacyType(value);
  }

  /** The vendor's value, exactly as sent. */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /** True for a value documented in PBX API v22. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public String toString() {
    return value;
  }
}

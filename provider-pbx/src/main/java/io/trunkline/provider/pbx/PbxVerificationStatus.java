package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * A STIR/SHAKEN verification status of an inbound call
 * ({@link PbxInboundParameters#dropCallsWithVerificationStatus()}).
 * A value this SDK does not know yet is kept as sent (see {@link #isKnown()}), so it survives a round trip.
 */
public record PbxVerificationStatus(String value) {
  public static final PbxVerificationStatus NO_TN_VALIDATION = new PbxVerificationStatus("No-TN-Validation");
  public static final PbxVerificationStatus TN_VALIDATION_FAILED = new PbxVerificationStatus("TN-Validation-Failed");
  public static final PbxVerificationStatus TN_VALIDATION_PASSED_B =
      new PbxVerificationStatus("TN-Validation-Passed-B");
  public static final PbxVerificationStatus TN_VALIDATION_PASSED_C =
      new PbxVerificationStatus("TN-Validation-Passed-C");
  public static final PbxVerificationStatus TN_VALIDATION_FAILED_A =
      new PbxVerificationStatus("TN-Validation-Failed-A");
  public static final PbxVerificationStatus TN_VALIDATION_FAILED_B =
      new PbxVerificationStatus("TN-Validation-Failed-B");
  public static final PbxVerificationStatus TN_VALIDATION_FAILED_C =
      new PbxVerificationStatus("TN-Validation-Failed-C");
  private static final List<PbxVerificationStatus> KNOWN = List.of(NO_TN_VALIDATION, TN_VALIDATION_FAILED,
      TN_VALIDATION_PASSED_B, TN_VALIDATION_PASSED_C, TN_VALIDATION_FAILED_A, TN_VALIDATION_FAILED_B,
      TN_VALIDATION_FAILED_C);

  /** Any value, known or not; never null. */
  public PbxVerificationStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The value for {@code value}; one this SDK does not know is kept as it came. */
  @JsonCreator
  public static PbxVerificationStatus of(String value) {
    return new PbxVerificationStatus(value);
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

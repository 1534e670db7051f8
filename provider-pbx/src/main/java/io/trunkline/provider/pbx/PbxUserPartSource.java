package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * What the PBX puts in a user part or display name of an outbound call ({@code value} of the {@link
 * PbxOutboundParameters} user-part and display-name rules); {@link #CUSTOM} uses the rule's {@code custom_value}.
 * A value this SDK does not know yet is kept as sent (see {@link #isKnown()}), so it survives a round trip.
 */
public record PbxUserPartSource(String value) {
  public static final PbxUserPartSource AUTH_ID = new PbxUserPartSource("AUTH_ID");
  public static final PbxUserPartSource CALLER_NUM = new PbxUserPartSource("CALLER_NUM");
  public static final PbxUserPartSource CALLED_NUM = new PbxUserPartSource("CALLED_NUM");
  public static final PbxUserPartSource CALLER_DISPLAY_NAME = new PbxUserPartSource("CALLER_DISPLAY_NAME");
  public static final PbxUserPartSource OUTBOUND_CALLER_ID = new PbxUserPartSource("OUTBOUND_CALLER_ID");
  public static final PbxUserPartSource ORIGINATOR_CALLER_ID = new PbxUserPartSource("ORIGINATOR_CALLER_ID");
  public static final PbxUserPartSource OUTBOUND_CALLER_ID_AND_ORIGINATOR_CALLER_ID =
      new PbxUserPartSource("OUTBOUND_CALLER_ID_AND_ORIGINATOR_CALLER_ID");
  public static final PbxUserPartSource ANONYMOUS = new PbxUserPartSource("ANONYMOUS");
  public static final PbxUserPartSource DEFAULT = new PbxUserPartSource("DEFAULT");
  public static final PbxUserPartSource CUSTOM = new PbxUserPartSource("CUSTOM");
  private static final List<PbxUserPartSource> KNOWN = List.of(AUTH_ID, CALLER_NUM, CALLED_NUM, CALLER_DISPLAY_NAME,
      OUTBOUND_CALLER_ID, ORIGINATOR_CALLER_ID, OUTBOUND_CALLER_ID_AND_ORIGINATOR_CALLER_ID, ANONYMOUS, DEFAULT,
      CUSTOM);

  /** Any value, known or not; never null. */
  public PbxUserPartSource {
    Objects.requireNonNull(value, "value");
  }

  /** The value for {@code value}; one this SDK does not know is kept as it came. */
  @JsonCreator
  public static PbxUserPartSource of(String value) {
    return new PbxUserPartSource(value);
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

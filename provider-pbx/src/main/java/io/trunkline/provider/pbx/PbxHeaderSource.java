package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Where the PBX reads a number or name of an inbound call ({@link PbxInboundParameters#callerNum()}, {@code
 * caller_display_name}, {@code called_num}).
 * A value this SDK does not know yet is kept as sent (see {@link #isKnown()}), so it survives a round trip.
 */
public record PbxHeaderSource(String value) {
  public static final PbxHeaderSource REQUEST_LINE_URI_USER_PART = new PbxHeaderSource("REQUEST_LINE_URI_USER_PART");
  public static final PbxHeaderSource CONTACT_USER_PART = new PbxHeaderSource("CONTACT_USER_PART");
  public static final PbxHeaderSource TO_DISPLAY_NAME = new PbxHeaderSource("TO_DISPLAY_NAME");
  public static final PbxHeaderSource TO_USER_PART = new PbxHeaderSource("TO_USER_PART");
  public static final PbxHeaderSource FROM_DISPLAY_NAME = new PbxHeaderSource("FROM_DISPLAY_NAME");
  public static final PbxHeaderSource FROM_USER_PART = new PbxHeaderSource("FROM_USER_PART");
  public static final PbxHeaderSource REMOTE_PARTY_ID_CALLED_PARTY_DISPLAY_NAME =
      new PbxHeaderSource("REMOTE_PARTY_ID_CALLED_PARTY_DISPLAY_NAME");
  public static final PbxHeaderSource REMOTE_PARTY_ID_CALLED_PARTY_USER_PART =
      new PbxHeaderSource("REMOTE_PARTY_ID_CALLED_PARTY_USER_PART");
  public static final PbxHeaderSource REMOTE_PARTY_ID_CALLING_PARTY_DISPLAY_NAME =
      new PbxHeaderSource("REMOTE_PARTY_ID_CALLING_PARTY_DISPLAY_NAME");
  public static final PbxHeaderSource REMOTE_PARTY_ID_CALLING_PARTY_USER_PART =
      new PbxHeaderSource("REMOTE_PARTY_ID_CALLING_PARTY_USER_PART");
  public static final PbxHeaderSource P_ASSERTED_IDENTITY_DISPLAY_NAME =
      new PbxHeaderSource("P_ASSERTED_IDENTITY_DISPLAY_NAME");
  public static final PbxHeaderSource P_ASSERTED_IDENTITY_USER_PART =
      new PbxHeaderSource("P_ASSERTED_IDENTITY_USER_PART");
  public static final PbxHeaderSource P_PREFERRED_IDENTIFY_DISPLAY_NAME =
      new PbxHeaderSource("P_PREFERRED_IDENTIFY_DISPLAY_NAME");
  public static final PbxHeaderSource P_PREFERRED_IDENTIFY_USER_PART =
      new PbxHeaderSource("P_PREFERRED_IDENTIFY_USER_PART");
  public static final PbxHeaderSource P_CALLED_PARTY_ID_DISPLAY_NAME =
      new PbxHeaderSource("P_CALLED_PARTY_ID_DISPLAY_NAME");
  public static final PbxHeaderSource P_CALLED_PARTY_ID_USER_PART = new PbxHeaderSource("P_CALLED_PARTY_ID_USER_PART");
  public static final PbxHeaderSource DEFAULT = new PbxHeaderSource("DEFAULT");
  private static final List<PbxHeaderSource> KNOWN = List.of(REQUEST_LINE_URI_USER_PART, CONTACT_USER_PART,
      TO_DISPLAY_NAME, TO_USER_PART, FROM_DISPLAY_NAME, FROM_USER_PART, REMOTE_PARTY_ID_CALLED_PARTY_DISPLAY_NAME,
      REMOTE_PARTY_ID_CALLED_PARTY_USER_PART, REMOTE_PARTY_ID_CALLING_PARTY_DISPLAY_NAME,
      REMOTE_PARTY_ID_CALLING_PARTY_USER_PART, P_ASSERTED_IDENTITY_DISPLAY_NAME, P_ASSERTED_IDENTITY_USER_PART,
      P_PREFERRED_IDENTIFY_DISPLAY_NAME, P_PREFERRED_IDENTIFY_USER_PART, P_CALLED_PARTY_ID_DISPLAY_NAME,
      P_CALLED_PARTY_ID_USER_PART, DEFAULT);

  /** Any value, known or not; never null. */
  public PbxHeaderSource {
    Objects.requireNonNull(value, "value");
  }

  /** The value for {@code value}; one this SDK does not know is kept as it came. */
  @JsonCreator
  public static PbxHeaderSource of(String value) {
    return new PbxHeaderSource(value);
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

package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The live state of a PBX trunk ({@code GET /api/providers/{id}/status}).
 * A value this SDK does not know yet is kept as sent (see {@link #isKnown()}), so it survives a round trip.
 */
public record PbxStatus(String value) {
  public static final PbxStatus ONLINE = new PbxStatus("ONLINE");
  public static final PbxStatus OFFLINE = new PbxStatus("OFFLINE");
  private static final List<PbxStatus> KNOWN = List.of(ONLINE, OFFLINE);

  /** Any value, known or not; never null. */
  public PbxStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The value for {@code value}; one this SDK does not know is kept as it came. */
  @JsonCreator
  public static PbxStatus of(String value) {
    return new PbxStatus(value);
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

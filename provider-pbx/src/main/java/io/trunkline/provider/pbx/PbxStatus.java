package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.trunkline.core.spi.StringEnum;
import java.util.Map;

/**
 * The live state of a PBX trunk ({@code GET /api/providers/{id}/status}).
 * A value this SDK does not know yet is kept as sent (see {@link #isKnown()}), so it survives a round trip.
 */
public final class PbxStatus extends StringEnum {
  public static final PbxStatus ONLINE = new PbxStatus("ONLINE");
  public static final PbxStatus OFFLINE = new PbxStatus("OFFLINE");

  private static final Map<String, PbxStatus> KNOWN = index(ONLINE, OFFLINE);

  private PbxStatus(String value) {
    super(value);
  }

  /** The constant for {@code value}; an unknown value is kept as it came. */
  @JsonCreator
  public static PbxStatus of(String value) {
    return lookup(KNOWN, value, PbxStatus::new);
  }

  /** True for a value documented in PBX API v22. */
  public boolean isKnown() {
    return KNOWN.containsKey(value());
  }
}

package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.trunkline.core.spi.StringEnum;
import java.util.Map;

/**
 * The SIP transport of a PBX trunk ({@code transport}).
 * A value this SDK does not know yet is kept as sent (see {@link #isKnown()}), so it survives a round trip.
 */
public final class PbxTransport extends StringEnum {
  public static final PbxTransport UDP = new PbxTransport("UDP");
  public static final PbxTransport TCP = new PbxTransport("TCP");
  public static final PbxTransport TLS = new PbxTransport("TLS");

  private static final Map<String, PbxTransport> KNOWN = index(UDP, TCP, TLS);

  private PbxTransport(String value) {
    super(value);
  }

  /** The constant for {@code value}; an unknown value is kept as it came. */
  @JsonCreator
  public static PbxTransport of(String value) {
    return lookup(KNOWN, value, PbxTransport::new);
  }

  /** True for a value documented in PBX API v22. */
  public boolean isKnown() {
    return KNOWN.containsKey(value());
  }
}

package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.trunkline.core.spi.StringEnum;
import java.util.Map;

/**
 * How a PBX trunk authenticates ({@link PbxTrunk#authMode()}); set at creation only.
 * A value this SDK does not know yet is kept as sent (see {@link #isKnown()}), so it survives a round trip.
 */
public final class PbxAuthMode extends StringEnum {
  public static final PbxAuthMode IP_AUTH = new PbxAuthMode("IP_AUTH");
  public static final PbxAuthMode REGISTER_AUTH = new PbxAuthMode("REGISTER_AUTH");
  public static final PbxAuthMode ACCEPT_REGISTER = new PbxAuthMode("ACCEPT_REGISTER");
  public static final PbxAuthMode TEAMS = new PbxAuthMode("TEAMS");
  public static final PbxAuthMode WHATS_APP = new PbxAuthMode("WHATS_APP");

  private static final Map<String, PbxAuthMode> KNOWN = index(
      IP_AUTH, REGISTER_AUTH, ACCEPT_REGISTER, TEAMS, WHATS_APP);

  private PbxAuthMode(String value) {
    super(value);
  }

  /** The constant for {@code value}; an unknown value is kept as it came. */
  @JsonCreator
  public static PbxAuthMode of(String value) {
    return lookup(KNOWN, value, PbxAuthMode::new);
  }

  /** True for a value documented in PBX API v22. */
  public boolean isKnown() {
    return KNOWN.containsKey(value());
  }
}

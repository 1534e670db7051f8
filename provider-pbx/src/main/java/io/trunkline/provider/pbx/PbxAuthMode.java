package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * How a PBX trunk authenticates ({@link PbxTrunk#authMode()}); set at creation only.
 * A value this SDK does not know yet is kept as sent (see {@link #isKnown()}), so it survives a round trip.
 */
public record PbxAuthMode(String value) {
  public static final PbxAuthMode IP_AUTH = new PbxAuthMode("IP_AUTH");
  public static final PbxAuthMode REGISTER_AUTH = new PbxAuthMode("REGISTER_AUTH");
  public static final PbxAuthMode ACCEPT_REGISTER = new PbxAuthMode("ACCEPT_REGISTER");
  public static final PbxAuthMode TEAMS = new PbxAuthMode("TEAMS");
  public static final PbxAuthMode WHATS_APP = new PbxAuthMode("WHATS_APP");
  private static final List<PbxAuthMode> KNOWN = List.of(IP_AUTH, REGISTER_AUTH, ACCEPT_REGISTER, TEAMS, WHATS_APP);

  /** Any value, known or not; never null. */
  public PbxAuthMode {
    Objects.requireNonNull(value, "value");
  }

  /** The value for {@code value}; one this SDK does not know is kept as it came. */
  @JsonCreator
  public static PbxAuthMode of(String value) {
    return new PbxAuthMode(value);
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

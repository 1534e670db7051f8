package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * What the PBX puts in a host part of an outbound call ({@code value} of the {@link PbxOutboundParameters} host-part
 * rules); {@link #CUSTOM} uses the rule's {@code custom_value}.
 * A value this SDK does not know yet is kept as sent (see {@link #isKnown()}), so it survives a round trip.
 */
public record PbxHostPartSource(String value) {
  public static final PbxHostPartSource TRUNK_HOST_PORT = new PbxHostPartSource("TRUNK_HOST_PORT");
  public static final PbxHostPartSource OUT_HOST_PORT = new PbxHostPartSource("OUT_HOST_PORT");
  public static final PbxHostPartSource CONTACT_URI = new PbxHostPartSource("CONTACT_URI");
  public static final PbxHostPartSource SIP_DOMAIN = new PbxHostPartSource("SIP_DOMAIN");
  public static final PbxHostPartSource DEFAULT = new PbxHostPartSource("DEFAULT");
  public static final PbxHostPartSource CUSTOM = new PbxHostPartSource("CUSTOM");
  private static final List<PbxHostPartSource> KNOWN = List.of(TRUNK_HOST_PORT, OUT_HOST_PORT, CONTACT_URI, SIP_DOMAIN,
      DEFAULT, CUSTOM);

  /** Any value, known or not; never null. */
  public PbxHostPartSource {
    Objects.requireNonNull(value, "value");
  }

  /** The value for {@code value}; one this SDK does not know is kept as it came. */
  @JsonCreator
  public static PbxHostPartSource of(String value) {
    return new PbxHostPartSource(value);
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

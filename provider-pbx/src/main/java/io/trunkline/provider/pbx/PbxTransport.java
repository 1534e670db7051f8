package io.trunkline.provider.pbx;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * The SIP transport of a PBX trunk ({@code transport}).
 * A value this SDK does not know yet is kept as sent (see {@link #isKnown()}), so it survives a round trip.
 */
public record PbxTransport(String value) {
  public static final PbxTransport UDP = new PbxTransport("UDP");
  public static final PbxTransport TCP = new PbxTransport("TCP");
  public static final PbxTransport TLS = new PbxTransport("TLS");
  private static final List<PbxTransport> KNOWN = List.of(UDP, TCP, TLS);

  /** Any value, known or not; never null. */
  public PbxTransport {
    Objects.requireNonNull(value, "value");
  }

  /** The value for {@code value}; one this SDK does not know is kept as it came. */
  @JsonCreator
  public static PbxTransport of(String value) {
    return new PbxTransport(value);
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

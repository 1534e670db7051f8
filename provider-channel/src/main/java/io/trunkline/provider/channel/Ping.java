package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.trunkline.core.spi.CodedEnum;
import java.util.Map;

/**
 * {@link ChannelSipTrunk#ping()}: how the platform checks that the customer's SIP endpoint is alive. Sent as its number;
 * a code the document does not list is kept when read ({@link #isKnown()} is false) but refused when sent.
 */
public final class Ping extends CodedEnum {
  /** {@code 1}: do not ping. */
  public static final Ping DO_NOT_PING = new Ping(1, "DO_NOT_PING");
  /** {@code 2}: SIP OPTIONS ping. */
  public static final Ping SIP_OPTIONS = new Ping(2, "SIP_OPTIONS");
  /** {@code 3}: UDP ping. */
  public static final Ping UDP = new Ping(3, "UDP");

  private static final Map<Integer, Ping> KNOWN = index(DO_NOT_PING, SIP_OPTIONS, UDP);

  private Ping(int code, String name) {
    super(code, name);
  }

  /** The constant for {@code code}; an undocumented code gives an unknown value that keeps it. */
  @JsonCreator
  public static Ping of(int code) {
    return lookup(KNOWN, code, c -> new Ping(c, unknownName(c)));
  }

  /** Whether the document lists this code. */
  public boolean isKnown() {
    return KNOWN.containsKey(code());
  }

  /** The documented values, in code order. */
  public static Iterable<Ping> known() {
    return KNOWN.values();
  }
}

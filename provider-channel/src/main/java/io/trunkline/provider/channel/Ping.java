package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.trunkline.core.spi.CodeNames;
import java.util.List;

/**
 * {@link ChannelSipTrunk#ping()}: how the platform checks that the customer's SIP endpoint is alive. Sent as its
 * number; a code the document does not list is kept when read ({@link #isKnown()} is false) but refused when sent.
 *
 * @param code the vendor's number, exactly as sent
 */
public record Ping(int code) {
  /** The documented codes and their names, each declared once by its constant below. */
  private static final CodeNames NAMES = new CodeNames();

  /** {@code 1}: do not ping. */
  public static final Ping DO_NOT_PING = new Ping(NAMES.declare(1, "DO_NOT_PING"));
  /** {@code 2}: SIP OPTIONS ping. */
  public static final Ping SIP_OPTIONS = new Ping(NAMES.declare(2, "SIP_OPTIONS"));
  /** {@code 3}: UDP ping. */
  public static final Ping UDP = new Ping(NAMES.declare(3, "UDP"));

  private static final List<Ping> KNOWN = List.of(DO_NOT_PING, SIP_OPTIONS, UDP);

  /** The constant for {@code code}; an undocumented code gives an unknown value that keeps it. */
  @JsonCreator
  public static Ping of(int code) {
    return new Ping(code);
  }

  /** The vendor's number, exactly as sent. */
  @JsonValue
  @Override
  public int code() {
    return code;
  }

  /** The documented meaning, or {@code UNKNOWN} (the code follows in {@link #toString()}). */
  public String name() {
    return NAMES.name(code);
  }

  /** Whether the document lists this code. */
  public boolean isKnown() {
    return NAMES.isKnown(code);
  }

  /** The documented values, in code order. */
  public static Iterable<Ping> known() {
    return KNOWN;
  }

  @Override
  public String toString() {
    return NAMES.describe(code);
  }
}

package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.trunkline.core.spi.CodeNames;
import java.util.List;

/**
 * {@code clip.method}: where the caller's number (CLIP) is taken from. Sent as its number; the document lists
 * 0, 1, 2, 3 and 5 (there is no 4). An unlisted code is kept when read ({@link #isKnown()} is false) but refused
 * when sent.
 *
 * @param code the vendor's number, exactly as sent
 */
public record ClipMethod(int code) {
  /** The documented codes and their names, each declared once by its constant below. */
  private static final CodeNames NAMES = new CodeNames();

  /** {@code 0}: static, as defined in the caller-ID settings. */
  public static final ClipMethod STATIC = new ClipMethod(NAMES.declare(0, "STATIC"));
  /** {@code 1}: dynamic, from the P-Asserted-Identity or P-Preferred-Identity header. */
  public static final ClipMethod P_ASSERTED_OR_PREFERRED_IDENTITY =
      new ClipMethod(NAMES.declare(1, "P_ASSERTED_OR_PREFERRED_IDENTITY"));
  /** {@code 2}: dynamic, from the Remote-Party-ID header. */
  public static final ClipMethod REMOTE_PARTY_ID = new ClipMethod(NAMES.declare(2, "REMOTE_PARTY_ID"));
  /** {@code 3}: dynamic, from the From header. */
  public static final ClipMethod FROM = new ClipMethod(NAMES.declare(3, "FROM"));
  /** {@code 5}: dynamic, from the From header and the P-Asserted-Identity header. */
  public static final ClipMethod FROM_AND_P_ASSERTED_IDENTITY =
      new ClipMethod(NAMES.declare(5, "FROM_AND_P_ASSERTED_IDENTITY"));

  private static final List<ClipMethod> KNOWN =
      List.of(STATIC, P_ASSERTED_OR_PREFERRED_IDENTITY, REMOTE_PARTY_ID, FROM, FROM_AND_P_ASSERTED_IDENTITY);

  /** The constant for {@code code}; an undocumented code gives an unknown value that keeps it. */
  @JsonCreator
  public static ClipMethod of(int code) {
    return new ClipMethod(code);
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
  public static Iterable<ClipMethod> known() {
    return KNOWN;
  }

  @Override
  public String toString() {
    return NAMES.describe(code);
  }
}

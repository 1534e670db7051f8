package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code clip.method}: where the caller's number (CLIP) is taken from. Sent as its number; the document lists
 * 0, 1, 2, 3 and 5 (there is no 4). An unlisted code is kept when read ({@link #isKnown()} is false) but refused
 * when sent.
 *
 * @param code the vendor's number, exactly as sent
 */
public record ClipMethod(int code) {
  /** The documented codes and their names, filled once by the constants below (each declared once, in code order). */
  private static final Map<Integer, String> NAMES = new LinkedHashMap<>();

  /** {@code 0}: static, as defined in the caller-ID settings. */
  public static final ClipMethod STATIC = known(0, "STATIC");
  /** {@code 1}: dynamic, from the P-Asserted-Identity or P-Preferred-Identity header. */
  public static final ClipMethod P_ASSERTED_OR_PREFERRED_IDENTITY = known(1, "P_ASSERTED_OR_PREFERRED_IDENTITY");
  /** {@code 2}: dynamic, from the Remote-Party-ID header. */
  public static final ClipMethod REMOTE_PARTY_ID = known(2, "REMOTE_PARTY_ID");
  /** {@code 3}: dynamic, from the From header. */
  public static final ClipMethod FROM = known(3, "FROM");
  /** {@code 5}: dynamic, from the From header and the P-Asserted-Identity header. */
  public static final ClipMethod FROM_AND_P_ASSERTED_IDENTITY = known(5, "FROM_AND_P_ASSERTED_IDENTITY");

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
    return NAMES.getOrDefault(code, "UNKNOWN");
  }

  /** Whether the document lists this code. */
  public boolean isKnown() {
    return NAMES.containsKey(code);
  }

  /** The documented values, in code order. */
  public static Iterable<ClipMethod> known() {
    return KNOWN;
  }

  @Override
  public String toString() {
    return name() + "(" + code + ")";
  }

  private static ClipMethod known(int code, String name) {
    NAMES.put(code, name);
    return new ClipMethod(code);
  }
}

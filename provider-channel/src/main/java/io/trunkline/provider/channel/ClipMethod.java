package io.trunkline.provider.channel;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.trunkline.core.spi.CodedEnum;
import java.util.Map;

/**
 * {@code clip.method}: where the caller's number (CLIP) is taken from. Sent as its number; the document lists
 * 0, 1, 2, 3 and 5 (there is no 4). An unlisted code is kept when read ({@link #isKnown()} is false) but refused
 * when sent.
 */
public final class ClipMethod extends CodedEnum {
  /** {@code 0}: static, as defined in the caller-ID settings. */
  public static final ClipMethod STATIC = new ClipMethod(0, "STATIC");
  /** {@code 1}: dynamic, from the P-Asserted-Identity or P-Preferred-Identity header. */
  public static final ClipMethod P_ASSERTED_OR_PREFERRED_IDENTITY =
      new ClipMethod(1, "P_ASSERTED_OR_PREFERRED_IDENTITY");
  /** {@code 2}: dynamic, from the Remote-Party-ID header. */
  public static final ClipMethod REMOTE_PARTY_ID = new ClipMethod(2, "REMOTE_PARTY_ID");
  /** {@code 3}: dynamic, from the From header. */
  public static final ClipMethod FROM = new ClipMethod(3, "FROM");
  /** {@code 5}: dynamic, from the From header and the P-Asserted-Identity header. */
  public static final ClipMethod FROM_AND_P_ASSERTED_IDENTITY = new ClipMethod(5, "FROM_AND_P_ASSERTED_IDENTITY");

  private static final Map<Integer, ClipMethod> KNOWN =
      index(STATIC, P_ASSERTED_OR_PREFERRED_IDENTITY, REMOTE_PARTY_ID, FROM, FROM_AND_P_ASSERTED_IDENTITY);

  private ClipMethod(int code, String name) {
    super(code, name);
  }

  /** The constant for {@code code}; an undocumented code gives an unknown value that keeps it. */
  @JsonCreator
  public static ClipMethod of(int code) {
    return lookup(KNOWN, code, c -> new ClipMethod(c, unknownName(c)));
  }

  /** Whether the document lists this code. */
  public boolean isKnown() {
    return KNOWN.containsKey(code());
  }

  /** The documented values, in code order. */
  public static Iterable<ClipMethod> known() {
    return KNOWN.values();
  }
}

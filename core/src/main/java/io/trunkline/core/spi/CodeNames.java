package io.trunkline.core.spi;

import java.util.HashMap;
import java.util.Map;

/**
 * The documented names of a vendor's numeric codes, for a vendor record of one {@code int} code (a tolerant enum):
 * its constants declare each code with its name once, and its {@code name()}, {@code isKnown()} and
 * {@code toString()} ask here. A code nobody declared is {@code UNKNOWN} and kept as it came.
 * <pre>{@code
 * private static final CodeNames NAMES = new CodeNames();
 * public static final Ping UDP = new Ping(NAMES.declare(3, "UDP"));
 * public String name() { return NAMES.name(code); }
 * }</pre>
 */
public final class CodeNames {
  private final Map<Integer, String> names = new HashMap<>();

  /** Declares {@code code} as documented under {@code name}; returns the code. */
  public int declare(int code, String name) {
    if (names.putIfAbsent(code, name) != null) {
      throw new IllegalStateException("code " + code + " declared twice");
    }
    return code;
  }

  /** The documented name of {@code code}, or {@code UNKNOWN}. */
  public String name(int code) {
    return names.getOrDefault(code, "UNKNOWN");
  }

  /** Whether {@code code} was declared. */
  public boolean isKnown(int code) {
    return names.containsKey(code);
  }

  /** {@code NAME(code)}, as a coded record prints. */
  public String describe(int code) {
    return name(code) + "(" + code + ")";
  }
}

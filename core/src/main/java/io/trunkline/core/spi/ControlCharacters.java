package io.trunkline.core.spi;

/**
 * The one rule for control characters in caller input that reaches a header, a credential or an id: C0 controls
 * (NUL, tab, CR, LF, …), DEL and C1 controls ({@link Character#isISOControl}). Such input is refused, never cleaned.
 */
public final class ControlCharacters {
  private ControlCharacters() {}

  /** True when {@code value} holds a control character. */
  public static boolean in(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}

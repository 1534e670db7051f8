package io.trunkline.core;

/** Checks on header names and values, so caller input can never add a header or a line. */
final class HeaderValues {
  private HeaderValues() {}

  static void requireToken(String what, String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= 0x20 || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
        throw new IllegalArgumentException(what + " must be an HTTP token (letters, digits, '-')");
      }
    }
  }

  static void requireNoControlChars(String what, String value) {
    if (io.trunkline.core.spi.ControlCharacters.in(value)) {
      throw new IllegalArgumentException(what + " must not contain control characters such as CR or LF");
    }
  }
}

package io.trunkline.core.spi;

import java.util.ArrayList;
import java.util.List;

/** Replaces every known secret value in a text with {@code ****}. */
final class Masker {
  static final String MASK = "****";
  private final List<String> secrets;

  Masker(List<String> secrets) {
    List<String> usable = new ArrayList<>();
    for (String s : secrets) {
      if (s != null && s.length() >= 3) {
        usable.add(s);
      }
    }
    usable.sort((a, b) -> b.length() - a.length());
    this.secrets = List.copyOf(usable);
  }

  Masker plus(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(secrets);
    all.addAll(more);
    return new Masker(all);
  }

  String mask(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String s : secrets) {
      if (out.contains(s)) {
        out = out.replace(s, MASK);
      }
    }
    return out;
  }
}

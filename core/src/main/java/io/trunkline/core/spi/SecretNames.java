package io.trunkline.core.spi;

import java.util.List;

/**
 * The one rule for vendor field names that look like they hold a secret: the name, in lower case and without
 * separators, contains {@code password}, {@code passwd}, {@code secret}, {@code token}, {@code apikey} or
 * {@code privatekey} ({@code sip_password}, {@code access_token}, {@code Password}, {@code api-key}). Such a field is
 * never kept in {@code attributes}, logged or echoed, whether or not a provider declared it.
 */
public final class SecretNames {
  private static final List<String> MARKS = List.of("password", "passwd", "secret", "token", "apikey", "privatekey");

  private SecretNames() {}

  /** True when {@code name} looks like a secret's field name. */
  public static boolean looksSecret(String name) {
    StringBuilder folded = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        folded.append(Character.toLowerCase(c));
      }
    }
    String n = folded.toString();
    for (String mark : MARKS) {
      if (n.contains(mark)) {
        return true;
      }
    }
    return false;
  }

}

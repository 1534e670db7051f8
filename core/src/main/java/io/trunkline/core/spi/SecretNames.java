package io.trunkline.core.spi;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one rule for vendor field names that look like they hold a secret: the name, in lower case and without
 * separators, contains {@code password}, {@code passwd}, {@code secret}, {@code token}, {@code apikey} or
 * {@code privatekey} ({@code sip_password}, {@code access_token}, {@code Password}, {@code api-key}). Such a field is
 * never kept in {@code attributes}, logged or echoed, whether or not a provider declared it.
 */
public final class SecretNames {
  private static final List<String> MARKS = List.of("password", "passwd", "secret", "token", "apikey", "privatekey");
  /** Each mark's letters, as {@link #mayLookSecret} takes them. */
  private static final int[] MARK_LETTERS = new int[MARKS.size()];

  static {
    for (int i = 0; i < MARKS.size(); i++) {
      for (char c : MARKS.get(i).toCharArray()) {
        MARK_LETTERS[i] |= letterBit((byte) c);
      }
    }
  }
  /** Logs redact more: these may name a secret too ({@code pass}, {@code pwd}, an authorization or signature). */
  private static final Pattern LOGGED = Pattern.compile(
      "(?i).*(pass(word|wd)?|secret|token|api[-_]?key|apikey|authorization|credential|signature|pwd).*");
  /** Vendor field names are few; their verdicts are kept (up to a bound, so hostile names cannot grow it). */
  private static final int KEPT = 4096;
  private static final Map<String, Boolean> VERDICTS = new ConcurrentHashMap<>();

  private SecretNames() {}

  /** True when {@code name} looks like a secret's field name. */
  public static boolean looksSecret(String name) {
    Boolean kept = VERDICTS.get(name);
    if (kept != null) {
      return kept;
    }
    boolean verdict = fold(name);
    if (VERDICTS.size() < KEPT) {
      VERDICTS.put(name, verdict);
    }
    return verdict;
  }

  /**
   * True when a log must not show the value of {@code name}: every name {@link #looksSecret} and more (a log may
   * lose a harmless value, an attribute may not: {@code passthrough} stays an attribute but is hidden in logs).
   */
  public static boolean redactedInLogs(String name) {
    return looksSecret(name) || LOGGED.matcher(name).matches();
  }

  /**
   * False when no name whose letters are only those of {@code letters} (a set of ASCII letters, any case: bit 0 for
   * {@code a} to bit 25 for {@code z}) can look like a secret's: it lacks a letter of each mark. A cheap first test
   * for names read as bytes; true says only "ask {@link #looksSecret}".
   */
  static boolean mayLookSecret(int letters) {
    for (int mark : MARK_LETTERS) {
      if ((letters & mark) == mark) {
        return true;
      }
    }
    return false;
  }

  /** The ASCII letter {@code b} (any case) as its bit for {@link #mayLookSecret}, or 0 for any other byte. */
  static int letterBit(byte b) {
    int c = b | 0x20;
    return c >= 'a' && c <= 'z' ? 1 << (c - 'a') : 0;
  }

  private static boolean fold(String name) {
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

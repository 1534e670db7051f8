package io.trunkline.core.spi;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The common ISO-8601 shape vendors send, {@code 2024-01-15T10:30:00Z} with an optional fraction
 * ({@code .123456Z}), read without a formatter (a listing reads two per trunk; the formatter took half the time of
 * reading a famulor page). Anything else is left to {@code OffsetDateTime.parse}.
 */
final class IsoTimes {
  private IsoTimes() {}

  /** The instant of {@code text} in the UTC shape above, or {@code null} when it has another shape. */
  static Instant utc(String text) {
    int n = text.length();
    if (n < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
        || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(n - 1) != 'Z') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    int nanos = 0;
    if (n > 20) {
      if (text.charAt(19) != '.' || n - 21 > 9 || n == 21) {
        return null;
      }
      nanos = digits(text, 20, n - 1);
      for (int i = n - 21; i < 9; i++) {
        nanos *= 10;
      }
    }
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59 || nanos < 0) {
      return null;
    }
    try {
      long epochDay = LocalDate.of(year, month, day).toEpochDay();
      return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    } catch (DateTimeException e) {
      return null; // 2023-02-30: let the formatter say what is wrong
    }
  }

  /** The number in {@code text[from, to)}, or -1 when a character is not an ASCII digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}

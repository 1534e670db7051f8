package io.trunkline.core.spi;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Reads {@code Retry-After}: delta seconds, or an HTTP date measured against the response's own {@code Date}. */
final class RetryAfter {
  /** Any longer wait is read as this one: far past every sensible {@code maxRetryAfter}. */
  static final long MAX_SECONDS = 999_999_999L;
  private static final int MAX_DIGITS = 9;

  private RetryAfter() {}

  static Optional<Duration> parse(List<String> values, String dateHeader, Instant now) {
    if (values.size() != 1) {
      return Optional.empty();
    }
    String value = values.get(0).trim();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.of(Duration.ofSeconds(seconds(value)));
    }
    Optional<Instant> at = httpDate(value);
    if (at.isEmpty()) {
      return Optional.empty();
    }
    Instant reference = dateHeader == null ? now : httpDate(dateHeader).orElse(now);
    Duration wait = Duration.between(reference, at.get());
    return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /** Delta seconds read as a number first (leading zeros are fine), then bounded. */
  private static long seconds(String digits) {
    String significant = digits.replaceFirst("^0+(?=.)", "");
    return significant.length() > MAX_DIGITS ? MAX_SECONDS : Math.min(Long.parseLong(significant), MAX_SECONDS);
  }

  private static Optional<Instant> httpDate(String value) {
    try {
      return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}

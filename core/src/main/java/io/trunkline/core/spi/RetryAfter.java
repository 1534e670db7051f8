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
      if (value.length() > 9) {
        return Optional.of(Duration.ofSeconds(999_999_999L));
      }
      return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
    }
    Optional<Instant> at = httpDate(value);
    if (at.isEmpty()) {
      return Optional.empty();
    }
    Instant reference = dateHeader == null ? now : httpDate(dateHeader).orElse(now);
    Duration wait = Duration.between(reference, at.get());
    return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  private static Optional<Instant> httpDate(String value) {
    try {
      return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}

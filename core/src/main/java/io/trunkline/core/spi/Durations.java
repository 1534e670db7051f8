package io.trunkline.core.spi;

import java.time.Duration;
import java.time.Instant;

/**
 * Saturating time arithmetic, the one place core turns a {@link Duration} (a timeout, a {@code Retry-After}, a
 * vendor's {@code expires_in}) into nanoseconds, milliseconds or a later {@link Instant}: a value too large is
 * clamped to {@link #LONGEST} (about 73 years) instead of throwing {@code ArithmeticException} or
 * {@code DateTimeException}; a negative one counts as zero.
 */
public final class Durations {
  /** The longest duration core computes with; a deadline this far away never passes in practice. */
  public static final Duration LONGEST = Duration.ofNanos(Long.MAX_VALUE / 4);
  private static final long MAX_OKHTTP_MILLIS = Integer.MAX_VALUE;

  private Durations() {}

  /** {@code d} within [0, {@link #LONGEST}]. */
  public static Duration clamp(Duration d) {
    if (d.isNegative()) {
      return Duration.ZERO;
    }
    return d.compareTo(LONGEST) > 0 ? LONGEST : d;
  }

  /** {@code d} in nanoseconds, clamped. */
  public static long nanos(Duration d) {
    return clamp(d).toNanos();
  }

  /** {@code d} in milliseconds, clamped. */
  public static long millis(Duration d) {
    return clamp(d).toMillis();
  }

  /** {@code d} as OkHttp accepts a timeout: whole milliseconds, at most {@code Integer.MAX_VALUE} (24.8 days). */
  static Duration forOkHttp(Duration d) {
    return Duration.ofMillis(Math.min(millis(d), MAX_OKHTTP_MILLIS));
  }

  /** {@code now} plus {@code d}, clamped to {@link Instant#MAX}. */
  public static Instant plus(Instant now, Duration d) {
    Duration wait = clamp(d);
    return Duration.between(now, Instant.MAX).compareTo(wait) <= 0 ? Instant.MAX : now.plus(wait);
  }

  /** A deadline on the {@code System.nanoTime()} scale, {@code d} after {@code nowNanos}. */
  static long deadline(long nowNanos, Duration d) {
    long nanos = nanos(d);
    return nowNanos > Long.MAX_VALUE - nanos ? Long.MAX_VALUE : nowNanos + nanos;
  }
}

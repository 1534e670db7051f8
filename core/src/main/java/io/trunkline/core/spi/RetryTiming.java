package io.trunkline.core.spi;

import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * How an {@link HttpEngine} waits between attempts and draws its jitter: for real by default; a test opens its
 * providers inside {@link #open} to make them record pauses instead of sleeping and to pin the jitter. The seam
 * lives here, off the public {@code ProviderConfig}, so no user can switch retry waits off by accident.
 *
 * <p>Not API: exported only to Trunkline's own modules.
 */
public final class RetryTiming {
  static final RetryTiming SYSTEM = new RetryTiming(Sleeper.SYSTEM, new RandomJitter());
  private static final ThreadLocal<RetryTiming> OPENING = new ThreadLocal<>();

  private final Sleeper sleeper;
  private final DoubleSupplier jitter;

  private RetryTiming(Sleeper sleeper, DoubleSupplier jitter) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.jitter = Objects.requireNonNull(jitter, "jitter");
  }

  /** A timing that waits with {@code sleeper} and draws jitter (a value in [0, 1]) from {@code jitter}. */
  public static RetryTiming of(Sleeper sleeper, DoubleSupplier jitter) {
    return new RetryTiming(sleeper, jitter);
  }

  /** A timing that waits with {@code sleeper} and draws jitter as the real one does. */
  public static RetryTiming of(Sleeper sleeper) {
    return new RetryTiming(sleeper, SYSTEM.jitter);
  }

  /** Runs {@code opening} (which opens providers) so that every engine it builds keeps this timing for life. */
  public <T> T open(Supplier<T> opening) {
    RetryTiming before = OPENING.get();
    OPENING.set(this);
    try {
      return opening.get();
    } finally {
      if (before == null) {
        OPENING.remove();
      } else {
        OPENING.set(before);
      }
    }
  }

  /** The timing for an engine built now: the one {@link #open} put in place, or the real one. */
  static RetryTiming current() {
    RetryTiming timing = OPENING.get();
    return timing == null ? SYSTEM : timing;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  DoubleSupplier jitter() {
    return jitter;
  }

  /** The real jitter (a class, not a lambda: every engine is built with it, the first one when a JVM starts). */
  private static final class RandomJitter implements DoubleSupplier {
    @Override
    public double getAsDouble() {
      return ThreadLocalRandom.current().nextDouble();
    }
  }
}

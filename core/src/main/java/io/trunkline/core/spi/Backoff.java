package io.trunkline.core.spi;

import io.trunkline.core.RetryPolicy;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Exponential backoff with full jitter: a delay in [0, min(cap, base * 2^(retry-1))]. */
final class Backoff {
  private final RetryPolicy policy;
  private final DoubleSupplier jitter;

  Backoff(RetryPolicy policy, DoubleSupplier jitter) {
    this.policy = policy;
    this.jitter = jitter;
  }

  /** The delay before retry number {@code retry} (1 for the first retry). */
  Duration delay(int retry) {
    long base = Durations.millis(policy.baseDelay());
    long cap = Durations.millis(policy.maxDelay());
    long ceiling = base;
    for (int i = 1; i < retry && ceiling < cap; i++) {
      ceiling = ceiling > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : ceiling * 2;
    }
    ceiling = Math.min(ceiling, cap);
    double j = Math.min(1.0, Math.max(0.0, jitter.getAsDouble()));
    return Duration.ofMillis(Math.round(ceiling * j));
  }
}

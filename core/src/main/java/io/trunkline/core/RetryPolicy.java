package io.trunkline.core;

import java.time.Duration;
import org.immutables.value.Value;

/**
 * How failed calls are retried. Idempotent calls (GET, PUT, DELETE, and any call a provider marks so) are
 * retried on connection failures and on 408, 429, 500, 502, 503 and 504, with exponential backoff and full
 * jitter; a {@code Retry-After} the server sends is a floor under the computed delay. A call is never retried
 * past its total deadline, nor when {@code Retry-After} exceeds {@link #maxRetryAfter()}.
 */
@Value.Immutable
public abstract class RetryPolicy {
  /** Attempts in total, the first included; {@code 1} turns retries off. Default 3. */
  @Value.Default
  public int maxAttempts() {
    return 3;
  }

  /** The delay before the first retry, doubled for each further retry. Default 500 ms. */
  @Value.Default
  public Duration baseDelay() {
    return Duration.ofMillis(500);
  }

  /** The largest computed delay. Default 8 s. */
  @Value.Default
  public Duration maxDelay() {
    return Duration.ofSeconds(8);
  }

  /** The longest {@code Retry-After} honoured; a longer one fails at once. Default 60 s. */
  @Value.Default
  public Duration maxRetryAfter() {
    return Duration.ofSeconds(60);
  }

  /**
   * Retries one provider instance may spend before it stops retrying, so an outage is not amplified; each
   * successful call earns one back. Default 100.
   */
  @Value.Default
  public int retryBudget() {
    return 100;
  }

  @Value.Check
  void check() {
    if (maxAttempts() < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (baseDelay().isNegative() || maxDelay().isNegative() || maxRetryAfter().isNegative()) {
      throw new IllegalArgumentException("retry delays must not be negative");
    }
    if (retryBudget() < 0) {
      throw new IllegalArgumentException("retryBudget must not be negative");
    }
  }

  /** The defaults: 3 attempts, 500 ms base, 8 s cap. */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** No retries: every call is made once. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RetryPolicy}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableRetryPolicy.Builder {
    Builder() {}
  }
}

package io.trunkline.provider.famulor;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Famulor's rate-limit headers as last seen on a successful response: {@code X-RateLimit-Limit},
 * {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (a Unix time). Famulor documents 100 requests per
 * minute with bursts of 20 per 10 seconds. A header that is missing or not a number is empty here.
 */
@Value.Immutable
public abstract class FamulorRateLimit {
  /** Requests allowed in the current window. */
  public abstract OptionalLong limit();

  /** Requests left in the current window. */
  public abstract OptionalLong remaining();

  /** When the window resets. */
  public abstract Optional<Instant> reset();

  /** When the response carrying these headers arrived. */
  public abstract Instant observedAt();

  public static ImmutableFamulorRateLimit.Builder builder() {
    return ImmutableFamulorRateLimit.builder();
  }
}

package io.trunkline.core;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What a {@link CallListener} is told: values with few distinct values each (provider, operation, route template,
 * status, reason), durations and counts — never a credential, a header, a body, or an id from a path.
 */
@Value.Immutable
public abstract class CallEvent {
  /** How a call ended: a read succeeded or failed; a write was applied, refused, or its outcome is unknown. */
  public enum Outcome {
    /** A read returned. */
    SUCCEEDED,
    /** A read threw. */
    FAILED,
    /** A write was carried out (also when only reading it back afterwards failed). */
    APPLIED,
    /** A write was refused, before sending or by the vendor: nothing changed. */
    REFUSED,
    /** A write may or may not have been carried out: look before sending it again. */
    OUTCOME_UNKNOWN
  }

  /** The provider id, such as {@code pbx}. */
  public abstract String provider();

  /**
   * The neutral operation ({@code list}, {@code get}, {@code create}, {@code update}, {@code delete},
   * {@code connectNumber}, …), or for a call through the vendor client its method and route template
   * ({@code GET /v1/trunks/{id}}).
   */
  public abstract String operation();

  /** For an attempt or a retry: the method and route template of the request, such as {@code PUT /v1/trunks/{id}}. */
  public abstract Optional<String> request();

  /**
   * For an attempt or a retry: its number, from 1, within its request; at the end of a call: the number of requests
   * sent in all; 0 at the start.
   */
  @Value.Default
  public int attempt() {
    return 0;
  }

  /** The HTTP status of the attempt, or at the end of a call of its last answer; empty when there was none. */
  public abstract OptionalInt status();

  /** How long the attempt or the call took; for a retry, the wait before the next attempt; zero at the start. */
  @Value.Default
  public Duration duration() {
    return Duration.ZERO;
  }

  /**
   * What went wrong, in a few fixed words: for an attempt or a retry, {@code status 503}, {@code timeout},
   * {@code connection reset}, {@code connection refused}, {@code transport failure}, {@code unreadable response},
   * {@code credentials renewed}; at the end of a failed call, the simple name of the exception it threw.
   */
  public abstract Optional<String> failure();

  /** For a retry: the wait the vendor asked for ({@code Retry-After}, or its own field), if it asked. */
  public abstract Optional<Duration> retryAfter();

  /** At the end of a call: how it ended. */
  public abstract Optional<Outcome> outcome();

  /** The class of {@link #status()}: {@code 2xx}, {@code 3xx}, {@code 4xx}, {@code 5xx}, or {@code none}. */
  public String statusClass() {
    OptionalInt status = status();
    return status.isPresent() && status.getAsInt() >= 100 && status.getAsInt() < 600
        ? status.getAsInt() / 100 + "xx" : "none";
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CallEvent}: core builds them; a listener's own tests may too. */
  public static final class Builder extends ImmutableCallEvent.Builder {
    Builder() {}
  }
}

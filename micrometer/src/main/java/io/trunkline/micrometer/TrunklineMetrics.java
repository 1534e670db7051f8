package io.trunkline.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.trunkline.core.CallEvent;
import io.trunkline.core.CallListener;
import java.util.Locale;
import java.util.Objects;

/**
 * Records Trunkline's calls in a Micrometer {@link MeterRegistry}; set it as a provider's listener with
 * {@code ProviderConfig.builder().listener(new TrunklineMetrics(registry))} (one instance may serve every provider).
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>one per</th></tr>
 *   <tr><td>{@code trunkline.calls}</td><td>timer</td><td>provider, operation, outcome, status</td>
 *       <td>neutral operation (each page of a listing), or vendor-client request</td></tr>
 *   <tr><td>{@code trunkline.attempts}</td><td>timer</td><td>provider, operation, status</td>
 *       <td>HTTP request sent</td></tr>
 *   <tr><td>{@code trunkline.retries}</td><td>counter</td><td>provider, operation, status, reason</td>
 *       <td>request sent again</td></tr>
 * </table>
 *
 * <p>Every tag has few values: {@code provider} the provider id; {@code operation} the neutral operation
 * ({@code list}, {@code get}, {@code create}, …) or a vendor-client request's method and route template
 * ({@code GET /v1/trunks/{id}}), never an id; {@code outcome} {@code succeeded} or {@code failed} for reads,
 * {@code applied}, {@code refused} or {@code outcome_unknown} for writes; {@code status} {@code 2xx}, {@code 3xx},
 * {@code 4xx}, {@code 5xx} or {@code none} (no answer); {@code reason} a few fixed words ({@code status 503},
 * {@code timeout}, {@code connection reset}, …).
 */
public final class TrunklineMetrics extends CallListener {
  /** The timer of whole calls. */
  public static final String CALLS = "trunkline.calls";
  /** The timer of HTTP requests sent. */
  public static final String ATTEMPTS = "trunkline.attempts";
  /** The counter of requests sent again. */
  public static final String RETRIES = "trunkline.retries";

  private final MeterRegistry registry;

  /**
   * Records in {@code registry}.
   *
   * @param registry where the meters are registered
   */
  public TrunklineMetrics(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void attemptEnd(CallEvent event) {
    Timer.builder(ATTEMPTS).description("HTTP requests Trunkline sent to a vendor")
        .tags(common(event)).tag("status", event.statusClass())
        .register(registry).record(event.duration());
  }

  @Override
  public void retry(CallEvent event) {
    Counter.builder(RETRIES).description("Requests Trunkline sent again after a failure")
        .tags(common(event)).tag("status", event.statusClass()).tag("reason", event.failure().orElse("unknown"))
        .register(registry).increment();
  }

  @Override
  public void callEnd(CallEvent event) {
    Timer.builder(CALLS).description("Trunkline calls: neutral operations and vendor-client requests")
        .tags(common(event))
        .tag("outcome", event.outcome().map(o -> o.name().toLowerCase(Locale.ROOT)).orElse("unknown"))
        .tag("status", event.statusClass())
        .register(registry).record(event.duration());
  }

  private static Tags common(CallEvent event) {
    return Tags.of("provider", event.provider(), "operation", event.operation());
  }
}

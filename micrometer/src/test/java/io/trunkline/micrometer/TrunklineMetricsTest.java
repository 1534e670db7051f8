package io.trunkline.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.testing.SimResponse;
import io.trunkline.provider.flex.FlexClient;
import io.trunkline.testing.flex.FlexSimulator;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 19 #14: the calls, attempts and retries of a provider on the flex simulator, as Micrometer meters. */
class TrunklineMetricsTest {
  private static final String PASSWORD = "pw-Metrics-SECRET-5";
  private final FlexSimulator flex = new FlexSimulator();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private TrunkProvider provider;

  @BeforeEach
  void open() {
    flex.start();
    flex.seedDemoData();
    ProviderConfig config = ProviderConfig.builder().from(flex.config())
        .listener(new TrunklineMetrics(registry))
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build())
        .build();
    provider = Trunkline.discover().open("flex", config);
  }

  @AfterEach
  void close() {
    provider.close();
    flex.close();
  }

  private double calls(String operation, String outcome, String status) {
    return registry.find(TrunklineMetrics.CALLS).tags("provider", "flex", "operation", operation, "outcome", outcome,
        "status", status).timers().stream().mapToLong(t -> t.count()).sum();
  }

  private double attempts(String operation, String status) {
    return registry.find(TrunklineMetrics.ATTEMPTS).tags("provider", "flex", "operation", operation, "status", status)
        .timers().stream().mapToLong(t -> t.count()).sum();
  }

  @Test
  void aRead_aRetriedRead_andEachListingPage_areTimed() {
    int trunks = provider.list(TrunkQuery.all()).toList().size();
    String id = provider.list(TrunkQuery.all()).firstPage().items().get(0).id();
    AtomicInteger seen = new AtomicInteger();
    flex.intercept(request -> seen.getAndIncrement() == 0
        ? SimResponse.json(503, "{\"message\":\"busy\"}").withHeader("Retry-After", "0")
        : flex.dispatchToRoutes(request));
    provider.get(id);
    flex.intercept(null);

    assertThat(trunks).isPositive();
    assertThat(calls("list", "succeeded", "2xx")).as("one call per page read").isPositive()
        .isEqualTo(attempts("list", "2xx"));
    assertThat(calls("get", "succeeded", "2xx")).isEqualTo(1);
    assertThat(attempts("get", "5xx")).isEqualTo(1);
    assertThat(attempts("get", "2xx")).as("flex's get reads the trunk, then its list item").isEqualTo(2)
        .isEqualTo(seen.get() - 1);
    assertThat(registry.get(TrunklineMetrics.RETRIES).tags("provider", "flex", "operation", "get", "status", "5xx",
        "reason", "status 503").counter().count()).isEqualTo(1);
  }

  @Test
  void writes_areApplied_refused_orOutcomeUnknown() {
    TrunkSpec spec = TrunkSpec.builder().name("Metrics").password(Secret.of(PASSWORD)).callerId("+13132847320")
        .build();
    String id = provider.create(spec).id();
    assertThatThrownBy(() -> provider.create(TrunkSpec.builder().name("No password").build()))
        .isInstanceOf(TrunkValidationException.class);
    flex.intercept(request -> SimResponse.json(504, "{\"message\":\"gateway timeout\"}"));
    assertThatThrownBy(() -> provider.create(spec)).isInstanceOf(TrunkApiException.class);
    flex.intercept(null);
    provider.delete(id);

    assertThat(calls("create", "applied", "2xx")).isEqualTo(1);
    assertThat(calls("create", "refused", "none")).as("refused before sending").isEqualTo(1);
    assertThat(calls("create", "outcome_unknown", "5xx")).isEqualTo(1);
    assertThat(calls("delete", "applied", "2xx")).isEqualTo(1);
    assertThat(attempts("create", "5xx")).as("a create is never sent twice").isEqualTo(1);
    assertNoIdAndFewTags(id);
  }

  private void assertNoIdAndFewTags(String id) {
    assertThat(registry.getMeters()).isNotEmpty();
    for (Meter meter : registry.getMeters()) {
      assertThat(meter.getId().getName()).startsWith("trunkline.");
      for (Tag tag : meter.getId().getTags()) {
        assertThat(tag.getKey()).isIn(Set.of("provider", "operation", "outcome", "status", "reason"));
        assertThat(tag.getValue()).doesNotContain(id, PASSWORD, "Metrics", "13132847320");
      }
    }
  }

  @Test
  void aVendorClientRequest_isTimedByItsRouteTemplate_neverByItsPath() {
    String id = provider.list(TrunkQuery.all()).firstPage().items().get(0).id();
    registry.clear();
    FlexClient client = (FlexClient) provider.vendorClient();
    client.get(Long.parseLong(id));
    flex.intercept(request -> SimResponse.json(500, "{\"message\":\"oops\"}"));
    assertThatThrownBy(() -> client.get(Long.parseLong(id))).isInstanceOf(TrunkApiException.class);
    flex.intercept(null);

    assertThat(calls("GET /v1/trunks/{id}", "succeeded", "2xx")).isEqualTo(1);
    assertThat(calls("GET /v1/trunks/{id}", "failed", "5xx")).isEqualTo(1);
    assertThat(attempts("GET /v1/trunks/{id}", "5xx")).as("an idempotent read, retried").isEqualTo(3);
    assertThat(registry.find(TrunklineMetrics.CALLS).timers()).hasSize(2);
    assertNoIdAndFewTags(id);
  }
}

package io.trunkline.provider.flex;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.Credentials;
import io.trunkline.core.ImmutableProviderConfig;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import io.trunkline.testing.Payloads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A WireMock server on loopback and flex providers pointed at it, with a recording sleeper. One per test class
 * ({@code @BeforeAll}), {@link #reset()} after each test.
 */
final class FlexFixture implements AutoCloseable {
  static final String KEY = "wavix-test-key-5f2c8e91";

  final WireMockServer server =
      new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final List<FlexProvider> opened = new ArrayList<>();

  FlexFixture() {
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  ImmutableProviderConfig.Builder config() {
    return ProviderConfig.builder()
        .baseUrl(baseUrl())
        .credentials(Credentials.bearer(KEY))
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).build())
        .readTimeout(Duration.ofSeconds(15))
        .attemptTimeout(Duration.ofSeconds(20))
        .sleeper(sleeps::add)
        .jitter(() -> 1.0);
  }

  FlexProvider provider() {
    return open(config().build());
  }

  FlexProvider open(ProviderConfig config) {
    FlexProvider provider = new FlexProviderFactory().create(config);
    opened.add(provider);
    return provider;
  }

  FlexClient client() {
    return provider().vendorClient();
  }

  /** A recorded Wavix payload from the test fixtures. */
  static String payload(String name) {
    return Payloads.text("flex/" + name);
  }

  List<LoggedRequest> requests() {
    return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
  }

  /** Between tests: closes the providers opened, forgets stubs, journal and sleeps; the server keeps running. */
  void reset() {
    opened.forEach(FlexProvider::close);
    opened.clear();
    server.resetAll();
    sleeps.clear();
  }

  @Override
  public void close() {
    reset();
    server.stop();
  }
}

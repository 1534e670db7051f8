package io.trunkline.provider.famulor;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.trunkline.core.Credentials;
import io.trunkline.core.ImmutableProviderConfig;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import io.trunkline.testing.Payloads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A WireMock server on loopback (one for the whole test run, reset for each fixture) and a fresh Famulor provider
 * pointed at it, with a recording sleeper.
 */
final class FamulorFixture implements AutoCloseable {
  private static final WireMockServer SERVER = startServer();

  static final String KEY = "fam-key-8d2e5f1a-SECRET";
  static final String TRUNKS = "/api/user/phone-numbers/sip-trunks";
  static final Instant NOW = Instant.parse("2026-04-01T08:00:00Z");

  final WireMockServer server = SERVER;
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  final FamulorProvider provider;
  final FamulorClient client;

  FamulorFixture() {
    server.resetAll();
    provider = (FamulorProvider) new FamulorProviderFactory().create(config().build());
    client = provider.vendorClient();
  }

  ImmutableProviderConfig.Builder config() {
    return ProviderConfig.builder()
        .baseUrl("http://127.0.0.1:" + server.port())
        .credentials(Credentials.bearer(KEY))
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).build())
        .readTimeout(Duration.ofSeconds(2))
        .attemptTimeout(Duration.ofSeconds(3))
        .sleeper(sleeps::add)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .jitter(() -> 1.0);
  }

  static String payload(String name) {
    return Payloads.text("famulor/" + name);
  }

  @Override
  public void close() {
    provider.close();
  }

  private static WireMockServer startServer() {
    WireMockServer server =
        new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    return server;
  }
}

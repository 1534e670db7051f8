package io.trunkline.core.spi;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.trunkline.core.Capability;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A WireMock server on loopback and engines pointed at it that record their pauses. */
final class EngineFixture implements AutoCloseable {
  static final String TOKEN = "tok-3f9a-SECRET-77";
  static final ProviderMetadata METADATA = ProviderMetadata.builder()
      .id("test").displayName("Test vendor")
      .addCredentialKinds(Credentials.Kind.BEARER, Credentials.Kind.API_KEY, Credentials.Kind.USER_PASSWORD)
      .addCapabilities(Capability.LIST)
      .build();

  final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
  final List<Duration> sleeps = new ArrayList<>();

  EngineFixture() {
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  ProviderConfig.Builder config() {
    return ProviderConfig.builder()
        .baseUrl(baseUrl())
        .credentials(Credentials.bearer(TOKEN))
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).build())
        .readTimeout(Duration.ofSeconds(10))
        .attemptTimeout(Duration.ofSeconds(15));
  }

  /** A context whose engine records its pauses in {@link #sleeps} and draws the largest jitter. */
  ProviderContext context(ProviderConfig config) {
    return context(config, sleeps::add);
  }

  ProviderContext context(ProviderConfig config, Sleeper sleeper) {
    return RetryTiming.of(sleeper, () -> 1.0).open(() -> ProviderContext.builder(METADATA, config).build());
  }

  HttpEngine engine() {
    return context(config().build()).http();
  }

  @Override
  public void close() {
    server.stop();
  }
}

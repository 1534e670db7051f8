package io.trunkline.core.spi;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.trunkline.core.Capability;
import io.trunkline.core.CredentialKind;
import io.trunkline.core.Credentials;
import io.trunkline.core.ImmutableProviderConfig;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A WireMock server on loopback and engines pointed at it with a recording sleeper. */
final class EngineFixture implements AutoCloseable {
  static final String TOKEN = "tok-3f9a-SECRET-77";
  static final ProviderMetadata METADATA = ProviderMetadata.builder()
      .id("test").displayName("Test vendor")
      .addCredentialKinds(CredentialKind.BEARER, CredentialKind.API_KEY, CredentialKind.USER_PASSWORD)
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

  ImmutableProviderConfig.Builder config() {
    return ProviderConfig.builder()
        .baseUrl(baseUrl())
        .credentials(Credentials.bearer(TOKEN))
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).build())
        .readTimeout(Duration.ofSeconds(10))
        .attemptTimeout(Duration.ofSeconds(15))
        .sleeper(d -> sleeps.add(d))
        .jitter(() -> 1.0);
  }

  ProviderContext context(ProviderConfig config) {
    return ProviderContext.builder(METADATA, config).build();
  }

  HttpEngine engine() {
    return context(config().build()).http();
  }

  @Override
  public void close() {
    server.stop();
  }
}

package io.trunkline.provider.pbx;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.Credentials;
import io.trunkline.core.ImmutableProviderConfig;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import io.trunkline.testing.Payloads;
import java.util.List;
import java.util.function.Consumer;

/** A WireMock server on loopback with a PBX provider pointed at it; shared per test class. */
final class PbxTestServer implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789";

  final WireMockServer server;

  PbxTestServer() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  ImmutableProviderConfig.Builder config() {
    return ProviderConfig.builder().baseUrl(baseUrl()).credentials(Credentials.bearer(TOKEN)).sleeper(d -> { })
        .retryPolicy(RetryPolicy.defaults());
  }

  PbxProvider provider() {
    return provider(b -> { });
  }

  PbxProvider provider(Consumer<ImmutableProviderConfig.Builder> customize) {
    ImmutableProviderConfig.Builder b = config();
    customize.accept(b);
    return (PbxProvider) new PbxProviderFactory().create(b.build());
  }

  /** Every request received, oldest first. */
  List<LoggedRequest> requests() {
    return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
  }

  /** The one request received (fails when there were more or none). */
  LoggedRequest onlyRequest() {
    List<LoggedRequest> all = requests();
    if (all.size() != 1) {
      throw new AssertionError("expected exactly one request, got " + all.size() + ": "
          + all.stream().map(r -> r.getMethod() + " " + r.getUrl()).toList());
    }
    return all.get(0);
  }

  static String payload(String name) {
    return Payloads.text("pbx/" + name);
  }

  void reset() {
    server.resetAll();
  }

  @Override
  public void close() {
    server.stop();
  }
}

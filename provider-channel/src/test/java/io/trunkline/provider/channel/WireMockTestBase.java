package io.trunkline.provider.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.Credentials;
import io.trunkline.core.ImmutableProviderConfig;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import io.trunkline.testing.Payloads;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A WireMock server on loopback (one per test class, reset before each test) and a channel provider pointed at it,
 * with a sleeper that only records.
 */
abstract class WireMockTestBase {
  static final String TOKEN = "tok-CHN-5e3b-SECRET-91";
  static final String ACCOUNT = "013dc5c1-ff09-4ece-ad3a-7f8f60949407";
  static final String ACCOUNT_PATH = "/v1/accounts/" + ACCOUNT;

  static WireMockServer server;
  ChannelProvider provider;
  ChannelClient client;
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void startServer() {
    server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void openProvider() {
    server.resetAll();
    provider = open(config().build());
    client = provider.vendorClient();
  }

  @AfterEach
  void closeProvider() {
    if (provider != null) {
      provider.close();
    }
  }

  ImmutableProviderConfig.Builder config() {
    return ProviderConfig.builder()
        .baseUrl("http://127.0.0.1:" + server.port())
        .credentials(Credentials.bearer(TOKEN))
        .putSettings("account-id", ACCOUNT)
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(10)).build())
        .readTimeout(Duration.ofSeconds(2))
        .attemptTimeout(Duration.ofSeconds(3))
        .sleeper(sleeps::add)
        .jitter(() -> 1.0);
  }

  ChannelProvider open(ProviderConfig config) {
    return new ChannelProviderFactory().create(config);
  }

  static String payload(String name) {
    return Payloads.text("channel/" + name);
  }

  static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  static ResponseDefinitionBuilder jsonPayload(int status, String name) {
    return json(status, payload(name));
  }

  /** Every request the server saw, oldest first. */
  List<LoggedRequest> requests() {
    List<LoggedRequest> all = new java.util.ArrayList<>();
    server.getAllServeEvents().forEach(e -> all.add(0, e.getRequest()));
    return all;
  }

  LoggedRequest onlyRequest() {
    List<LoggedRequest> all = requests();
    org.assertj.core.api.Assertions.assertThat(all).hasSize(1);
    return all.get(0);
  }
}

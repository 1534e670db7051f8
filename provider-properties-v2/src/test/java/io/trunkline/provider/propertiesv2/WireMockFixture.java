package io.trunkline.provider.propertiesv2;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A WireMock server on loopback and a provider pointed at it, for the request/answer tests. */
abstract class WireMockFixture {
  static final String ACCOUNT = "ACT3ST9ACC0UNT5ID7XYZ2QWE4RTY6UI";
  static final String TOKEN = "t0ken-Secret-9f8e7d";
  static final String PROPERTY = "PRT3STPR0P3RTY5ID7XYZ2QWE4RTY6UI";
  static final String BASIC = "Basic " + Base64.getEncoder()
      .encodeToString((ACCOUNT + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
  static final String BASE = "/v2/Properties/" + PROPERTY;

  static WireMockServer server;
  PropertiesV2Provider provider;
  PropertiesV2Client client;

  @BeforeAll
  static void startServer() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void openProvider() {
    server.resetAll();
    provider = open(Map.of());
    client = provider.vendorClient();
  }

  @AfterEach
  void closeProvider() {
    provider.close();
  }

  /** A provider at the WireMock server, with {@code property-sid} and {@code extra} settings. */
  static PropertiesV2Provider open(Map<String, String> extra) {
    return new PropertiesV2ProviderFactory().create(config(extra).build());
  }

  static io.trunkline.core.ImmutableProviderConfig.Builder config(Map<String, String> extra) {
    return ProviderConfig.builder()
        .baseUrl("http://127.0.0.1:" + server.port())
        .credentials(Credentials.userPassword(ACCOUNT, Secret.of(TOKEN)))
        .putSettings(PropertiesV2ProviderFactory.PROPERTY_SID, PROPERTY)
        .putAllSettings(extra)
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
        .sleeper(d -> { });
  }

  static List<LoggedRequest> requests() {
    return server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
  }
}

package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkTransportException;
import java.net.InetAddress;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which base URLs a provider accepts, and what a refusal says about them. */
@Timeout(30)
class BaseUrlRulesTest {
  private final EngineFixture fx = new EngineFixture();

  @AfterEach
  void stop() {
    fx.close();
  }

  private ProviderContext open(String baseUrl) {
    return fx.context(fx.config().baseUrl(baseUrl).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://evil.localhost", "http://evil.localhost:8080/api", "http://localhost.evil.example",
      "http://127.0.0.1.nip.io", "http://xn--localhost", "http://localhost.", "http://10.0.0.1"})
  void plainHttp_toANameThatOnlyLooksLikeLoopback_isRefused(String url) {
    assertThatThrownBy(() -> open(url)).isInstanceOf(TrunkConfigurationException.class)
        .hasMessageContaining("HTTPS is required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:1", "http://LOCALHOST:1", "http://127.0.0.1:1", "http://127.8.9.10:1",
      "http://[::1]:1/prefix"})
  void plainHttp_toALoopbackLiteralOrExactlyLocalhost_isAllowed(String url) {
    open(url).close();
  }

  @Test
  void plainHttp_toLocalhost_isRefusedBeforeSending_whenTheNameResolvesElsewhere() {
    OkHttpClient lyingDns = new OkHttpClient.Builder()
        .dns(host -> List.of(InetAddress.getByAddress(host, new byte[] {(byte) 192, 0, 2, 1})))
        .build();
    ProviderConfig config = fx.config().baseUrl("http://localhost:" + fx.server.port()).httpClient(lyingDns)
        .retryPolicy(RetryPolicy.none()).build();

    assertThatThrownBy(() -> fx.context(config).http().execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOf(TrunkTransportException.class)
        .hasMessageContaining("not a loopback address");
  }

  @Test
  void plainHttp_toLocalhost_isSent_whenTheNameResolvesToLoopback() {
    fx.server.stubFor(get("/x").willReturn(okJson("{\"ok\":true}")));
    OkHttpClient loopbackDns = new OkHttpClient.Builder()
        .dns(host -> List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})))
        .build();
    ProviderConfig config = fx.config().baseUrl("http://localhost:" + fx.server.port()).httpClient(loopbackDns).build();

    assertThat(fx.context(config).http().execute(ApiRequest.get("/x").build(), JsonNode.class).get("ok").asBoolean())
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://USERX:SECRETA/SECRETB@api.acme.example",
      "https://USERX:SECRETA/SECRETB@api.acme.example:8443/base",
      "https://USERX:SECRETA@SECRETB@api.acme.example/base",
      "https://USERX/SECRETA:SECRETB@api.acme.example",
      "https://USERX:SECRETA?SECRETB@api.acme.example",
      "https://USERX:SECRETA#SECRETB@api.acme.example",
      "https://USERX:SECRETA\\SECRETB@api.acme.example",
      "https://USERX:SECRETA%zzSECRETB@api.acme.example",
      "https://USERX:SECRETA SECRETB@api.acme.example",
      "https://:SECRETA/SECRETB@api.acme.example",
      "https:USERX:SECRETA/SECRETB@api.acme.example",
      "HTTPS://USERX:SECRETA/SECRETB@api.acme.example",
      "ftp://USERX:SECRETA/SECRETB@api.acme.example",
      "USERX:SECRETA/SECRETB@api.acme.example",
      "https://USERX:SECRETA[SECRETB@api.acme.example"})
  void refusalsOfABaseUrl_neverShowItsUserinfo(String url) {
    assertThatThrownBy(() -> open(url)).isInstanceOf(TrunkConfigurationException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("USERX").doesNotContain("SECRET").contains("***"));
  }

  @Test
  void aRefusedBaseUrl_isShownWithItsHostPortAndPath() {
    assertThatThrownBy(() -> open("https://USERX:SECRETA@api.acme.example:8443/base/v1"))
        .hasMessageContaining("https://***@api.acme.example:8443/base/v1");
    assertThatThrownBy(() -> open("https://USERX:SECRETA/SECRETB@api.acme.example:8443/base/v1"))
        .hasMessageContaining("https://***@api.acme.example:8443/base/v1");
  }
}

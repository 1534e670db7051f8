package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.error.TrunklineException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 19 #12: a caller's {@link OkHttpClient} keeps everything of its own but the settings Trunkline owns
 * (timeouts, call timeout, retry on connection failure, redirects), as {@code ProviderConfig.httpClient()} and
 * docs/reliability.md say.
 */
@Timeout(30)
class InjectedClientTest {
  private final EngineFixture fx = new EngineFixture();

  @AfterEach
  void stop() {
    fx.close();
  }

  @Test
  void theCallersInterceptors_eventListener_andPool_areKept() {
    fx.server.stubFor(get("/x").willReturn(okJson("{}")));
    AtomicInteger networkCalls = new AtomicInteger();
    AtomicInteger callsStarted = new AtomicInteger();
    OkHttpClient shared = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Caller", "kept").build()))
        .addNetworkInterceptor(chain -> {
          networkCalls.incrementAndGet();
          return chain.proceed(chain.request());
        })
        .eventListener(new EventListener() {
          @Override
          public void callStart(Call call) {
            callsStarted.incrementAndGet();
          }
        })
        .build();

    try (ProviderContext context = fx.context(fx.config().httpClient(shared).build())) {
      context.http().execute(ApiRequest.get("/x").build(), JsonNode.class);
    }

    fx.server.verify(1, getRequestedFor(urlEqualTo("/x")).withHeader("X-Caller", equalTo("kept")));
    assertThat(networkCalls).hasValue(1);
    assertThat(callsStarted).hasValue(1);
    assertThat(shared.connectionPool().connectionCount()).as("the caller's pool holds the connection").isEqualTo(1);
  }

  @Test
  void theCallersTimeouts_andRedirects_areReplacedByTheConfigs() {
    fx.server.stubFor(get("/slow").willReturn(okJson("{}").withFixedDelay(300)));
    fx.server.stubFor(get("/moved").willReturn(aResponse().withStatus(302).withHeader("Location", "/slow")));
    OkHttpClient shared = new OkHttpClient.Builder()
        .readTimeout(50, TimeUnit.MILLISECONDS)
        .callTimeout(50, TimeUnit.MILLISECONDS)
        .followRedirects(true)
        .build();

    try (ProviderContext context = fx.context(fx.config().httpClient(shared).readTimeout(Duration.ofSeconds(5)).build())) {
      context.http().execute(ApiRequest.get("/slow").build(), JsonNode.class);   // 300 ms: the config's 5 s applies
      assertThatThrownBy(() -> context.http().execute(ApiRequest.get("/moved").build(), JsonNode.class))
          .isInstanceOf(TrunklineException.class);                                 // a redirect is not followed
    }
    fx.server.verify(1, getRequestedFor(urlEqualTo("/slow")));
    assertThat(shared.readTimeoutMillis()).as("the caller's own client is untouched").isEqualTo(50);
  }
  @Test
  void whatTrunklineOverrode_isLoggedOnceAtDebug_withTheCallersValueAndItsOwn_onlyWhereTheyDiffered() {
    fx.server.stubFor(get("/x").willReturn(okJson("{}")));
    OkHttpClient shared = new OkHttpClient.Builder()
        .connectTimeout(5, TimeUnit.SECONDS)          // the config's too: not mentioned
        .writeTimeout(30, TimeUnit.SECONDS)           // likewise
        .readTimeout(50, TimeUnit.MILLISECONDS)
        .callTimeout(2, TimeUnit.SECONDS)
        .retryOnConnectionFailure(false)              // as Trunkline wants it: not mentioned
        .followSslRedirects(false)                    // likewise
        .build();                                     // followRedirects stays OkHttp's default, true

    try (WireLogCapture logs = new WireLogCapture();
        ProviderContext context = fx.context(fx.config().httpClient(shared).build())) {
      context.http().execute(ApiRequest.get("/x").build(), JsonNode.class);
      context.http().execute(ApiRequest.get("/x").build(), JsonNode.class);

      assertThat(logs.text().lines().filter(l -> l.contains("OkHttpClient"))).containsExactly(
          "[test] the caller's OkHttpClient is kept, but Trunkline overrides readTimeout: 50 ms -> 10000 ms,"
              + " callTimeout: 2000 ms -> none, followRedirects: true -> false,"
              + " dns: the caller's -> the caller's, keeping loopback addresses only (see ProviderConfig.httpClient)");
    }
  }

  @Test
  void aCallersClientWithTrunklinesOwnSettings_andOverHttps_logsNothingOverridden() {
    OkHttpClient shared = new OkHttpClient.Builder()
        .connectTimeout(5, TimeUnit.SECONDS).readTimeout(10, TimeUnit.SECONDS).writeTimeout(30, TimeUnit.SECONDS)
        .retryOnConnectionFailure(false).followRedirects(false).followSslRedirects(false).build();

    try (WireLogCapture logs = new WireLogCapture();
        ProviderContext context = fx.context(fx.config().baseUrl("https://127.0.0.1:9").httpClient(shared).build())) {
      assertThat(logs.text()).doesNotContain("OkHttpClient");
    }
  }

  @Test
  void withoutACallersClient_nothingIsSaidAboutOverrides() {
    try (WireLogCapture logs = new WireLogCapture(); ProviderContext context = fx.context(fx.config().build())) {
      assertThat(logs.text()).doesNotContain("OkHttpClient");
    }
  }
}

package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkApiValidationException;
import io.trunkline.core.error.TrunkConflictException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkRateLimitedException;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkServerException;
import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(20)
class HttpEngineTest {
  private final EngineFixture fx = new EngineFixture();

  @AfterEach
  void stop() {
    fx.close();
  }

  @Test
  void get_sendsAuthUserAgentAndAccept_andReadsJson() {
    fx.server.stubFor(get(urlPathEqualTo("/api/providers")).willReturn(okJson("{\"count\":1,\"items\":[{\"id\":\"7\"}]}")));

    JsonNode body = fx.engine().execute(ApiRequest.get("/api/providers").query("top", 100).build(), JsonNode.class);

    assertThat(body.get("count").asInt()).isEqualTo(1);
    fx.server.verify(1, getRequestedFor(urlEqualTo("/api/providers?top=100"))
        .withHeader("Authorization", equalTo("Bearer " + EngineFixture.TOKEN))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("User-Agent", matching("trunkline/\\S+ \\(test; java/.*\\)")));
  }

  @Test
  void retriesA503_thenSucceeds_withComputedBackoff() {
    fx.server.stubFor(get("/x").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    fx.server.stubFor(get("/x").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{}")));

    fx.engine().execute(ApiRequest.get("/x").build(), JsonNode.class);

    fx.server.verify(2, getRequestedFor(urlEqualTo("/x")));
    assertThat(fx.sleeps).containsExactly(Duration.ofMillis(100));
  }

  @Test
  void honoursRetryAfterSeconds_asAFloor() {
    fx.server.stubFor(get("/x").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2")).willSetStateTo("ok"));
    fx.server.stubFor(get("/x").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{}")));

    fx.engine().execute(ApiRequest.get("/x").build(), JsonNode.class);

    assertThat(fx.sleeps).containsExactly(Duration.ofSeconds(2));
    fx.server.verify(2, getRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void neverRetriesAPost_andSaysWhy() {
    fx.server.stubFor(post("/x").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.post("/x").body(Map.of("a", 1)).build()))
        .isInstanceOf(TrunkServerException.class)
        .hasMessageContaining("not retried: POST is not idempotent");
    fx.server.verify(1, postRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void postConnectionReset_onAPooledConnection_isSentOnce_andOutcomeUnknown() {
    fx.server.stubFor(get("/warm").willReturn(okJson("{}")));
    fx.server.stubFor(post("/x").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    HttpEngine engine = fx.engine();
    engine.execute(ApiRequest.get("/warm").build(), JsonNode.class);

    assertThatThrownBy(() -> engine.execute(ApiRequest.post("/x").body(Map.of("a", 1)).build()))
        .isInstanceOfSatisfying(TrunkTransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
    fx.server.verify(1, postRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void readTimeout_becomesATimeoutException_afterEveryAttempt() {
    fx.server.stubFor(get("/slow").willReturn(okJson("{}").withFixedDelay(3000)));
    HttpEngine engine = fx.context(fx.config().readTimeout(Duration.ofMillis(300))
        .retryPolicy(io.trunkline.core.RetryPolicy.builder().maxAttempts(2).baseDelay(Duration.ofMillis(1)).build())
        .build()).http();

    assertThatThrownBy(() -> engine.execute(ApiRequest.get("/slow").build(), JsonNode.class))
        .isInstanceOfSatisfying(TrunkTransportException.class, e -> {
          assertThat(e.timedOut()).isTrue();
          assertThat(e.attempts()).isEqualTo(2);
          assertThat(e.outcomeUnknown()).isFalse();
        });
    fx.server.verify(2, getRequestedFor(urlEqualTo("/slow")));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 412, 422, 501, 505})
  void nonRetryableStatuses_areSentOnce_andTyped(int status) {
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "req-1")
        .withBody("{\"code\":\"E" + status + "\",\"message\":\"nope\"}")));

    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOfSatisfying(TrunkApiException.class, e -> {
          assertThat(e.status()).isEqualTo(status);
          assertThat(e.vendorCode()).contains("E" + status);
          assertThat(e.vendorMessage()).contains("nope");
          assertThat(e.requestId()).contains("req-1");
          assertThat(e.method()).isEqualTo("GET");
          assertThat(e.path()).isEqualTo("/x");
          Class<?> expected = status == 401 || status == 403 ? TrunkUnauthorizedException.class
              : status == 404 ? TrunkNotFoundException.class
              : status == 409 ? TrunkConflictException.class
              : status == 400 || status == 422 ? TrunkApiValidationException.class
              : status == 412 ? TrunkApiException.class
              : TrunkServerException.class;
          assertThat(e).isExactlyInstanceOf(expected);
        });
    fx.server.verify(1, getRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void htmlErrorPage_isReportedWithStatusAndATruncatedExcerpt() {
    String html = "<html><body>" + "Bad gateway ".repeat(500) + "</body></html>";
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
        .withBody(html)));
    HttpEngine engine = fx.context(fx.config().retryPolicy(io.trunkline.core.RetryPolicy.none()).build()).http();

    assertThatThrownBy(() -> engine.execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOfSatisfying(TrunkServerException.class, e -> {
          assertThat(e.status()).isEqualTo(502);
          assertThat(e.failure().bodyExcerpt().orElseThrow()).startsWith("<html><body>Bad gateway")
              .contains("…[truncated");
          assertThat(e.getMessage().length()).isLessThan(2600);
        });
  }

  @Test
  void twoHundredWithHtml_isNeverMappedIntoAModel() {
    fx.server.stubFor(get("/x").willReturn(ok("<html>login</html>").withHeader("Content-Type", "text/html")));

    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("expected JSON").hasMessageContaining("text/html");
  }

  @Test
  void eachAnswersContentType_isJudgedOnItsOwn_afterJsonAnswersWithOtherTypes() {
    fx.server.stubFor(get("/json").willReturn(ok("{\"a\":1}").withHeader("Content-Type", "application/json")));
    fx.server.stubFor(get("/problem").willReturn(ok("{\"a\":2}")
        .withHeader("Content-Type", "application/problem+json; charset=utf-8")));
    fx.server.stubFor(get("/html").willReturn(ok("<html>login</html>").withHeader("Content-Type", "text/html")));
    fx.server.stubFor(get("/none").willReturn(ok("{\"a\":3}")));
    HttpEngine engine = fx.engine();

    for (int round = 0; round < 2; round++) {
      assertThat(engine.execute(ApiRequest.get("/json").build(), JsonNode.class).path("a").asInt()).isEqualTo(1);
      assertThatThrownBy(() -> engine.execute(ApiRequest.get("/html").build(), JsonNode.class))
          .isInstanceOf(TrunkResponseException.class)
          .hasMessageContaining("expected JSON").hasMessageContaining("text/html");
      assertThat(engine.execute(ApiRequest.get("/problem").build(), JsonNode.class).path("a").asInt()).isEqualTo(2);
      assertThat(engine.execute(ApiRequest.get("/none").build(), JsonNode.class).path("a").asInt()).isEqualTo(3);
    }
  }

  @Test
  void hugeBody_isRefused() {
    fx.server.stubFor(get("/x").willReturn(okJson("[" + "\"0123456789\",".repeat(1024 * 1024) + "1]")));
    // the item and token limits raised, so that the byte limit is what stops it
    HttpEngine engine = fx.context(fx.config().maxItemsPerPage(2_000_000).maxJsonTokens(5_000_000).build()).http();

    assertThatThrownBy(() -> engine.execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOfSatisfying(TrunkResponseException.class, e -> assertThat(e.tooLarge()).isTrue())
        .hasMessageContaining("larger than the limit");
  }

  @Test
  void download_streamsPastTheResponseLimit() {
    byte[] big = new byte[12 * 1024 * 1024];
    java.util.Arrays.fill(big, (byte) 'x');
    fx.server.stubFor(get("/export").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/octet-stream").withBody(big)));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    long written = fx.engine().download(ApiRequest.get("/export").build(), out);

    assertThat(written).isEqualTo(big.length);
    assertThat(out.size()).isEqualTo(big.length);
  }

  @Test
  void download_thatBreaksAfterTheFirstBytes_isNotRetried() {
    fx.server.stubFor(get("/export").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    assertThatThrownBy(() -> fx.engine().download(ApiRequest.get("/export").build(), out))
        .isInstanceOf(TrunkTransportException.class);
    int requests = fx.server.findAll(getRequestedFor(urlEqualTo("/export"))).size();
    assertThat(out.size() == 0 ? requests == 3 : requests == 1).as("retried only while nothing was written").isTrue();
  }

  @Test
  void anErrorBodyInA200_becomesTheTypedException_withSecretsMasked() {
    fx.server.stubFor(get("/x").willReturn(okJson("{\"code\":\"E1\",\"message\":\"bad " + EngineFixture.TOKEN + "\"}")));
    ResponseReader<JsonNode> reader = response -> {
      JsonNode node = response.json(Json.mapper().constructType(JsonNode.class));
      if (node.has("code")) {
        throw response.errorInSuccess(node);
      }
      return node;
    };

    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.get("/x").build(), reader))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.vendorCode()).contains("E1");
          assertThat(e.getMessage()).contains("bad ****").contains("answered HTTP 200 with an error body")
              .doesNotContain(EngineFixture.TOKEN);
        });
  }
}

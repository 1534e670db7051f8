package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkRateLimitedException;
import io.trunkline.core.error.TrunkServerException;
import io.trunkline.core.error.TrunkTransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The twelve rules of reliability-bar.md §0, as they apply to the engine. */
@Timeout(30)
class RetryRulesTest {
  private final EngineFixture fx = new EngineFixture();

  @AfterEach
  void stop() {
    fx.close();
  }

  private void failThenSucceed(String method, int status) {
    fx.server.stubFor(request(method, urlEqualTo("/x")).inScenario("s").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(status)).willSetStateTo("ok"));
    fx.server.stubFor(request(method, urlEqualTo("/x")).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(okJson("{}")));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void idempotentCalls_retryTheRetryableStatuses(int status) {
    failThenSucceed("GET", status);

    fx.engine().execute(ApiRequest.get("/x").build(), JsonNode.class);

    fx.server.verify(2, getRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void putIsRetried_withAByteIdenticalBody() {
    failThenSucceed("PUT", 502);

    fx.engine().execute(ApiRequest.put("/x").body(Map.of("name", "a", "port", 5060)).build(), JsonNode.class);

    List<com.github.tomakehurst.wiremock.verification.LoggedRequest> sent = fx.server.findAll(putRequestedFor(urlEqualTo("/x")));
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).getBodyAsString()).isEqualTo(sent.get(1).getBodyAsString());
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 503})
  void postIsSentOnce_evenWhereOkHttpWouldReplayIt(int status) {
    fx.server.stubFor(post("/x").willReturn(aResponse().withStatus(status).withHeader("Retry-After", "0")));

    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.post("/x").body(Map.of("a", 1)).build()))
        .isInstanceOf(TrunkApiException.class);
    fx.server.verify(1, postRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void aPostTheProviderMarksIdempotent_isRetried() {
    failThenSucceed("POST", 503);

    fx.engine().execute(ApiRequest.post("/x").idempotent(true).body(Map.of("a", 1)).build(), JsonNode.class);

    fx.server.verify(2, postRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void fiveHundredsForever_exhaustTheAttempts_andSaySo_withEarlierFailuresSuppressed() {
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOfSatisfying(TrunkServerException.class, e -> {
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.getMessage()).contains("after 3 attempts; retries exhausted");
          assertThat(e.getSuppressed()).hasSize(2);
        });
    fx.server.verify(3, getRequestedFor(urlEqualTo("/x")));
    assertThat(fx.sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void retriesOff_meansOneAttempt() {
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(500)));
    HttpEngine engine = fx.context(fx.config().retryPolicy(RetryPolicy.none()).build()).http();

    assertThatThrownBy(() -> engine.execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOf(TrunkServerException.class);
    fx.server.verify(1, getRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void retryAfterAsHttpDate_isMeasuredAgainstTheResponsesDate_notTheLocalClock() {
    ZonedDateTime serverNow = ZonedDateTime.of(2026, 3, 31, 10, 0, 0, 0, ZoneOffset.UTC);
    DateTimeFormatter http = DateTimeFormatter.RFC_1123_DATE_TIME;
    fx.server.stubFor(get("/x").inScenario("s").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(429).withHeader("Date", http.format(serverNow))
            .withHeader("Retry-After", http.format(serverNow.plusSeconds(3))))
        .willSetStateTo("ok"));
    fx.server.stubFor(get("/x").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{}")));
    Clock skewed = Clock.fixed(Instant.parse("2026-03-31T11:00:00Z"), ZoneOffset.UTC);

    fx.context(fx.config().clock(skewed).build()).http().execute(ApiRequest.get("/x").build(), JsonNode.class);

    assertThat(fx.sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5", "ten", "1.5", ""})
  void garbageRetryAfter_fallsBackToComputedBackoff(String value) {
    fx.server.stubFor(get("/x").inScenario("s").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", value)).willSetStateTo("ok"));
    fx.server.stubFor(get("/x").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{}")));

    fx.engine().execute(ApiRequest.get("/x").build(), JsonNode.class);

    assertThat(fx.sleeps).containsExactly(Duration.ofMillis(100));
  }

  @Test
  void duplicatedRetryAfter_isIgnored() {
    fx.server.stubFor(get("/x").inScenario("s").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "5", "7")).willSetStateTo("ok"));
    fx.server.stubFor(get("/x").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{}")));

    fx.engine().execute(ApiRequest.get("/x").build(), JsonNode.class);

    assertThat(fx.sleeps).containsExactly(Duration.ofMillis(100));
  }

  @Test
  void retryAfterBeyondTheMaximum_failsAtOnce_withTheWaitItWasTold_andTheRateLimitHeaders() {
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "86400")
        .withHeader("X-RateLimit-Limit", "60").withHeader("X-RateLimit-Remaining", "0")));

    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOfSatisfying(TrunkRateLimitedException.class, e -> {
          assertThat(e.retryAfter()).contains(Duration.ofHours(24));
          assertThat(e.failure().rateLimitHeaders()).containsEntry("X-RateLimit-Limit", "60")
              .containsEntry("X-RateLimit-Remaining", "0");
        });
    fx.server.verify(1, getRequestedFor(urlEqualTo("/x")));
    assertThat(fx.sleeps).isEmpty();
  }

  @Test
  void backoff_staysWithinFullJitterBounds_andTheCap() {
    RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofMillis(500)).maxDelay(Duration.ofSeconds(8)).build();
    Backoff max = new Backoff(policy, () -> 1.0);
    Backoff random = new Backoff(policy, new java.util.Random(42)::nextDouble);

    assertThat(List.of(max.delay(1), max.delay(2), max.delay(3), max.delay(4), max.delay(5), max.delay(6), max.delay(20)))
        .extracting(Duration::toMillis).containsExactly(500L, 1000L, 2000L, 4000L, 8000L, 8000L, 8000L);
    for (int retry = 1; retry < 10; retry++) {
      long ceiling = Math.min(8000, 500L << (retry - 1));
      assertThat(random.delay(retry).toMillis()).isBetween(0L, ceiling);
    }
  }

  @Test
  void totalDeadline_stopsSlowAttempts() {
    fx.server.stubFor(get("/x").willReturn(okJson("{}").withFixedDelay(3000)));
    HttpEngine engine = fx.context(fx.config().attemptTimeout(Duration.ofSeconds(1)).callTimeout(Duration.ofMillis(1500))
        .build()).http();
    long start = System.nanoTime();

    assertThatThrownBy(() -> engine.execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOfSatisfying(TrunkTransportException.class, e -> assertThat(e.timedOut()).isTrue());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2800));
    assertThat(fx.server.findAll(getRequestedFor(urlEqualTo("/x")))).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void slowDrip_isAbortedByTheTotalDeadline() {
    fx.server.stubFor(get("/x").willReturn(okJson("{\"a\":\"" + "x".repeat(2000) + "\"}").withChunkedDribbleDelay(50, 10_000)));
    HttpEngine engine = fx.context(fx.config().readTimeout(Duration.ofSeconds(5)).callTimeout(Duration.ofSeconds(2))
        .retryPolicy(RetryPolicy.none()).build()).http();

    assertThatThrownBy(() -> engine.execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOfSatisfying(TrunkTransportException.class, e -> assertThat(e.timedOut()).isTrue());
  }

  @Test
  void retryBudget_stopsRetryingDuringAnOutage() {
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(503)));
    HttpEngine engine = fx.context(fx.config().retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1))
        .retryBudget(10).build()).build()).http();

    for (int i = 0; i < 8; i++) {
      assertThatThrownBy(() -> engine.execute(ApiRequest.get("/x").build(), JsonNode.class))
          .isInstanceOf(TrunkServerException.class);
    }

    assertThat(fx.server.findAll(getRequestedFor(urlEqualTo("/x")))).hasSize(8 + 10);
    assertThatThrownBy(() -> engine.execute(ApiRequest.get("/x").build(), JsonNode.class))
        .hasMessageContaining("retry budget exhausted");
  }

  @Test
  void interruptDuringBackoff_endsTheCall_keepsTheFlag_andSendsNoMoreAttempts() {
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(503)));
    HttpEngine engine = fx.context(fx.config().build(), d -> {
      Thread.currentThread().interrupt();
      Thread.sleep(d.toMillis());
    }).http();
    AtomicReference<Boolean> flag = new AtomicReference<>();

    assertThatThrownBy(() -> {
      try {
        engine.execute(ApiRequest.get("/x").build(), JsonNode.class);
      } finally {
        flag.set(Thread.interrupted());
      }
    }).isInstanceOf(TrunkTransportException.class).hasMessageContaining("interrupted");
    assertThat(flag.get()).isTrue();
    fx.server.verify(1, getRequestedFor(urlEqualTo("/x")));
  }

  @Test
  @Timeout(20)   // a hang guard: without the watchdog the blocked read waits the 60 s for the answer
  void interruptWhileWaitingForTheAnswer_cancelsTheCall_keepsTheFlag_andSendsNoMoreAttempts() throws Exception {
    fx.server.stubFor(get("/slow").willReturn(okJson("{\"id\":\"a\"}").withFixedDelay(60_000)));
    HttpEngine engine = fx.context(fx.config().readTimeout(Duration.ofSeconds(90)).attemptTimeout(Duration.ofSeconds(90))
        .build()).http();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    Thread caller = new Thread(() -> {
      try {
        engine.execute(ApiRequest.get("/slow").build(), JsonNode.class);
      } catch (RuntimeException e) {
        thrown.set(e);
      } finally {
        flag.set(Thread.interrupted());
      }
    });
    caller.start();
    while (fx.server.findAll(getRequestedFor(urlEqualTo("/slow"))).isEmpty()) {
      Thread.sleep(5);
    }
    caller.interrupt();
    caller.join();

    assertThat(thrown.get()).isInstanceOf(TrunkTransportException.class).hasMessageContaining("GET /slow was interrupted");
    assertThat(flag.get()).isTrue();
    fx.server.verify(1, getRequestedFor(urlEqualTo("/slow")));
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE",
      "MALFORMED_RESPONSE_CHUNK"})
  void transportFaults_onGet_areTypedAndRetried_withNoHiddenTransportRetries(Fault fault) {
    fx.server.stubFor(get("/warm").willReturn(okJson("{}")));
    fx.server.stubFor(get("/x").willReturn(aResponse().withFault(fault)));
    HttpEngine engine = fx.engine();
    engine.execute(ApiRequest.get("/warm").build(), JsonNode.class);

    assertThatThrownBy(() -> engine.execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOfSatisfying(TrunkTransportException.class, e -> {
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.getCause()).isNotNull();
          assertThat(e.outcomeUnknown()).isFalse();
        });
    fx.server.verify(3, getRequestedFor(urlEqualTo("/x")));
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE",
      "MALFORMED_RESPONSE_CHUNK"})
  void transportFaults_onPost_areSentOnce_andOutcomeUnknown(Fault fault) {
    fx.server.stubFor(post("/x").willReturn(aResponse().withFault(fault)));

    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.post("/x").body(Map.of("a", 1)).build(), JsonNode.class))
        .isInstanceOfSatisfying(TrunkTransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
    fx.server.verify(1, postRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void connectionRefused_isRetriedEvenForPost_becauseNothingWasSent() throws Exception {
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    HttpEngine engine = fx.context(fx.config().baseUrl("http://127.0.0.1:" + closedPort).build()).http();

    assertThatThrownBy(() -> engine.execute(ApiRequest.post("/x").body(Map.of("a", 1)).build()))
        .isInstanceOfSatisfying(TrunkTransportException.class, e -> {
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.outcomeUnknown()).isFalse();
          assertThat(e.getMessage()).doesNotContain(EngineFixture.TOKEN);
        });
  }

  @Test
  void fiftyHtml500s_areClosed_andTheSameEngineKeepsServing() {
    fx.server.stubFor(get("/fail").willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
        .withBody("<html>" + "x".repeat(50_000) + "</html>")));
    HttpEngine engine = fx.context(fx.config().retryPolicy(RetryPolicy.none()).build()).http();

    for (int i = 0; i < 50; i++) {
      assertThatThrownBy(() -> engine.execute(ApiRequest.get("/fail").build(), JsonNode.class))
          .isInstanceOf(TrunkServerException.class);
    }
    fx.server.stubFor(get("/ok").willReturn(okJson("{}")));
    for (int i = 0; i < 50; i++) {
      engine.execute(ApiRequest.get("/ok").build(), JsonNode.class);
    }

    assertThat(fx.server.findAll(getRequestedFor(urlEqualTo("/fail")))).hasSize(50);
    assertThat(fx.server.findAll(getRequestedFor(urlEqualTo("/ok")))).hasSize(50);
  }
}

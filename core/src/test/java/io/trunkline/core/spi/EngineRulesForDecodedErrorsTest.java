package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.error.TrunkApiValidationException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkRateLimitedException;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkServerException;
import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 15 follow-ups: a vendor error in a 2xx body, and a decoded 401, go through the engine's rules; streamed
 * downloads are bounded by the read timeout only; a non-JSON 2xx is never excerpted; a 500/502/504 to a POST says
 * its outcome is unknown.
 */
@Timeout(20)
class EngineRulesForDecodedErrorsTest {
  /** Reads {@code {"error": …, "status": n, "retry_after": s}}. */
  private static final ErrorDecoder DECODER = (status, body) -> VendorError.builder()
      .code(Json.text(body, "error"))
      .message(Json.text(body, "message"))
      .status(body.has("status") ? java.util.Optional.of(body.get("status").asInt()) : java.util.Optional.empty())
      .retryAfter(body.has("retry_after") ? java.util.Optional.of(Duration.ofSeconds(body.get("retry_after").asLong()))
          : java.util.Optional.empty())
      .build();

  /** A reader that throws the engine's exception for any body with an {@code error} field. */
  private static final ResponseReader<JsonNode> READER = response -> {
    JsonNode node = response.json(Json.mapper().constructType(JsonNode.class));
    if (node.has("error")) {
      throw response.errorInSuccess(node);
    }
    return node;
  };

  private final EngineFixture fx = new EngineFixture();
  private final AtomicInteger renewals = new AtomicInteger();

  @AfterEach
  void stop() {
    fx.close();
  }

  private HttpEngine engine() {
    return engine(fx.config().build());
  }

  private HttpEngine engine(ProviderConfig config) {
    return RetryTiming.of(fx.sleeps::add, () -> 1.0).open(() -> ProviderContext.builder(EngineFixture.METADATA, config)
        .errorDecoder(DECODER)
        .authorizer(http -> new RequestAuthorizer() {
          @Override
          public void authorize(okhttp3.Request.Builder request) {
            request.header("Authorization", "Bearer token-" + renewals.get());
          }

          @Override
          public boolean refreshAfterUnauthorized(okhttp3.Request failed) {
            renewals.incrementAndGet();
            return true;
          }
        })
        .build()).http();
  }

  private void firstThen(com.github.tomakehurst.wiremock.client.MappingBuilder first,
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer,
      com.github.tomakehurst.wiremock.client.MappingBuilder then,
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder next) {
    fx.server.stubFor(first.inScenario("s").whenScenarioStateIs(Scenario.STARTED).willReturn(answer)
        .willSetStateTo("then"));
    fx.server.stubFor(then.inScenario("s").whenScenarioStateIs("then").willReturn(next));
  }

  // 1. errors in a 2xx body go through the engine's rules

  @Test
  void aRateLimitBodyUnder200_onAGet_isRetriedLikeA429_withTheVendorsWaitAsTheFloor() {
    firstThen(get("/x"), okJson("{\"error\":\"rate\",\"status\":429,\"retry_after\":2}"),
        get("/x"), okJson("{\"ok\":true}"));

    JsonNode body = engine().execute(ApiRequest.get("/x").build(), READER);

    assertThat(body.get("ok").asBoolean()).isTrue();
    fx.server.verify(2, getRequestedFor(urlEqualTo("/x")));
    assertThat(fx.sleeps).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void aRateLimitBodyUnder200_withARetryAfterHeader_usesTheHeaderAsTheFloor() {
    firstThen(get("/x"), okJson("{\"error\":\"rate\",\"status\":429}").withHeader("Retry-After", "3"),
        get("/x"), okJson("{}"));

    engine().execute(ApiRequest.get("/x").build(), READER);

    assertThat(fx.sleeps).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void aRateLimitBodyUnder200_onAPost_isSentOnce_andSaysWhy() {
    fx.server.stubFor(post("/x").willReturn(okJson("{\"error\":\"rate\",\"status\":429,\"retry_after\":1}")));

    assertThatThrownBy(() -> engine().execute(ApiRequest.post("/x").body(Map.of("a", 1)).build(), READER))
        .isInstanceOfSatisfying(TrunkRateLimitedException.class, e -> {
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
          assertThat(e.getMessage()).contains("answered HTTP 200 with an error body")
              .contains("not retried: POST is not idempotent");
        });
    fx.server.verify(1, postRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void aRetryableBodyUnder200_thatPersists_exhaustsTheAttempts_withTheHistoryAttached() {
    fx.server.stubFor(get("/x").willReturn(okJson("{\"error\":\"busy\",\"status\":503}")));

    assertThatThrownBy(() -> engine().execute(ApiRequest.get("/x").build(), READER))
        .isInstanceOfSatisfying(TrunkServerException.class, e -> {
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.getMessage()).contains("retries exhausted");
          assertThat(e.getSuppressed()).hasSize(2);
        });
    fx.server.verify(3, getRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void aWaitInA2xxBodyLongerThanMaxRetryAfter_failsAtOnce() {
    fx.server.stubFor(get("/x").willReturn(okJson("{\"error\":\"rate\",\"status\":429,\"retry_after\":3600}")));

    assertThatThrownBy(() -> engine().execute(ApiRequest.get("/x").build(), READER))
        .isInstanceOf(TrunkRateLimitedException.class).hasMessageContaining("maxRetryAfter");
    fx.server.verify(1, getRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void aWaitInA2xxBodyThatWouldPassTheCallTimeout_isNotWaited() {
    fx.server.stubFor(get("/x").willReturn(okJson("{\"error\":\"rate\",\"status\":429,\"retry_after\":30}")));

    assertThatThrownBy(() -> engine(fx.config().callTimeout(Duration.ofSeconds(5)).build())
        .execute(ApiRequest.get("/x").build(), READER))
        .isInstanceOf(TrunkRateLimitedException.class).hasMessageContaining("total timeout");
    fx.server.verify(1, getRequestedFor(urlEqualTo("/x")));
    assertThat(fx.sleeps).isEmpty();
  }

  @Test
  void anErrorBodyUnder200_namingNoStatus_isARefusal_sentOnce() {
    fx.server.stubFor(get("/x").willReturn(okJson("{\"error\":\"E1\",\"message\":\"bad\"}")));

    assertThatThrownBy(() -> engine().execute(ApiRequest.get("/x").build(), READER))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> assertThat(e.status()).isEqualTo(422));
    fx.server.verify(1, getRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void aNotFoundBodyUnder200_onARetriedRemoval_afterA502_isDone() {
    firstThen(delete("/t/1"), aResponse().withStatus(502),
        delete("/t/1"), okJson("{\"error\":\"gone\",\"status\":404}"));

    Object result = engine().execute(ApiRequest.delete("/t").segment("id", "1").removes(true).build(), READER);

    assertThat(result).isNull();
    fx.server.verify(2, deleteRequestedFor(urlEqualTo("/t/1")));
  }

  @Test
  void aNotFoundBodyUnder200_onTheFirstAttempt_isNotFound() {
    fx.server.stubFor(delete("/t/1").willReturn(okJson("{\"error\":\"gone\",\"status\":404}")));

    assertThatThrownBy(() -> engine().execute(ApiRequest.delete("/t").segment("id", "1").removes(true).build(), READER))
        .isInstanceOf(TrunkNotFoundException.class);
  }

  @Test
  void anExceptionTheReaderMadeItself_isThrownAsIs_notRetried() {
    fx.server.stubFor(get("/x").willReturn(okJson("{}")));
    ResponseReader<JsonNode> reader = response -> {
      throw new IllegalStateException("reader's own");
    };

    assertThatThrownBy(() -> engine().execute(ApiRequest.get("/x").build(), reader))
        .isInstanceOf(IllegalStateException.class);
    fx.server.verify(1, getRequestedFor(urlEqualTo("/x")));
  }

  // 2. renewal on a decoded 401

  @Test
  void aDecoded401UnderA400_renewsTheCredentialsOnce_andSendsTheCallAgain_evenAPost() {
    firstThen(post("/x"), aResponse().withStatus(400).withHeader("Content-Type", "application/json")
            .withBody("{\"error\":\"UNAUTHORIZED\",\"status\":401}"),
        post("/x"), okJson("{\"ok\":true}"));

    JsonNode body = engine().execute(ApiRequest.post("/x").body(Map.of("a", 1)).build(), READER);

    assertThat(body.get("ok").asBoolean()).isTrue();
    assertThat(renewals).hasValue(1);
    fx.server.verify(1, postRequestedFor(urlEqualTo("/x")).withHeader("Authorization", equalTo("Bearer token-0")));
    fx.server.verify(1, postRequestedFor(urlEqualTo("/x")).withHeader("Authorization", equalTo("Bearer token-1")));
    assertThat(fx.sleeps).isEmpty();
  }

  @Test
  void aDecoded401UnderA200_renewsTooByTheSameRule() {
    firstThen(get("/x"), okJson("{\"error\":\"UNAUTHORIZED\",\"status\":401}"), get("/x"), okJson("{}"));

    engine().execute(ApiRequest.get("/x").build(), READER);

    assertThat(renewals).hasValue(1);
    fx.server.verify(2, getRequestedFor(urlEqualTo("/x")));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401})
  void aRefusalThatPersists_isRenewedOnlyOnce_perCall(int status) {
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"UNAUTHORIZED\",\"status\":401}")));

    assertThatThrownBy(() -> engine().execute(ApiRequest.get("/x").build(), READER))
        .isInstanceOf(TrunkUnauthorizedException.class);
    assertThat(renewals).hasValue(1);
    fx.server.verify(2, getRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void aDecoded401_onAnUnauthenticatedRequest_isNotRenewed() {
    fx.server.stubFor(post("/sign_in").willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("{\"error\":\"UNAUTHORIZED\",\"status\":401}")));

    assertThatThrownBy(() -> engine().execute(ApiRequest.post("/sign_in").unauthenticated().build(), READER))
        .isInstanceOf(TrunkUnauthorizedException.class);
    assertThat(renewals).hasValue(0);
    fx.server.verify(1, postRequestedFor(urlEqualTo("/sign_in")));
  }

  // 3. streamed downloads

  @Test
  void aDownloadThatKeepsMakingProgress_isNotCutByTheAttemptOrCallTimeout() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      Thread server = new Thread(() -> dribble(socket, requests, 20, 100));
      server.setDaemon(true);
      server.start();
      ProviderConfig config = fx.config().baseUrl("http://127.0.0.1:" + socket.getLocalPort())
          .readTimeout(Duration.ofMillis(900)).attemptTimeout(Duration.ofMillis(700))
          .callTimeout(Duration.ofMillis(1200)).build();
      ByteArrayOutputStream out = new ByteArrayOutputStream();

      long started = System.nanoTime();
      long written = engine(config).download(ApiRequest.get("/export").build(), out);

      assertThat(written).isEqualTo(20 * 1024);
      assertThat(out.toByteArray()).containsOnly((byte) 'd');
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1200));
      assertThat(requests).hasValue(1);
    }
  }

  /** Answers one request: headers at once, then {@code chunks} chunks of 1 KiB, {@code everyMillis} apart. */
  private static void dribble(java.net.ServerSocket socket, AtomicInteger requests, int chunks, long everyMillis) {
    try (java.net.Socket s = socket.accept()) {
      requests.incrementAndGet();
      java.io.BufferedReader in = new java.io.BufferedReader(
          new java.io.InputStreamReader(s.getInputStream(), java.nio.charset.StandardCharsets.ISO_8859_1));
      for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
        // the request's headers
      }
      OutputStream out = s.getOutputStream();
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n"
          + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      out.flush();
      byte[] chunk = new byte[1024];
      java.util.Arrays.fill(chunk, (byte) 'd');
      for (int i = 0; i < chunks; i++) {
        Thread.sleep(everyMillis);
        out.write("400\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        out.write(chunk);
        out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        out.flush();
      }
      out.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      out.flush();
    } catch (IOException | InterruptedException e) {
      // the test fails on what the client saw
    }
  }

  @Test
  void aDownloadWhoseHeadersNeverCome_isStillCutByTheAttemptTimeout() {
    fx.server.stubFor(get("/export").willReturn(aResponse().withStatus(200).withBody("x").withFixedDelay(3000)));
    ProviderConfig config = fx.config().readTimeout(Duration.ofSeconds(10)).attemptTimeout(Duration.ofMillis(300))
        .retryPolicy(io.trunkline.core.RetryPolicy.none()).build();

    assertThatThrownBy(() -> engine(config).download(ApiRequest.get("/export").build(), new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(io.trunkline.core.error.TrunkTransportException.class, e -> assertThat(e.timedOut()).isTrue());
  }

  @Test
  void aDownloadWhoseOutputFails_isFinal_neverRetriedAsANetworkFailure() {
    fx.server.stubFor(get("/export").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/octet-stream").withBody("data")));
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException("disk full");
      }
    };

    assertThatThrownBy(() -> engine().download(ApiRequest.get("/export").build(), broken))
        .isInstanceOfSatisfying(TrunkTransportException.class, e -> {
          assertThat(e.outcomeUnknown()).isFalse();
          assertThat(e.getMessage()).contains("writing to the caller's output failed").contains("not retried");
          assertThat(e.getCause()).hasMessage("disk full");
        });
    fx.server.verify(1, getRequestedFor(urlEqualTo("/export")));
    assertThat(fx.sleeps).isEmpty();
  }

  // 4. a non-JSON 2xx is named, never excerpted

  @Test
  void aNonJsonBodyUnder200_isNamedByTypeAndSizeOnly_neverExcerpted() {
    String other = "<html>number,secret-of-another-resource</html>";
    fx.server.stubFor(get("/x").willReturn(ok(other).withHeader("Content-Type", "text/csv; charset=utf-8")));

    assertThatThrownBy(() -> engine().execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOfSatisfying(TrunkResponseException.class, e -> assertThat(e.getMessage())
            .contains("expected JSON").contains("text/csv").contains(other.length() + " bytes")
            .contains("not shown").doesNotContain("secret-of-another-resource").doesNotContain("number,"));
  }

  @Test
  void aNonJsonBodyUnder200_withoutALength_isCountedNotShown() {
    String other = "a,b,c\n".repeat(20_000);
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv")
        .withBody(other).withChunkedDribbleDelay(2, 10)));

    assertThatThrownBy(() -> engine().execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOfSatisfying(TrunkResponseException.class, e -> assertThat(e.getMessage())
            .contains("text/csv").contains("bytes").doesNotContain("a,b,c"));
  }

  // 5. a 500/502/504 to a POST: outcome unknown

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 504})
  void aServerErrorToAPost_isNotRetried_andSaysTheWriteMayHaveBeenCarriedOut(int status) {
    fx.server.stubFor(post("/x").willReturn(aResponse().withStatus(status)));

    assertThatThrownBy(() -> engine().execute(ApiRequest.post("/x").body(Map.of("a", 1)).build()))
        .isInstanceOfSatisfying(TrunkServerException.class, e -> {
          assertThat(e.outcomeUnknown()).isTrue();
          assertThat(e.failure().outcomeUnknown()).isTrue();
        })
        .hasMessageContaining("not retried: POST is not idempotent")
        .hasMessageContaining("may have carried it out")
        .hasMessageContaining("outcome unknown");
    fx.server.verify(1, postRequestedFor(urlEqualTo("/x")));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 503})
  void aRefusalUnprocessedToAPost_isNotCalledUnknown(int status) {
    fx.server.stubFor(post("/x").willReturn(aResponse().withStatus(status)));

    assertThatThrownBy(() -> engine().execute(ApiRequest.post("/x").body(Map.of("a", 1)).build()))
        .hasMessageContaining("not retried: POST is not idempotent")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("outcome unknown"))
        .isInstanceOfSatisfying(io.trunkline.core.error.TrunkApiException.class,
            e -> assertThat(e.outcomeUnknown()).isFalse());
  }

  @Test
  void aServerErrorToAnIdempotentWrite_retriedAndExhausted_isOutcomeUnknown_safeToRepeat() {
    fx.server.stubFor(put("/x").willReturn(aResponse().withStatus(502)));

    assertThatThrownBy(() -> engine().execute(ApiRequest.put("/x").body(Map.of("a", 1)).build()))
        .isInstanceOfSatisfying(TrunkServerException.class, e -> {
          assertThat(e.outcomeUnknown()).as("a 502 does not say the PUT was not applied").isTrue();
          assertThat(e.attempts()).isEqualTo(3);
        });
  }

  @Test
  void aServerErrorBodyUnder200_toAPost_isOutcomeUnknownToo() {
    fx.server.stubFor(post("/x").willReturn(okJson("{\"error\":\"gateway\",\"status\":504}")));

    assertThatThrownBy(() -> engine().execute(ApiRequest.post("/x").body(Map.of("a", 1)).build(), READER))
        .isInstanceOfSatisfying(TrunkServerException.class, e -> {
          assertThat(e.outcomeUnknown()).isTrue();
          assertThat(e.getMessage()).contains("answered HTTP 200 with an error body").contains("outcome unknown");
        });
    fx.server.verify(1, postRequestedFor(urlEqualTo("/x")));
  }
}

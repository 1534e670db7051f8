package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.error.TrunkServerException;
import io.trunkline.core.error.TrunkTransportException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Servers that answer in ways meant to confuse the engine: odd numbers, lying lengths, silence. */
@Timeout(30)
class HostileServerTest {
  private final EngineFixture fx = new EngineFixture();

  @AfterEach
  void stop() {
    fx.close();
  }

  @ParameterizedTest
  @CsvSource({"0000000005, 5", "05, 5", "000000000000000000000000000007, 7"})
  void retryAfterWithLeadingZeros_isReadAsItsValue(String header, long seconds) {
    fx.server.stubFor(get("/x").inScenario("s").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", header)).willSetStateTo("ok"));
    fx.server.stubFor(get("/x").inScenario("s").whenScenarioStateIs("ok").willReturn(okJson("{}")));

    fx.engine().execute(ApiRequest.get("/x").build(), JsonNode.class);

    assertThat(fx.sleeps).containsExactly(Duration.ofSeconds(seconds));
  }

  @Test
  void interruptWhileTheServerIsSilent_cancelsTheCallPromptly_andKeepsTheFlag() throws Exception {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Boolean> requestArrived = new CompletableFuture<>();
      CompletableFuture<Boolean> clientHungUp = new CompletableFuture<>();
      Thread acceptor = new Thread(() -> {
        try (Socket s = silent.accept()) {
          InputStream in = s.getInputStream();
          int endOfHeaders = 0;
          for (int b; (b = in.read()) >= 0; ) {
            endOfHeaders = b == (endOfHeaders % 2 == 0 ? '\r' : '\n') ? endOfHeaders + 1 : 0;
            if (endOfHeaders == 4) {
              requestArrived.complete(true);
            }
          }
        } catch (IOException e) {
          // reset by the client: hung up as well
        }
        clientHungUp.complete(true);
      });
      acceptor.setDaemon(true);
      acceptor.start();
      interruptEndsTheCallPromptly(silent.getLocalPort(), requestArrived, timer, 200);
      assertThat(clientHungUp.get(2, TimeUnit.SECONDS)).isTrue();
      assertThat(fx.sleeps).isEmpty();
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void hugeWaitsAndTimeouts_endInTypedExceptions_neverInArithmeticOrDateTimeOnes() {
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(503)
        .withHeader("Date", "Mon, 01 Jan 1900 00:00:00 GMT")
        .withHeader("Retry-After", "Fri, 31 Dec 9999 23:59:59 GMT")));
    Duration forever = Duration.ofSeconds(Long.MAX_VALUE);
    HttpEngine engine = fx.context(fx.config().connectTimeout(forever).readTimeout(forever).writeTimeout(forever)
        .attemptTimeout(forever).callTimeout(forever)
        .retryPolicy(RetryPolicy.builder().maxDelay(forever).maxRetryAfter(forever).build()).build()).http();

    assertThatThrownBy(() -> engine.execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOf(TrunkServerException.class).hasMessageContaining("not retried");
    assertThat(fx.sleeps).isEmpty();
  }

  @Test
  void hugeBackoffCaps_neverOverflowTheComputedDelay() {
    Duration forever = Duration.ofSeconds(Long.MAX_VALUE);
    Backoff backoff = new Backoff(RetryPolicy.builder().baseDelay(Duration.ofDays(365L * 1_000_000)).maxDelay(forever)
        .build(), () -> 1.0);

    assertThat(backoff.delay(80)).isPositive();
  }

  @Test
  void aVendorsHugeRetryAfterInItsBody_failsTyped() {
    HttpEngine engine = ProviderContext.builder(EngineFixture.METADATA, fx.config()
            .retryPolicy(RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(Long.MAX_VALUE)).build()).build())
        .errorDecoder((status, json) -> VendorError.builder().retryAfter(Duration.ofSeconds(Long.MAX_VALUE)).build())
        .build().http();
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
        .withBody("{\"retry_after\":9223372036854775807}")));

    assertThatThrownBy(() -> engine.execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOf(io.trunkline.core.error.TrunkRateLimitedException.class).hasMessageContaining("not retried");
  }

  @Test
  void interruptWhileTheBodyStalls_cancelsTheCallPromptly_andKeepsTheFlag() throws Exception {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try (ServerSocket stalling = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Boolean> bodyStarted = new CompletableFuture<>();
      Thread acceptor = new Thread(() -> {
        try (Socket s = stalling.accept()) {
          InputStream in = s.getInputStream();
          in.read(new byte[4096]);
          s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n"
              + "{\"items\":[").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
          s.getOutputStream().flush();
          bodyStarted.complete(true);
          while (in.read() >= 0) {
            // the rest of the body never comes
          }
        } catch (IOException e) {
          // the client hung up
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      interruptEndsTheCallPromptly(stalling.getLocalPort(), bodyStarted, timer, 300);
      assertThat(fx.sleeps).isEmpty();
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void a503WithRetryAfterZero_isSentAgainOnlyByTheEngine_soEveryRequestIsACountedAttempt() {
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));

    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOfSatisfying(TrunkServerException.class, e -> {
          assertThat(e.failure().attempts()).isEqualTo(3);
          assertThat(e.failure().retryAfter()).contains(Duration.ZERO);
        });
    fx.server.verify(3, getRequestedFor(urlEqualTo("/x")));
    assertThat(fx.sleeps).hasSize(2);
  }

  /**
   * A GET to the server on {@code port}, interrupted {@code delayMs} after {@code trigger}: it ends within 2 s with
   * a typed "interrupted" failure and the caller's interrupt flag kept.
   */
  private void interruptEndsTheCallPromptly(int port, CompletableFuture<?> trigger, ScheduledExecutorService timer,
      long delayMs) {
    HttpEngine engine = fx.context(fx.config().baseUrl("http://127.0.0.1:" + port)
        .readTimeout(Duration.ofSeconds(30)).attemptTimeout(Duration.ofSeconds(45)).callTimeout(Duration.ofSeconds(60))
        .build()).http();
    Thread caller = Thread.currentThread();
    AtomicBoolean flagKept = new AtomicBoolean();
    trigger.thenRun(() -> timer.schedule(caller::interrupt, delayMs, TimeUnit.MILLISECONDS));
    long started = System.nanoTime();

    assertThatThrownBy(() -> {
      try {
        engine.execute(ApiRequest.get("/x").build(), JsonNode.class);
      } finally {
        flagKept.set(Thread.interrupted());
      }
    }).isInstanceOf(TrunkTransportException.class).hasMessageContaining("interrupted");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    assertThat(flagKept).isTrue();
  }
}

package io.trunkline.provider.pbx.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Credentials;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.contract.Interrupts;
import io.trunkline.contract.WireMockVendor;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sign-in counts against the call that needs it: the call ends by its {@code callTimeout} however long signing
 * in took, and a thread waiting for another thread's sign-in can be interrupted.
 */
@Timeout(30)
class PbxSignInDeadlineTest {
  private static final String TOKEN = "{\"access_token\":\"acc-slow-1\",\"refresh_token\":\"ref-slow-1\",\"expires_in\":3600}";
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = PbxAccount.wireMock();

  private TrunkProvider signingIn(Duration callTimeout) {
    return wm.open(wm.config().credentials(Credentials.userPassword("admin", Secret.of("Pa55-word")))
        .callTimeout(callTimeout).retryPolicy(RetryPolicy.none()).build());
  }

  @Test
  void aSlowSignIn_countsAgainstTheCallTimeout_soTheCallEndsByItsDeadline() {
    wm.server().stubFor(post(urlEqualTo(PbxTokenAuthorizer.SIGN_IN)).willReturn(okJson(TOKEN).withFixedDelay(2_000)));
    wm.server().stubFor(get(urlPathEqualTo("/api/providers/abc")).willReturn(okJson("{\"id\":\"abc\"}")
        .withFixedDelay(2_000)));
    TrunkProvider provider = signingIn(Duration.ofSeconds(3));
    long started = System.nanoTime();

    assertThatThrownBy(() -> provider.get("abc"))
        .isInstanceOfSatisfying(TrunkTransportException.class, e -> assertThat(e.timedOut()).isTrue());

    // before: the sign-in's 2 s, then the call's full 3 s (it took 4 s here, 5.7–5.9 s in the red-team run)
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3_800));
    wm.server().verify(1, postRequestedFor(urlEqualTo(PbxTokenAuthorizer.SIGN_IN)));
  }

  @Test
  void aSignInLongerThanTheCallTimeout_endsTheCallByItsDeadline() {
    wm.server().stubFor(post(urlEqualTo(PbxTokenAuthorizer.SIGN_IN)).willReturn(okJson(TOKEN).withFixedDelay(6_000)));
    TrunkProvider provider = signingIn(Duration.ofSeconds(2));
    long started = System.nanoTime();

    assertThatThrownBy(() -> provider.get("abc"))
        .isInstanceOfSatisfying(TrunkTransportException.class, e -> assertThat(e.timedOut()).isTrue());

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_800));
    assertThat(wm.requests()).extracting(r -> r.getUrl()).containsOnly(PbxTokenAuthorizer.SIGN_IN);
  }

  @Test
  void aThreadWaitingForAnotherThreadsSignIn_isInterruptedPromptly_andKeepsItsFlag() throws Exception {
    wm.server().stubFor(post(urlEqualTo(PbxTokenAuthorizer.SIGN_IN)).willReturn(okJson(TOKEN).withFixedDelay(4_000)));
    wm.server().stubFor(get(urlPathEqualTo("/api/providers/abc")).willReturn(okJson("{\"id\":\"abc\"}")));
    TrunkProvider provider = signingIn(Duration.ofSeconds(20));
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<?> signingThread = other.submit(() -> provider.get("abc"));
      while (wm.server().findAll(postRequestedFor(urlEqualTo(PbxTokenAuthorizer.SIGN_IN))).isEmpty()) {
        Thread.sleep(10);   // the other thread now holds the sign-in
      }

      Interrupts.assertEndsPromptly(() -> provider.get("abc"), CompletableFuture.completedFuture(null), 300);

      assertThat(signingThread.get().toString()).contains("abc");   // the sign-in itself went on undisturbed
      wm.server().verify(1, postRequestedFor(urlEqualTo(PbxTokenAuthorizer.SIGN_IN)));
    } finally {
      other.shutdownNow();
    }
  }
}

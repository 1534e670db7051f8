package io.trunkline.provider.pbx;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.provider.pbx.internal.PbxAccount;
import io.trunkline.contract.TestClock;
import io.trunkline.contract.WireMockVendor;
import io.trunkline.testing.pbx.PbxSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Both ways users authenticate: a bearer token, or a user name and password exchanged for tokens that are
 * renewed before they expire and after a 401, once for any number of concurrent callers.
 */
@Timeout(30)
class PbxAuthTest {
  private static final String PASSWORD = "Pa55;word=secret";
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = PbxAccount.wireMock();
  private PbxSimulator sim;
  private TestClock clock;

  @BeforeEach
  void startSimulator() {
    clock = new TestClock(java.time.Instant.parse("2026-03-31T10:00:00Z"));
    sim = new PbxSimulator();
    sim.clock(clock).start();
    sim.seedDemoData();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private TrunkProvider signingIn() {
    return wm.open(ProviderConfig.builder().from(sim.config()).clock(clock).build());
  }

  // ---- the exact sign-in ------------------------------------------------------------------------------------------

  @Test
  void signIn_postsUserPasswordAndDomain_withoutAuthorization_thenUsesTheToken() {
    wm.server().stubFor(post(urlEqualTo("/api/auth/sign_in")).willReturn(okJson(wm.payload(
        "sign-in.json"))));
    wm.server().stubFor(get(urlPathEqualTo("/api/providers/abc")).willReturn(okJson("{\"id\":\"abc\"}")));
    TrunkProvider p = wm.open(wm.config().credentials(Credentials.userPassword("admin", Secret.of(PASSWORD)))
        .putSettings("domain", "sip.example.com").build());

    p.get("abc");
    p.get("abc");

    List<LoggedRequest> requests = wm.requests();
    assertThat(requests).extracting(r -> r.getMethod().value() + " " + r.getUrl())
        .containsExactly("POST /api/auth/sign_in", "GET /api/providers/abc", "GET /api/providers/abc");
    LoggedRequest signIn = requests.get(0);
    assertThat(signIn.containsHeader("Authorization")).isFalse();
    assertThat(signIn.getHeader("Content-Type")).startsWith("application/json");
    assertThat(equalToJson("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\",\"domain\":\"sip.example.com\"}")
        .match(signIn.getBodyAsString()).isExactMatch()).isTrue();
    assertThat(requests.get(1).getHeader("Authorization"))
        .isEqualTo("Bearer NGMZZGRMZMQTNJG4YS0ZMJY3LWI1MTUTNWZJYTDIZDA4ODAY");
    assertThat(requests.get(2).getHeader("Authorization")).isEqualTo(requests.get(1).getHeader("Authorization"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"100000000000000000", "9223372036854775807"})
  void aHugeExpiresIn_isClamped_andTheTokenServesLaterCalls(String expiresIn) {
    wm.server().stubFor(post(urlEqualTo("/api/auth/sign_in")).willReturn(okJson("{\"access_token\":\"acc-huge-1\","
        + "\"refresh_token\":\"ref-huge-1\",\"expires_in\":" + expiresIn + "}")));
    wm.server().stubFor(get(urlPathEqualTo("/api/providers/abc")).willReturn(okJson("{\"id\":\"abc\"}")));
    TrunkProvider p = wm.open(wm.config().credentials(Credentials.userPassword("admin", Secret.of(PASSWORD)))
        .putSettings("domain", "sip.example.com").build());

    assertThat(p.get("abc").id()).isEqualTo("abc");
    assertThat(p.get("abc").id()).isEqualTo("abc");
    assertThat(wm.requests()).extracting(r -> r.getMethod().value() + " " + r.getUrl())
        .containsExactly("POST /api/auth/sign_in", "GET /api/providers/abc", "GET /api/providers/abc");
  }

  @Test
  void refresh_postsTheRefreshToken_andFallsBackToSignInWhenRefused() {
    wm.server().stubFor(post(urlEqualTo("/api/auth/sign_in")).willReturn(okJson(wm.payload(
        "sign-in.json"))));
    wm.server().stubFor(post(urlEqualTo("/api/auth/refresh_token")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody(wm.payload("error-login-failed.json"))));
    wm.server().stubFor(get(urlPathEqualTo("/api/providers/abc")).willReturn(okJson("{\"id\":\"abc\"}")));
    TrunkProvider p = wm.open(wm.config().credentials(Credentials.userPassword("admin", Secret.of(PASSWORD)))
        .clock(clock).build());

    p.get("abc");
    clock.advance(Duration.ofSeconds(3600 - 59));
    p.get("abc");

    List<LoggedRequest> requests = wm.requests();
    assertThat(requests).extracting(r -> r.getMethod().value() + " " + r.getUrl()).containsExactly(
        "POST /api/auth/sign_in", "GET /api/providers/abc", "POST /api/auth/refresh_token",
        "POST /api/auth/sign_in", "GET /api/providers/abc");
    LoggedRequest refresh = requests.get(2);
    assertThat(refresh.containsHeader("Authorization")).isFalse();
    assertThat(refresh.getBodyAsString())
        .isEqualTo("{\"refresh_token\":\"NTU4Y2UXODATYJYZZC01OGI3LTKZMTATZGQ5ZGM1ODCZMDDM\"}");
  }

  // ---- against the simulator ------------------------------------------------------------------------------------

  @Test
  void token_isReused_untilShortlyBeforeItExpires_thenRefreshed() {
    TrunkProvider p = signingIn();

    p.get(firstId(p));
    p.list().toList();
    assertThat(sim.signInCount()).isEqualTo(1);
    assertThat(sim.refreshCount()).isZero();

    clock.advance(Duration.ofMinutes(28));
    p.list().toList();
    assertThat(sim.refreshCount()).isZero();

    clock.advance(Duration.ofSeconds(61));
    p.list().toList();
    assertThat(sim.refreshCount()).isEqualTo(1);
    assertThat(sim.signInCount()).isEqualTo(1);
  }

  @Test
  void unauthorized_signsInAgain_andRetriesTheCallOnce() {
    TrunkProvider p = signingIn();
    String id = firstId(p);
    sim.revokeAccessTokens();
    sim.resetStubs();

    assertThat(p.get(id).id()).isEqualTo(id);

    assertThat(sim.signInCount()).isEqualTo(2);
    assertThat(sim.server().getAllServeEvents()).hasSize(3);
  }

  @Test
  void thirtyTwoThreads_withNoToken_signInOnce() throws Exception {
    TrunkProvider p = signingIn();

    runConcurrently(32, () -> p.list().firstPage().items().size());

    assertThat(sim.signInCount()).isEqualTo(1);
  }

  @Test
  void thirtyTwoThreads_withAnExpiringToken_refreshOnce() throws Exception {
    TrunkProvider p = signingIn();
    p.list().firstPage();
    clock.advance(Duration.ofMinutes(30));

    runConcurrently(32, () -> p.list().firstPage().items().size());

    assertThat(sim.refreshCount()).isEqualTo(1);
    assertThat(sim.signInCount()).isEqualTo(1);
  }

  @Test
  void thirtyTwoThreads_afterTheTokenWasRevoked_signInOnceMore() throws Exception {
    TrunkProvider p = signingIn();
    p.list().firstPage();
    sim.revokeAccessTokens();

    runConcurrently(32, () -> p.list().firstPage().items().size());

    assertThat(sim.signInCount()).isEqualTo(2);
    assertThat(sim.refreshCount()).isZero();
  }

  @Test
  void thirtyTwoThreads_whoseTokenIsRefusedWith400_signInOnceMore() throws Exception {
    sim.expiredTokensAs400();
    TrunkProvider p = signingIn();
    p.list().firstPage();
    sim.revokeAccessTokens();

    runConcurrently(32, () -> p.list().firstPage().items().size());

    assertThat(sim.signInCount()).isEqualTo(2);
    assertThat(sim.refreshCount()).isZero();
  }

  @Test
  void wrongPassword_isUnauthorized_andNeverShowsThePassword() {
    String wrong = "Wr0ng-Pa55word";
    TrunkProvider p = wm.open(ProviderConfig.builder().from(sim.config())
        .credentials(Credentials.userPassword(PbxSimulator.USER, Secret.of(wrong))).build());

    assertThatThrownBy(() -> p.list().toList()).isInstanceOfSatisfying(TrunkUnauthorizedException.class, e -> {
      assertThat(e.status()).isEqualTo(401);
      assertThat(e.vendorCode()).contains("UNAUTHORIZED");
      assertThat(e.getMessage()).contains("POST /api/auth/sign_in", "Login failed").doesNotContain(wrong);
    });
    assertThat(sim.signInCount()).isEqualTo(1);
    assertThat(p.toString()).doesNotContain(wrong);
  }

  @Test
  void twoFactorSignIn_failsWithAClearMessage() {
    TrunkProvider p = wm.open(ProviderConfig.builder().from(sim.config())
        .credentials(Credentials.userPassword(PbxSimulator.TWO_FACTOR_USER, Secret.of(PbxSimulator.PASSWORD)))
        .build());

    assertThatThrownBy(() -> p.get("x")).isInstanceOf(TrunkConfigurationException.class)
        .hasMessageContaining("two-factor").hasMessageContaining("BEARER")
        .hasMessageNotContaining(PbxSimulator.PASSWORD);
    assertThat(sim.server().getAllServeEvents()).hasSize(1);
  }

  @Test
  void bearer_isSentAsIs_andA401IsNotRetried() {
    TrunkProvider p = wm.open(sim.bearerConfig());
    assertThat(p.list().toList()).hasSize(6);
    sim.revokeAccessTokens();
    sim.resetStubs();

    assertThatThrownBy(() -> p.list().toList()).isInstanceOf(TrunkUnauthorizedException.class);

    assertThat(sim.server().getAllServeEvents()).hasSize(1);
    assertThat(sim.signInCount()).isZero();
  }

  private String firstId(TrunkProvider p) {
    return p.list().firstPage().items().get(0).id();
  }

  private static void runConcurrently(int threads, Callable<Integer> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return call.call();
        }));
      }
      ready.await();
      go.countDown();
      for (Future<Integer> f : results) {
        assertThat(f.get()).isPositive();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

package io.trunkline.provider.famulor.internal;

import io.trunkline.provider.famulor.FamulorClient;
import io.trunkline.contract.TestClock;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.trunkline.provider.famulor.internal.FamulorAccount.TRUNKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkApiValidationException;
import io.trunkline.core.error.TrunkRateLimitedException;
import io.trunkline.core.error.TrunkWriteAppliedException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.RetryTiming;
import io.trunkline.contract.WireMockVendor;
import io.trunkline.testing.famulor.FamulorSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 15: an answer in a 2xx status that carries one of Famulor's error bodies is an error, never success; a
 * success body with a {@code message} stays success; the rate-limit body under a 2xx is retried like a 429 for
 * idempotent calls. A 2xx write answer that cannot be read is applied, never a failure to send again.
 */
@Timeout(30)
class FamulorErrorsIn2xxTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> fx = FamulorAccount.wireMock();

  private static final String UPDATED = "{\"message\":\"SIP trunk updated successfully.\",\"data\":{\"id\":42,"
      + "\"phone_number\":\"1000\",\"nickname\":\"Neu\",\"sip_username\":\"myuser\",\"sip_address\":\"sip.provider.com\","
      + "\"inbound_authorization_type\":\"auth\",\"allowed_inbound_ips\":null},\"errors\":null}";

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json200(String body) {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
  }

  /** The simulator with error bodies under HTTP 200, and a provider on it whose waits are only recorded. */
  private static final class Quirky implements AutoCloseable {
    final TestClock time = new TestClock(Instant.parse("2026-04-01T08:00:00Z"));
    final List<Duration> engineSleeps = new CopyOnWriteArrayList<>();
    final FamulorSimulator sim = (FamulorSimulator) new FamulorSimulator(time).answerErrorsWith200().start();
    final TrunkProvider provider;

    Quirky(String pacing) {
      sim.seedDemoData();
      provider = RetryTiming.of(engineSleeps::add).open(() -> new FamulorProviderFactory(time.sleeper())
          .create(io.trunkline.core.ProviderConfig.builder().baseUrl(sim.baseUrl())
              .credentials(io.trunkline.core.Credentials.bearer(FamulorSimulator.API_KEY)).clock(time)
              .putSettings(FamulorPacer.SETTING, pacing).build()));
    }

    long requests(String method) {
      return sim.server().getAllServeEvents().stream()
          .filter(e -> e.getRequest().getMethod().value().equals(method)).count();
    }

    @Override
    public void close() {
      provider.close();
      sim.close();
    }
  }

  private static TrunkSpec newTrunk(String number) {
    return TrunkSpec.builder().name("Neu").host("sip.example.de").username("neu_user").password(Secret.of("pw-123"))
        .addNumbers(number).countryCode("DE").authMode(AuthMode.CREDENTIALS)
        .putAttributes("sip_calling_format", TextNode.valueOf("+e164")).build();
  }

  @Test
  void aDuplicateRefusedUnderA200_onCreate_isAnError_andNothingWasCreated() {
    try (Quirky q = new Quirky("on")) {
      SipTrunk first = q.provider.create(newTrunk("+4930111222"));
      long before = q.provider.list().toList().size();

      assertThatThrownBy(() -> q.provider.create(newTrunk("+4930111222")))
          .isInstanceOfSatisfying(TrunkApiException.class, e -> {
            assertThat(e.vendorCode()).contains("A SIP trunk with the same phone number, username, and address"
                + " already exists.");
            assertThat(e.getMessage()).contains("answered HTTP 200 with an error body");
          });
      assertThat(q.provider.list().toList()).hasSize((int) before).extracting(SipTrunk::id).contains(first.id());
    }
  }

  @Test
  void aNotFoundUnderA200_onTheTypedDelete_isAnError_neverDone() {
    try (Quirky q = new Quirky("on")) {
      FamulorClient client = q.provider.unwrap(FamulorClient.class);

      assertThatThrownBy(() -> client.delete(999))
          .isInstanceOfSatisfying(TrunkApiException.class,
              e -> assertThat(e.vendorCode()).contains("Phone number not found."));
    }
  }

  @Test
  void aNotFoundUnderA200_onGet_isAnError_notAnUnreadableAnswer() {
    try (Quirky q = new Quirky("on")) {
      assertThatThrownBy(() -> q.provider.get("999"))
          .isInstanceOfSatisfying(TrunkApiException.class,
              e -> assertThat(e.vendorCode()).contains("SIP trunk not found."));
    }
  }

  @Test
  void theRateLimitBodyUnderA200_onAGet_isWaitedOutAndSentAgain_likeA429() {
    try (Quirky q = new Quirky("on")) {
      q.sim.rateLimitNext(1, 5);

      SipTrunk trunk = q.provider.get("42");

      assertThat(trunk.id()).isEqualTo("42");
      assertThat(q.requests("GET")).isEqualTo(2);
      // waited out once, by the engine's retry (as for a 429), not again by the pacer
      assertThat(q.engineSleeps).containsExactly(Duration.ofSeconds(5));
      assertThat(q.time.sleeps()).isEmpty();
    }
  }

  @Test
  void theRateLimitBodyUnderA200_withPacingOff_isStillWaitedOutAndSentAgain() {
    try (Quirky q = new Quirky("off")) {
      q.sim.rateLimitNext(2, 3);

      assertThat(q.provider.list().toList()).hasSize(5);

      assertThat(q.requests("GET")).isEqualTo(3);
      assertThat(q.engineSleeps).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
      assertThat(q.time.sleeps()).isEmpty();
    }
  }

  @Test
  void theRateLimitBodyUnderA200_onEveryAttempt_endsAsRateLimited_afterThePolicysAttempts() {
    try (Quirky q = new Quirky("on")) {
      q.sim.rateLimitNext(10, 5);

      assertThatThrownBy(() -> q.provider.get("42")).isInstanceOfSatisfying(TrunkRateLimitedException.class, e -> {
        assertThat(e.attempts()).isEqualTo(3);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(5));
      });
      assertThat(q.requests("GET")).isEqualTo(3);
    }
  }

  @Test
  void theRateLimitBodyUnderA200_onCreate_isRefused_notResent_andNothingWasCreated() {
    try (Quirky q = new Quirky("on")) {
      q.sim.rateLimitNext(1, 5);

      assertThatThrownBy(() -> q.provider.create(newTrunk("+4930111333")))
          .isInstanceOfSatisfying(TrunkRateLimitedException.class,
              e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(5)));
      assertThat(q.requests("POST")).isEqualTo(1);
      assertThat(q.provider.list().toList()).extracting(t -> t.numbers().get(0)).doesNotContain("+4930111333");
    }
  }

  @Test
  void validationErrorsUnderA200_onUpdate_areRefused_withTheFieldErrors() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("get.json"))));
    fx.server().stubFor(put(urlEqualTo(TRUNKS + "/42")).willReturn(json200("{\"message\":\"The given data was"
        + " invalid.\",\"errors\":{\"sip_username\":[\"The SIP username has already been taken.\"]}}")));

    assertThatThrownBy(() -> fx.provider().update("42", TrunkUpdate.builder().username("taken_user").build()))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> assertThat(e.failure().fieldErrors())
            .containsEntry("sip_username", List.of("The SIP username has already been taken.")));
    fx.server().verify(1, putRequestedFor(urlEqualTo(TRUNKS + "/42")));
  }

  @Test
  void aSuccessBodyWithAMessage_andANullErrors_staysSuccess() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("get.json"))));
    fx.server().stubFor(put(urlEqualTo(TRUNKS + "/42")).willReturn(json200(UPDATED)));

    SipTrunk updated = fx.provider().update("42", TrunkUpdate.builder().name("Neu").build());

    assertThat(updated.name()).contains("Neu");
  }

  @Test
  void theDocumentedDeleteAnswer_aMessageAlone_isDone_butAnErrorBodyUnderA200_isNot() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("get.json"))));
    fx.server().stubFor(delete(urlEqualTo("/api/user/phone-numbers/42"))
        .willReturn(okJson(fx.payload("delete-200.json"))));
    fx.provider().delete("42");

    fx.server().stubFor(delete(urlEqualTo("/api/user/phone-numbers/42"))
        .willReturn(json200("{\"error\":\"Phone number is already scheduled for release.\"}")));
    assertThatThrownBy(() -> fx.provider().delete("42")).isInstanceOfSatisfying(TrunkApiException.class,
        e -> assertThat(e.vendorCode()).contains("Phone number is already scheduled for release."));
    fx.server().verify(2, deleteRequestedFor(urlEqualTo("/api/user/phone-numbers/42")));
  }

  @Test
  void anUpdateAnsweredWithAnUnreadable2xx_isReadBack_notReportedAsFailed() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("get.json"))));
    fx.server().stubFor(put(urlEqualTo(TRUNKS + "/42")).willReturn(json200("{\"message\":\"SIP trunk updated"
        + " successfully.\"}")));

    SipTrunk trunk = fx.provider().update("42", TrunkUpdate.builder().name("Neu").build());

    assertThat(trunk.id()).isEqualTo("42");
    fx.server().verify(1, putRequestedFor(urlEqualTo(TRUNKS + "/42")));
    fx.server().verify(2, getRequestedFor(urlEqualTo(TRUNKS + "/42")));
  }

  @Test
  void aCreateAnsweredWithAnUnreadable2xx_isApplied_withoutAnId_andNotSentAgain() {
    fx.server().stubFor(post(urlEqualTo(TRUNKS)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"SIP trunk created successfully.\"}")));

    assertThatThrownBy(() -> fx.provider().create(newTrunk("+4930111444")))
        .isInstanceOfSatisfying(TrunkWriteAppliedException.class, e -> {
          assertThat(e.operation()).isEqualTo("created");
          assertThat(e.trunkId()).isEmpty();
        });
    fx.server().verify(1, postRequestedFor(urlEqualTo(TRUNKS)));
  }
}

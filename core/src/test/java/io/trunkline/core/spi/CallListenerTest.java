package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import io.trunkline.core.CallEvent;
import io.trunkline.core.CallListener;
import io.trunkline.core.Credentials;
import io.trunkline.core.Paged;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 #14: the listener hook. The exact events of a neutral operation (success, a retry and its reason, a
 * refusal, an outcome unknown), a listing's pages, a vendor-client request named by its route; a listener that
 * throws changes nothing; no event carries a credential, a password, a body or an id.
 */
class CallListenerTest {
  static final String PASSWORD = "pw-Zx81-SECRET";
  static final String ID = "trunk-id-4471";
  static final TrunkFields FIELDS = TrunkFields.builder("test").id("id")
      .field(VendorField.text("label").neutral(NeutralField.NAME))
      .field(VendorField.text("secret").neutral(NeutralField.PASSWORD).writeOnly())
      .build();

  private final EngineFixture fx = new EngineFixture();
  private final Recorder events = new Recorder();
  private ProviderContext context;

  @AfterEach
  void stop() {
    if (context != null) {
      context.close();
    }
    fx.close();
  }

  /** The vendor calls of a small vendor: list by page number, get, create, delete. */
  static final class Adapter implements TrunkAdapter {
    private final HttpEngine http;

    Adapter(HttpEngine http) {
      this.http = http;
    }

    @Override
    public Object vendorClient() {
      return http;
    }

    @Override
    public Paged<SipTrunk> list(TrunkQuery query) {
      return Paging.byPageNumber(1, 2, (page, size) -> {
        JsonNode items = http.execute(ApiRequest.get("/t").query("page", page).build(), JsonNode.class);
        List<SipTrunk> trunks = new ArrayList<>();
        items.forEach(item -> trunks.add(FIELDS.read(item)));
        return Paging.Chunk.of(trunks);
      });
    }

    @Override
    public SipTrunk get(String id) {
      return FIELDS.read(http.execute(ApiRequest.get("/t").segment("id", id).build(), JsonNode.class));
    }

    @Override
    public SipTrunk create(VendorBody body, TrunkSpec spec) {
      return FIELDS.read(http.execute(ApiRequest.post("/t").body(body).build(), JsonNode.class));
    }

    @Override
    public void delete(String id) {
      http.execute(ApiRequest.delete("/t").segment("id", id).build());
    }
  }

  /** Each event as one line, without its durations (but with a retry's wait, which the fixture pins). */
  static final class Recorder extends CallListener {
    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<CallEvent> all = new CopyOnWriteArrayList<>();

    @Override
    public void callStart(CallEvent e) {
      all.add(e);
      lines.add("start " + e.provider() + " " + e.operation());
    }

    @Override
    public void attemptEnd(CallEvent e) {
      all.add(e);
      lines.add("attempt " + e.operation() + " " + e.request().orElseThrow() + " #" + e.attempt() + " "
          + e.statusClass() + (e.status().isPresent() ? " " + e.status().getAsInt() : "")
          + e.failure().map(f -> " (" + f + ")").orElse(""));
    }

    @Override
    public void retry(CallEvent e) {
      all.add(e);
      lines.add("retry " + e.operation() + " #" + e.attempt() + " " + e.statusClass() + " "
          + e.failure().orElseThrow() + " in "
          + e.duration().toMillis() + " ms" + e.retryAfter().map(r -> " (Retry-After " + r.toSeconds() + " s)")
          .orElse(""));
    }

    @Override
    public void callEnd(CallEvent e) {
      all.add(e);
      lines.add("end " + e.operation() + " " + e.outcome().orElseThrow() + " " + e.statusClass() + " after "
          + e.attempt() + e.failure().map(f -> " (" + f + ")").orElse(""));
    }
  }

  private KitTrunkProvider provider(CallListener listener) {
    return provider(listener, Adapter.class, FIELDS, Adapter::new);
  }

  private KitTrunkProvider provider(CallListener listener, Class<? extends TrunkAdapter> type, TrunkFields fields,
      java.util.function.Function<HttpEngine, TrunkAdapter> adapter) {
    ProviderConfig config = fx.config().listener(listener).build();
    ProviderMetadata metadata = ProviderMetadata.builder().from(EngineFixture.METADATA)
        .capabilities(KitTrunkProvider.capabilities(type)).build();
    context = RetryTiming.of(fx.sleeps::add, () -> 1.0).open(() -> ProviderContext.builder(metadata, config).build());
    return new KitTrunkProvider(context, adapter.apply(context.http()), fields);
  }

  /** A vendor whose update replaces the whole trunk, so the kit reads it first. */
  static final class Replacing implements TrunkAdapter {
    private final HttpEngine http;

    Replacing(HttpEngine http) {
      this.http = http;
    }

    @Override
    public Object vendorClient() {
      return http;
    }

    @Override
    public SipTrunk get(String id) {
      return ReplaceOnUpdateTest.FIELDS.read(http.execute(ApiRequest.get("/w").segment("id", id).build(),
          JsonNode.class));
    }

    @Override
    public SipTrunk update(String id, VendorBody body, TrunkUpdate update) {
      return ReplaceOnUpdateTest.FIELDS.read(http.execute(ApiRequest.put("/w").segment("id", id).body(body).build(),
          JsonNode.class));
    }
  }

  private static TrunkSpec spec() {
    return TrunkSpec.builder().name("main").password(Secret.of(PASSWORD)).build();
  }

  @Test
  void aSuccessfulGet_isOneCallWithOneAttempt() {
    fx.server.stubFor(get("/t/" + ID).willReturn(okJson("{\"id\":\"" + ID + "\",\"label\":\"main\"}")));

    provider(events).get(ID);

    assertThat(events.lines).containsExactly(
        "start test get",
        "attempt get GET /t/{id} #1 2xx 200",
        "end get SUCCEEDED 2xx after 1");
    assertThat(events.all).allSatisfy(e -> assertThat(e.duration().isNegative()).isFalse());
  }

  @Test
  void aRetryThenSuccess_namesTheReason_andTheVendorsWait() {
    fx.server.stubFor(get("/t/" + ID).inScenario("s").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")).willSetStateTo("reset"));
    fx.server.stubFor(get("/t/" + ID).inScenario("s").whenScenarioStateIs("reset")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
    fx.server.stubFor(get("/t/" + ID).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"id\":\"" + ID + "\"}")));

    provider(events).get(ID);

    assertThat(events.lines).containsExactly(
        "start test get",
        "attempt get GET /t/{id} #1 5xx 503 (status 503)",
        "retry get #1 5xx status 503 in 1000 ms (Retry-After 1 s)",
        "attempt get GET /t/{id} #2 none (connection reset)",
        "retry get #2 none connection reset in 200 ms",
        "attempt get GET /t/{id} #3 2xx 200",
        "end get SUCCEEDED 2xx after 3");
    assertThat(fx.sleeps).extracting(d -> d.toMillis()).containsExactly(1000L, 200L);
  }

  @Test
  void aCreateTheVendorRefuses_isRefused() {
    fx.server.stubFor(post("/t").willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json").withBody("{\"message\":\"label taken\"}")));

    assertThatThrownBy(() -> provider(events).create(spec())).isInstanceOf(TrunkApiException.class);

    assertThat(events.lines).containsExactly(
        "start test create",
        "attempt create POST /t #1 4xx 422 (status 422)",
        "end create REFUSED 4xx after 1 (TrunkApiValidationException)");
  }

  @Test
  void aCreateRefusedBeforeSending_isRefusedWithNoAttempt() {
    assertThatThrownBy(() -> provider(events).create(TrunkSpec.builder().host("h").build()))
        .isInstanceOf(TrunkValidationException.class);

    assertThat(events.lines).containsExactly(
        "start test create",
        "end create REFUSED none after 0 (TrunkValidationException)");
    fx.server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void a504ToACreate_isOutcomeUnknown_andNotRetried() {
    fx.server.stubFor(post("/t").willReturn(aResponse().withStatus(504)));

    assertThatThrownBy(() -> provider(events).create(spec())).isInstanceOf(TrunkApiException.class)
        .matches(e -> ((TrunkApiException) e).outcomeUnknown());

    assertThat(events.lines).containsExactly(
        "start test create",
        "attempt create POST /t #1 5xx 504 (status 504)",
        "end create OUTCOME_UNKNOWN 5xx after 1 (TrunkServerException)");
  }

  @Test
  void aCreateCutOff_isOutcomeUnknown_withNoStatus() {
    fx.server.stubFor(post("/t").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> provider(events).create(spec())).isInstanceOf(TrunkTransportException.class);

    assertThat(events.lines).containsExactly(
        "start test create",
        "attempt create POST /t #1 none (connection reset)",
        "end create OUTCOME_UNKNOWN none after 1 (TrunkTransportException)");
  }

  @Test
  void anUpdateThatReadsTheTrunkFirst_isOneCall_withBothRequestsAsItsAttempts() {
    fx.server.stubFor(get("/w/7").willReturn(okJson("{\"id\":7,\"label\":\"a\",\"auth\":\"REGISTER\"}")));
    fx.server.stubFor(put("/w/7").willReturn(okJson("{\"id\":7,\"label\":\"b\",\"auth\":\"REGISTER\"}")));

    provider(events, Replacing.class, ReplaceOnUpdateTest.FIELDS, Replacing::new)
        .update("7", TrunkUpdate.builder().name("b").build());

    assertThat(events.lines).containsExactly(
        "start test update",
        "attempt update GET /w/{id} #1 2xx 200",
        "attempt update PUT /w/{id} #1 2xx 200",
        "end update APPLIED 2xx after 2");
  }

  @Test
  void aDeleteThatSucceeds_isApplied() {
    fx.server.stubFor(delete("/t/" + ID).willReturn(aResponse().withStatus(204)));

    provider(events).delete(ID);

    assertThat(events.lines).containsExactly(
        "start test delete",
        "attempt delete DELETE /t/{id} #1 2xx 204",
        "end delete APPLIED 2xx after 1");
  }

  @Test
  void eachPageOfAListing_isACallOfThatListing_madeWhenIterationReachesIt() {
    fx.server.stubFor(get("/t?page=1").willReturn(okJson("[{\"id\":\"a\"},{\"id\":\"b\"}]")));
    fx.server.stubFor(get("/t?page=2").willReturn(okJson("[{\"id\":\"c\"}]")));

    Paged<SipTrunk> trunks = provider(events).list(TrunkQuery.all());
    assertThat(events.lines).as("building the listing sends nothing").isEmpty();
    assertThat(trunks.toList()).hasSize(3);

    assertThat(events.lines).containsExactly(
        "start test list",
        "attempt list GET /t #1 2xx 200",
        "end list SUCCEEDED 2xx after 1",
        "start test list",
        "attempt list GET /t #1 2xx 200",
        "end list SUCCEEDED 2xx after 1");
  }

  @Test
  void aVendorClientRequest_isACallNamedByItsRouteTemplate() {
    fx.server.stubFor(put("/t/" + ID + "/numbers").willReturn(okJson("{}")));
    HttpEngine http = (HttpEngine) provider(events).vendorClient();

    http.execute(ApiRequest.put("/t").segment("id", ID).path("numbers").build(), JsonNode.class);

    assertThat(events.lines).containsExactly(
        "start test PUT /t/{id}/numbers",
        "attempt PUT /t/{id}/numbers PUT /t/{id}/numbers #1 2xx 200",
        "end PUT /t/{id}/numbers APPLIED 2xx after 1");
  }

  @Test
  void aListenerThatThrows_isLoggedAtWarn_andChangesNothing() {
    fx.server.stubFor(get("/t/" + ID).inScenario("s").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    fx.server.stubFor(get("/t/" + ID).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"id\":\"" + ID + "\",\"label\":\"main\"}")));
    CallListener throwing = new CallListener() {
      @Override
      public void callStart(CallEvent event) {
        throw new IllegalStateException("start");
      }

      @Override
      public void attemptEnd(CallEvent event) {
        throw new IllegalStateException("attempt");
      }

      @Override
      public void retry(CallEvent event) {
        throw new IllegalStateException("retry");
      }

      @Override
      public void callEnd(CallEvent event) {
        throw new AssertionError("end");
      }
    };

    try (WireLogCapture logs = new WireLogCapture()) {
      assertThat(provider(throwing).get(ID).name()).contains("main");

      assertThat(logs.text().lines().filter(l -> l.contains("the call listener")))
          .containsExactly(
              "[test] the call listener " + throwing.getClass().getName()
                  + " threw java.lang.IllegalStateException in callStart; the call goes on",
              "[test] the call listener " + throwing.getClass().getName()
                  + " threw java.lang.IllegalStateException in attemptEnd; the call goes on",
              "[test] the call listener " + throwing.getClass().getName()
                  + " threw java.lang.IllegalStateException in retry; the call goes on",
              "[test] the call listener " + throwing.getClass().getName()
                  + " threw java.lang.IllegalStateException in attemptEnd; the call goes on",
              "[test] the call listener " + throwing.getClass().getName()
                  + " threw java.lang.AssertionError in callEnd; the call goes on");
    }
    fx.server.verify(2, getRequestedFor(urlEqualTo("/t/" + ID)));
  }

  @Test
  void noEvent_carriesACredential_aPassword_aBody_orAnId() {
    fx.server.stubFor(post("/t").willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"bad password " + PASSWORD + " for " + EngineFixture.TOKEN + "\"}")));
    fx.server.stubFor(get("/t/" + ID).willReturn(aResponse().withStatus(404).withBody("no " + ID)));
    fx.server.stubFor(get(urlPathEqualTo("/t")).willReturn(okJson("[{\"id\":\"" + ID + "\",\"secret\":\""
        + PASSWORD + "\"}]")));
    KitTrunkProvider provider = provider(events);

    assertThatThrownBy(() -> provider.create(spec())).isInstanceOf(TrunkApiException.class);
    assertThatThrownBy(() -> provider.get(ID)).isInstanceOf(TrunkApiException.class);
    provider.list(TrunkQuery.all()).toList();
    ((HttpEngine) provider.vendorClient()).execute(ApiRequest.get("/t").query("token", EngineFixture.TOKEN)
        .header("X-Extra", "header-value-77").build(), JsonNode.class);

    assertThat(events.all).hasSizeGreaterThan(10);
    for (CallEvent event : events.all) {
      assertThat(event.toString()).doesNotContain(PASSWORD, EngineFixture.TOKEN, ID, "header-value-77",
          "bad password", "label", "Bearer", "Authorization");
    }
  }

  @Test
  void theOutcomeRule_inOnePlace() {
    assertThat(CallRecorder.outcome(false, null)).isEqualTo(CallEvent.Outcome.SUCCEEDED);
    assertThat(CallRecorder.outcome(false, new IllegalStateException())).isEqualTo(CallEvent.Outcome.FAILED);
    assertThat(CallRecorder.outcome(true, null)).isEqualTo(CallEvent.Outcome.APPLIED);
    assertThat(CallRecorder.outcome(true, new io.trunkline.core.error.TrunkTransportException("m", "POST", "/t", 1,
        true, null))).isEqualTo(CallEvent.Outcome.OUTCOME_UNKNOWN);
    assertThat(CallRecorder.outcome(true, new io.trunkline.core.error.TrunkTransportException("m", "PUT", "/t", 3,
        false, null))).isEqualTo(CallEvent.Outcome.REFUSED);
    assertThat(CallRecorder.outcome(true, new io.trunkline.core.error.TrunkWriteAppliedException("test", "create",
        "7", new IllegalStateException()))).isEqualTo(CallEvent.Outcome.APPLIED);
  }
}

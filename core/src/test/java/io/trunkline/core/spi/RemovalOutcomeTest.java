package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.trunkline.core.error.TrunkNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A removal reports truthfully: a not-found answer to a retry means done when an earlier attempt may have been
 * carried out (it reached the vendor: reset, timeout, 500, 502, 504), and means not found when every earlier
 * attempt was refused unprocessed (408, 429, 503) — or on the first attempt.
 */
class RemovalOutcomeTest {
  private final EngineFixture fx = new EngineFixture();
  private final HttpEngine engine = fx.engine();

  @AfterEach
  void stop() {
    fx.close();
  }

  private void firstThen404(ResponseDefinitionBuilder first) {
    fx.server.stubFor(delete(urlEqualTo("/t/1")).inScenario("s").whenScenarioStateIs("Started")
        .willReturn(first).willSetStateTo("gone"));
    fx.server.stubFor(delete(urlEqualTo("/t/1")).inScenario("s").whenScenarioStateIs("gone")
        .willReturn(aResponse().withStatus(404)));
  }

  private void remove() {
    engine.execute(ApiRequest.delete("/t").segment("id", "1").build());
  }

  @Test
  void notFound_afterAResetAttempt_isDone() {
    firstThen404(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    assertThatCode(this::remove).doesNotThrowAnyException();
    fx.server.verify(2, deleteRequestedFor(urlEqualTo("/t/1")));
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 504})
  void notFound_afterAnAttemptThatMayHaveBeenCarriedOut_isDone(int status) {
    firstThen404(aResponse().withStatus(status));
    assertThatCode(this::remove).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 503})
  void notFound_afterAnAttemptRefusedUnprocessed_isNotFound(int status) {
    firstThen404(aResponse().withStatus(status));
    assertThatThrownBy(this::remove).isInstanceOf(TrunkNotFoundException.class);
    fx.server.verify(2, deleteRequestedFor(urlEqualTo("/t/1")));
  }

  @Test
  void notFound_onTheFirstAttempt_isNotFound() {
    fx.server.stubFor(delete(urlEqualTo("/t/1")).willReturn(aResponse().withStatus(404)));
    assertThatThrownBy(this::remove).isInstanceOf(TrunkNotFoundException.class);
  }

  @Test
  void aPostMarkedAsRemoving_followsTheSameRule() {
    fx.server.stubFor(post(urlEqualTo("/t/1/destroy")).inScenario("s").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(502)).willSetStateTo("gone"));
    fx.server.stubFor(post(urlEqualTo("/t/1/destroy")).inScenario("s").whenScenarioStateIs("gone")
        .willReturn(aResponse().withStatus(404)));
    assertThatCode(() -> engine.execute(ApiRequest.post("/t").segment("id", "1").path("destroy")
        .idempotent(true).removes(true).build())).doesNotThrowAnyException();
    fx.server.verify(2, postRequestedFor(urlEqualTo("/t/1/destroy")));
  }

  @Test
  void aGet_isNeverARemoval() {
    assertThat(ApiRequest.get("/t").build().removes()).isFalse();
    assertThat(ApiRequest.delete("/t").build().removes()).isTrue();
    assertThat(ApiRequest.post("/t").build().removes()).isFalse();
  }
}

package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkApiValidationException;
import io.trunkline.core.error.TrunkServerException;
import io.trunkline.core.error.TrunkTransportException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An idempotent write (a PUT) is retried, but when it finally fails after an attempt that may have been carried
 * out (500, 502, 504, a reset after sending), its outcome is unknown: the last answer does not say whether an
 * earlier attempt changed the trunk. After answers that say "not processed" (408, 429, 503) it is refused; a read
 * never has an outcome to report.
 */
class RetriedWriteOutcomeTest {
  private final EngineFixture fx = new EngineFixture();
  private final HttpEngine engine = fx.engine();

  @AfterEach
  void stop() {
    fx.close();
  }

  private void putAnswers(ResponseDefinitionBuilder first, ResponseDefinitionBuilder rest) {
    fx.server.stubFor(put(urlEqualTo("/t/1")).inScenario("s").whenScenarioStateIs("Started")
        .willReturn(first).willSetStateTo("later"));
    fx.server.stubFor(put(urlEqualTo("/t/1")).inScenario("s").whenScenarioStateIs("later").willReturn(rest));
  }

  private void update() {
    engine.execute(ApiRequest.put("/t").segment("id", "1").body(Map.of("name", "x")).build());
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 504})
  void aRetriedPut_thatKeepsFailingWithAStatusThatMayHaveApplied_isOutcomeUnknown(int status) {
    putAnswers(aResponse().withStatus(status), aResponse().withStatus(status));
    TrunkServerException e = catchThrowableOfType(TrunkServerException.class, this::update);
    assertThat(e.outcomeUnknown()).isTrue();
    fx.server.verify(3, putRequestedFor(urlEqualTo("/t/1")));
  }

  @Test
  void aRetriedPut_refusedAfterAnAttemptThatMayHaveApplied_isOutcomeUnknown() {
    putAnswers(aResponse().withStatus(502), aResponse().withStatus(422).withBody("{\"message\":\"bad name\"}"));
    TrunkApiValidationException e = catchThrowableOfType(TrunkApiValidationException.class, this::update);
    assertThat(e.outcomeUnknown()).as("the first attempt may have changed the trunk").isTrue();
  }

  @Test
  void aRetriedPut_cutOffAfterSending_eachTime_isOutcomeUnknown() {
    putAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    TrunkTransportException e = catchThrowableOfType(TrunkTransportException.class, this::update);
    assertThat(e.outcomeUnknown()).isTrue();
    assertThat(e.attempts()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 503})
  void aRetriedPut_answeredNotProcessedEachTime_isRefused(int status) {
    putAnswers(aResponse().withStatus(status), aResponse().withStatus(status));
    TrunkApiException e = catchThrowableOfType(TrunkApiException.class, this::update);
    assertThat(e.outcomeUnknown()).isFalse();
  }

  @Test
  void aPut_refusedOnItsFirstAttempt_isRefused() {
    putAnswers(aResponse().withStatus(422).withBody("{\"message\":\"bad name\"}"), aResponse().withStatus(200));
    assertThat(catchThrowableOfType(TrunkApiException.class, this::update).outcomeUnknown()).isFalse();
  }

  @Test
  void aRead_thatKeepsFailing_hasNoOutcomeToReport() {
    fx.server.stubFor(get(urlEqualTo("/t/1")).willReturn(aResponse().withStatus(500)));
    TrunkServerException e = catchThrowableOfType(TrunkServerException.class,
        () -> engine.execute(ApiRequest.get("/t").segment("id", "1").build()));
    assertThat(e.outcomeUnknown()).isFalse();
  }
}

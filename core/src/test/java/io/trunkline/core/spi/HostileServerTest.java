package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
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
}

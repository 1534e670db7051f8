package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.model.TrunkSpec;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** No password, token or API key in toString, exception messages or logs, even at trace level. */
class SecretsTest {
  private static final String SIP_PASSWORD = "4r=h;EaCB85QNtr2";
  private final EngineFixture fx = new EngineFixture();
  private final WireLogCapture logs = new WireLogCapture();

  @AfterEach
  void stop() {
    logs.close();
    fx.close();
  }

  private String allLogText() {
    return logs.text();
  }

  @Test
  void secretsAreMaskedInToStringAndJson() throws Exception {
    Secret secret = Secret.of(SIP_PASSWORD);
    ProviderConfig config = fx.config().credentials(Credentials.userPassword("admin", Secret.of("basic-pw-123"))).build();
    TrunkSpec spec = TrunkSpec.builder().name("t").password(secret).build();

    assertThat(secret.toString()).isEqualTo("****");
    assertThat(Json.mapper().writeValueAsString(spec)).doesNotContain(SIP_PASSWORD).contains("\"password\":\"****\"");
    assertThat(spec.toString()).doesNotContain(SIP_PASSWORD);
    assertThat(config.toString()).doesNotContain("basic-pw-123");
    assertThat(Credentials.apiKey("X-Api-Key", Secret.of("key-123456")).toString()).doesNotContain("key-123456");
    assertThat(Credentials.bearer(EngineFixture.TOKEN).toString()).doesNotContain(EngineFixture.TOKEN);
  }

  @Test
  void traceLogs_redactAuthHeadersAndSecretFields_andMaskKnownSecretValues() {
    fx.server.stubFor(post("/t").willReturn(okJson("{\"id\":1,\"sip_password\":\"" + SIP_PASSWORD + "\"}")));

    fx.engine().execute(ApiRequest.post("/t").sensitive(Secret.of(SIP_PASSWORD))
        .body(Map.of("name", "x", "password", SIP_PASSWORD, "notes", "pw is " + SIP_PASSWORD)).build(), JsonNode.class);

    String text = allLogText();
    assertThat(text).contains("POST /t -> 200").contains("Authorization: REDACTED").contains("\"password\":\"REDACTED\"");
    assertThat(text).doesNotContain(SIP_PASSWORD).doesNotContain(EngineFixture.TOKEN);
  }

  @Test
  void errorBodiesEchoingThePassword_areMaskedInTheException() {
    fx.server.stubFor(post("/t").willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"" + SIP_PASSWORD + " is too weak\",\"errors\":{\"password\":\"" + SIP_PASSWORD + "\"}}")));

    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.post("/t").sensitive(Secret.of(SIP_PASSWORD))
        .body(Map.of("password", SIP_PASSWORD)).build()))
        .isInstanceOfSatisfying(TrunkApiException.class, e -> {
          assertThat(e.getMessage()).contains("**** is too weak").doesNotContain(SIP_PASSWORD);
          assertThat(String.valueOf(e.failure())).doesNotContain(SIP_PASSWORD);
        });
    assertThat(allLogText()).doesNotContain(SIP_PASSWORD);
  }

  @Test
  void tokenEchoedInAnHtmlErrorPage_isMasked() {
    fx.server.stubFor(get("/t").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "text/html")
        .withBody("<html>bad token " + EngineFixture.TOKEN + "</html>")));

    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.get("/t").build(), JsonNode.class))
        .satisfies(e -> assertThat(e.getMessage()).contains("bad token ****").doesNotContain(EngineFixture.TOKEN));
  }
}

package io.trunkline.provider.pbx.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkApiValidationException;
import io.trunkline.core.error.TrunkConflictException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkRateLimitedException;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkServerException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.VendorError;
import io.trunkline.provider.pbx.PbxClient;
import io.trunkline.provider.pbx.PbxTransport;
import io.trunkline.provider.pbx.PbxTrunkSpec;
import io.trunkline.provider.pbx.PbxTrunkUpdate;
import io.trunkline.contract.WireMockVendor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PBX error body mapped to the typed exceptions, the vendor code kept; odd answers refused. */
@Timeout(20)
class PbxErrorTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = PbxAccount.wireMock();
  private final TrunkProvider provider = wm.provider();
  private final PbxClient client = (PbxClient) provider.vendorClient();

  private static void answer(int status, String body) {
    wm.server().stubFor(get(urlEqualTo("/api/providers/x")).willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  @Test
  void validateFailed_isAValidationError_withFieldErrorsFromTheDetail() {
    wm.server().stubFor(post(urlEqualTo("/api/providers/x")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody(wm.payload("error-validate-failed.json"))));

    assertThatThrownBy(() -> client.update("x", PbxTrunkUpdate.builder().name("n").build()))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.vendorCode()).contains("VALIDATE_FAILED");
          assertThat(e.vendorMessage()).contains("field validation failed");
          assertThat(e.failure().fieldErrors()).containsExactly(
              java.util.Map.entry("hostname", List.of("hostname is required")));
          assertThat(e.getMessage()).contains("POST /api/providers/x", "VALIDATE_FAILED", "hostname is required");
        });
    assertThat(wm.requests()).hasSize(1);
  }

  @Test
  void statusesMapToTheirExceptions_withTheCodeKeptAsSent() {
    answer(401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"token expired\"}]}");
    assertThatThrownBy(() -> client.get("x")).isInstanceOfSatisfying(TrunkUnauthorizedException.class,
        e -> assertThat(e.vendorCode()).contains("UNAUTHORIZED"));
    answer(403, "{\"errors\":[{\"code\":\"LICENSE_FEATURE_DISABLED\",\"message\":\"not licensed\"}]}");
    assertThatThrownBy(() -> client.get("x")).isInstanceOfSatisfying(TrunkUnauthorizedException.class,
        e -> assertThat(e.vendorCode()).contains("LICENSE_FEATURE_DISABLED"));
    answer(404, "{\"errors\":[{\"code\":\"UNKNOWN\",\"message\":\"not found\"}]}");
    assertThatThrownBy(() -> client.get("x")).isInstanceOf(TrunkNotFoundException.class);
    answer(409, wm.payload("error-resource-in-use.json"));
    assertThatThrownBy(() -> client.get("x")).isInstanceOf(TrunkConflictException.class);
  }

  @Test
  void resourceInUse_answeredWith400_isStillAConflict() {
    wm.server().stubFor(post(urlEqualTo("/api/providers/x/destroy")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody(wm.payload("error-resource-in-use.json"))));

    assertThatThrownBy(() -> provider.delete("x")).isInstanceOfSatisfying(TrunkConflictException.class,
        e -> assertThat(e.vendorCode()).contains("RESOURCE_IN_USE"));
  }

  @Test
  void serverErrors_areRetriedOnGet_thenReported() {
    answer(500, "{\"errors\":[{\"code\":\"UNKNOWN\",\"message\":\"unknown error\"}]}");

    assertThatThrownBy(() -> client.get("x")).isInstanceOfSatisfying(TrunkServerException.class, e -> {
      assertThat(e.vendorCode()).contains("UNKNOWN");
      assertThat(e.attempts()).isEqualTo(3);
    });
    assertThat(wm.requests()).hasSize(3);
  }

  @Test
  void serverErrors_onCreate_areNotRetried() throws Exception {
    wm.server().stubFor(post(urlEqualTo("/api/providers")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> client.create(Json.mapper().readValue(PbxAccount.realisticCreateBody(),
        PbxTrunkSpec.class))).isInstanceOf(TrunkServerException.class).hasMessageContaining("not idempotent")
        .hasMessageNotContaining("4r=h;EaCB85QNtr2");
    assertThat(wm.requests()).hasSize(1);
  }

  @Test
  void rateLimited_keepsRetryAfter() {
    wm.server().stubFor(get(urlEqualTo("/api/providers/x")).willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "120")));

    assertThatThrownBy(() -> client.get("x")).isInstanceOfSatisfying(TrunkRateLimitedException.class,
        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)));
  }

  @Test
  void anHtmlErrorPage_isReportedWithAnExcerpt() {
    wm.server().stubFor(get(urlEqualTo("/api/providers/x")).willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html").withBody("<html><body>Bad gateway (nginx)</body></html>")));

    assertThatThrownBy(() -> client.get("x")).isInstanceOfSatisfying(TrunkServerException.class,
        e -> assertThat(e.failure().bodyExcerpt().orElseThrow()).contains("Bad gateway"));
  }

  @Test
  void aSuccessThatIsNotTheExpectedJson_isAResponseError() {
    wm.server().stubFor(get(urlEqualTo("/api/providers/x")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html>login</html>")));
    assertThatThrownBy(() -> client.get("x")).isInstanceOf(TrunkResponseException.class);

    answer(200, "{\"name\":\"no id\"}");
    assertThatThrownBy(() -> client.get("x")).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("id");

    answer(200, "{\"id\":\"x\",\"port\":\"eighty\"}");
    assertThatThrownBy(() -> client.get("x")).isInstanceOf(TrunkResponseException.class);

    wm.server().stubFor(post(urlEqualTo("/api/providers")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{}")));
    assertThatThrownBy(() -> client.create(PbxTrunkSpec.builder().name("n").transport(PbxTransport.UDP)
        .hostname("h.example.com").port(1).outboundServer("h.example.com").outboundServerPort(1).concurrency(1)
        .build())).isInstanceOf(io.trunkline.core.error.TrunkValidationException.class)
        .hasMessageContaining("the PBX's answer");
  }

  @Test
  void decoder_joinsMessages_readsTextDetail_andFallsBackForOtherShapes() throws Exception {
    PbxErrorDecoder decoder = new PbxErrorDecoder();
    JsonNode two = Json.mapper().readTree("{\"errors\":[{\"code\":\"VALIDATE_FAILED\",\"message\":\"bad name\","
        + "\"detail\":\"name too long\"},{\"code\":\"UNKNOWN\",\"message\":\"bad port\",\"detail\":{\"port\":[\"max\","
        + "\"int\"]}}]}");
    VendorError e = decoder.decode(422, two);
    assertThat(e.code()).contains("VALIDATE_FAILED");
    assertThat(e.message()).contains("bad name (name too long); bad port");
    assertThat(e.fieldErrors()).containsEntry("port", List.of("max", "int"));
    assertThat(e.status()).isEmpty();

    VendorError login = decoder.decode(400, Json.mapper().readTree(wm.payload("error-login-failed.json")));
    assertThat(login.status()).contains(401);
    assertThat(login.code()).contains("UNAUTHORIZED");

    VendorError other = decoder.decode(404, Json.mapper().readTree("{\"error\":\"no route\"}"));
    assertThat(other.code()).contains("no route");
    assertThat(decoder.decode(400, Json.mapper().readTree("{\"errors\":[]}")).code()).isEmpty();
    assertThat(TrunkApiException.class).isAssignableFrom(TrunkApiValidationException.class);
  }
}

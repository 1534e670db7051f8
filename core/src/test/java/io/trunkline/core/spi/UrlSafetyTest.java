package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.error.TrunkValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Caller input can never change the shape of a request: path, query, headers or body. */
class UrlSafetyTest {
  private final EngineFixture fx = new EngineFixture();

  @AfterEach
  void stop() {
    fx.close();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "../admin|/api/providers/..%2Fadmin",
      "../../admin|/api/providers/..%2F..%2Fadmin",
      "+31 500/1|/api/providers/+31%20500%2F1",
      "a?x=1#f|/api/providers/a%3Fx=1%23f",
      "%2e%2e|/api/providers/%252e%252e",
      "a\\b|/api/providers/a%5Cb",
      "+31500000000|/api/providers/+31500000000"})
  void callerValues_stayOneEncodedPathSegment(String id, String expectedPath) {
    fx.server.stubFor(any(anyUrl()).willReturn(okJson("{}")));

    fx.engine().execute(ApiRequest.get("/api/providers").segment("id", id).build(), JsonNode.class);

    assertThat(fx.server.getAllServeEvents()).singleElement()
        .satisfies(e -> assertThat(e.getRequest().getUrl()).isEqualTo(expectedPath));
  }

  @Test
  void requestsOfOneEngine_eachGoToTheirOwnPathAndQuery_whenPagesOfOnePathFollowEachOther() {
    fx.server.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    HttpEngine engine = fx.engine();

    List<String> reported = new ArrayList<>();
    for (ApiRequest request : List.of(
        ApiRequest.get("/api/providers").query("skip", 0).query("top", 2).build(),
        ApiRequest.get("/api/providers").query("skip", 2).query("top", 2).build(),
        ApiRequest.get("/api/providers").segment("id", "a b").query("skip", 4).build(),
        ApiRequest.get("/api/providers").segment("id", "a c").build(),
        ApiRequest.get("/api/providers").build(),
        ApiRequest.get("/api/providers/").query("q", "x&y=1").build(),
        ApiRequest.get("/api").query("skip", 6).build())) {
      reported.add(engine.execute(request, ApiResponse::path));
    }

    assertThat(fx.server.getAllServeEvents()).extracting(e -> e.getRequest().getUrl()).containsExactlyInAnyOrder(
        "/api/providers?skip=0&top=2", "/api/providers?skip=2&top=2", "/api/providers/a%20b?skip=4",
        "/api/providers/a%20c", "/api/providers", "/api/providers?q=x%26y%3D1", "/api?skip=6");
    assertThat(reported).containsExactly("/api/providers", "/api/providers", "/api/providers/a%20b",
        "/api/providers/a%20c", "/api/providers", "/api/providers", "/api");
  }

  @Test
  void crlfInAnId_isEncoded_neverANewLine() {
    fx.server.stubFor(any(anyUrl()).willReturn(okJson("{}")));

    fx.engine().execute(ApiRequest.get("/t").segment("id", "a\r\nX-Evil: 1").build(), JsonNode.class);

    assertThat(fx.server.getAllServeEvents()).singleElement().satisfies(e -> {
      assertThat(e.getRequest().getUrl()).isEqualTo("/t/a%0D%0AX-Evil:%201");
      assertThat(e.getRequest().containsHeader("X-Evil")).isFalse();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "", " ", "..;", ".;jsessionid=1"})
  void dotSegmentsAndBlankIds_areRefusedBeforeSending(String id) {
    assertThatThrownBy(() -> ApiRequest.delete("/t").segment("trunkId", id).build())
        .isInstanceOf(TrunkValidationException.class).hasMessageStartingWith("trunkId:");
    assertThat(fx.server.getAllServeEvents()).isEmpty();
  }

  @Test
  void queryValues_areEncoded_plusAsPercent2B() {
    fx.server.stubFor(any(anyUrl()).willReturn(okJson("{}")));

    fx.engine().execute(ApiRequest.get("/t").query("number", "+31 50&x=1#y").build(), JsonNode.class);

    assertThat(fx.server.getAllServeEvents()).singleElement()
        .satisfies(e -> assertThat(e.getRequest().getUrl()).isEqualTo("/t?number=%2B31%2050%26x%3D1%23y"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\r\nInjected: 1", "a\nb", "a\u0000b", "caf\u00e9"})
  void headerValuesWithControlOrNonAsciiCharacters_areRefused_withoutEchoingTheValue(String value) {
    assertThatThrownBy(() -> ApiRequest.get("/t").header("X-Customer-Ref", value))
        .isInstanceOf(TrunkValidationException.class)
        .hasMessageContaining("X-Customer-Ref")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(value));
  }

  @Test
  void bodyInjection_staysOneJsonString() {
    fx.server.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    String name = "a\",\"admin\":true,\"x\":\"";

    fx.engine().execute(ApiRequest.post("/t").body(Map.of("name", name)).build(), JsonNode.class);

    fx.server.verify(postRequestedFor(urlEqualTo("/t")).withRequestBody(equalToJson("{\"name\":"
        + "\"a\\\",\\\"admin\\\":true,\\\"x\\\":\\\"\"}")));
  }

  @Test
  void redirects_areNotFollowed() {
    fx.server.stubFor(get("/t").willReturn(aResponse().withStatus(302).withHeader("Location", "http://127.0.0.2:1/steal")));

    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.get("/t").build(), JsonNode.class))
        .isInstanceOf(io.trunkline.core.error.TrunkApiException.class)
        .satisfies(e -> assertThat(((io.trunkline.core.error.TrunkApiException) e).status()).isEqualTo(302));
    fx.server.verify(1, getRequestedFor(urlEqualTo("/t")));
  }
}

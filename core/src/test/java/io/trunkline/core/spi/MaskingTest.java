package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkApiException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Secrets are masked in every form the SDK itself writes them, wherever a server echoes them back. */
@Timeout(30)
class MaskingTest {
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

  private void echo(String method, String body) {
    fx.server.stubFor(request(method, anyUrl()).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "text/html").withBody("<html><pre>" + body + "</pre></html>")));
  }

  private String failureText(ApiRequest request) {
    return failureText(fx.engine(), request);
  }

  private String failureText(HttpEngine engine, ApiRequest request) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> engine.execute(request, JsonNode.class));
    assertThat(thrown).isInstanceOf(TrunkApiException.class);
    return thrown.getMessage() + "\n" + ((TrunkApiException) thrown).failure() + "\n" + allLogText();
  }

  @Test
  void basicCredentialsEchoedByAnErrorPage_areMasked_inTheBase64AndHeaderForms() {
    String base64 = Base64.getEncoder().encodeToString("admin:basic-pw-123".getBytes(StandardCharsets.UTF_8));
    echo("GET", "Authorization: Basic " + base64 + "\nheader again: " + base64);
    HttpEngine engine = fx.context(fx.config().credentials(Credentials.userPassword("admin", Secret.of("basic-pw-123")))
        .build()).http();

    String text = failureText(engine, ApiRequest.get("/t").build());

    assertThat(text).doesNotContain(base64).doesNotContain("basic-pw-123").contains("Authorization: ****");
  }

  @Test
  void credentialsAnAuthorizerAddsAtRuntime_areMaskedWhenEchoed() {
    echo("GET", "you sent Authorization: Bearer dyn-tok-777 and X-Key: key-888");
    HttpEngine engine = ProviderContext.builder(EngineFixture.METADATA, fx.config().build())
        .authorizer(e -> request -> request.header("Authorization", "Bearer dyn-tok-777").header("X-Key", "key-888"))
        .build().http();

    String text = failureText(engine, ApiRequest.get("/t").build());

    assertThat(text).doesNotContain("dyn-tok-777").doesNotContain("key-888");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pa\"ss\\word-1", "p w/d+x&y=1", "ümlaut pässword", "tab\there"})
  void aPasswordIsMasked_inEveryEncodingTheSdkWritesItIn(String password) throws Exception {
    String json = Json.mapper().writeValueAsString(password);
    String jsonEscaped = json.substring(1, json.length() - 1);
    String form = URLEncoder.encode(password, StandardCharsets.UTF_8);
    okhttp3.HttpUrl encoded = okhttp3.HttpUrl.get("http://h/").newBuilder().addPathSegment(password)
        .addQueryParameter("q", password).build();
    String path = encoded.encodedPathSegments().get(0);
    String query = encoded.encodedQuery().substring(2);
    echo("POST", "body: " + jsonEscaped + " | form: " + form + " | path: " + path + " | query: " + query
        + " | raw: " + password);

    String text = failureText(ApiRequest.post("/t").segment("id", password).query("q", password)
        .sensitive(Secret.of(password)).body(Map.of("password", password)).build());

    assertThat(text).doesNotContain(jsonEscaped).doesNotContain(form).doesNotContain(path).doesNotContain(query)
        .doesNotContain(password).contains("body: ****").contains("form: ****").contains("path: ****")
        .contains("query: ****");
  }

  @Test
  void aSecretStraddlingTheExcerptEdge_isMaskedWhole() {
    String secret = "straddle-SECRET-0123456789";
    String filler = "x".repeat(ResponseBodies.EXCERPT_BYTES - "<html><pre>".length() - 6);
    echo("POST", filler + secret + " and more " + "y".repeat(3000));

    String text = failureText(ApiRequest.post("/t").sensitive(Secret.of(secret)).body(Map.of("a", 1)).build());

    assertThat(text).doesNotContain(secret.substring(0, 4)).contains("…[truncated");
  }

  @Test
  void aOneCharacterSecretInARequestBody_isRedactedByItsFieldInTheWireLog() {
    fx.server.stubFor(post("/t").willReturn(okJson("{}")));

    fx.engine().execute(ApiRequest.post("/t").sensitive(Secret.of("7")).sensitive(Secret.of("Q1"))
        .body(Map.of("pin", "7", "code", "Q1", "count", "77", "name", "x")).build(), JsonNode.class);

    assertThat(allLogText()).contains("\"pin\":\"REDACTED\"").contains("\"code\":\"REDACTED\"")
        .contains("\"count\":\"77\"").doesNotContain("\"pin\":\"7\"").doesNotContain("\"code\":\"Q1\"");
  }

  @Test
  void traceLogOfABodyLongerThanThePeek_redactsSecretFieldsBeforeAndAfterTheCut() {
    StringBuilder body = new StringBuilder("{\"items\":[");
    body.append("{\"id\":1,\"access_token\":\"AT-before-cut-1\",\"nested\":{\"password\":\"PW-before-2\"}}");
    for (int i = 0; i < 200; i++) {
      body.append(",{\"id\":").append(i + 2).append(",\"name\":\"").append("n".repeat(40)).append("\"}");
    }
    body.append(",{\"id\":999,\"password\":\"PW-after-cut-3\",\"access_token\":\"AT-after-cut-4\"}]}");
    assertThat(body.length()).isGreaterThan(8 * 1024 + 100);
    fx.server.stubFor(get("/t").willReturn(okJson(body.toString())));

    fx.engine().execute(ApiRequest.get("/t").build(), JsonNode.class);

    String text = allLogText();
    assertThat(text).contains("\"access_token\":\"REDACTED\"").contains("\"password\":\"REDACTED\"")
        .doesNotContain("AT-before").doesNotContain("PW-before").doesNotContain("PW-after").doesNotContain("AT-after");
  }

  @Test
  void traceLogOfABodyCutInsideASecretValue_showsNoPartOfIt() {
    String prefix = "{\"pad\":\"" + "p".repeat(8 * 1024 - 40) + "\",\"refresh_token\":\"";
    String body = prefix + "RT-" + "r".repeat(100) + "\",\"n\":1}";
    fx.server.stubFor(get("/t").willReturn(okJson(body)));

    fx.engine().execute(ApiRequest.get("/t").build(), JsonNode.class);

    assertThat(allLogText()).doesNotContain("RT-").doesNotContain("rrr");
  }

  @Test
  void traceLogOfANonJsonBody_redactsSecretNamedPairs() {
    fx.server.stubFor(get("/t").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("access_token=AT-form-5&expires_in=3600&user=bob")));

    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.get("/t").build(), JsonNode.class));

    assertThat(allLogText()).doesNotContain("AT-form-5").contains("expires_in=3600");
  }

  @Test
  void aSecretInThePath_isMaskedInWhatAReaderReports() {
    fx.server.stubFor(get(anyUrl()).willReturn(okJson("{}")));

    String reported = fx.engine().execute(ApiRequest.get("/t").segment("key", "path-secret-9")
        .sensitive(Secret.of("path-secret-9")).build(), ApiResponse::path);

    assertThat(reported).isEqualTo("/t/****");
  }

  @Test
  void aPathMaskedForOneRequest_isMaskedForItAlone_beforeAndAfterTheSamePathWithoutThatSecret() {
    fx.server.stubFor(get(anyUrl()).willReturn(okJson("{}")));
    HttpEngine engine = fx.engine();
    ApiRequest plain = ApiRequest.get("/t").segment("key", "path-secret-9").build();
    ApiRequest secret = ApiRequest.get("/t").segment("key", "path-secret-9").sensitive(Secret.of("path-secret-9"))
        .build();

    List<String> reported = new ArrayList<>();
    for (ApiRequest request : List.of(plain, secret, plain, secret, secret)) {
      reported.add(engine.execute(request, ApiResponse::path));
    }

    assertThat(reported).containsExactly("/t/path-secret-9", "/t/****", "/t/path-secret-9", "/t/****", "/t/****");
  }
}

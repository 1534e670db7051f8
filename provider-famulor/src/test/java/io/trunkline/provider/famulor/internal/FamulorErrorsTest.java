package io.trunkline.provider.famulor.internal;

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
import static io.trunkline.provider.famulor.internal.FamulorAccount.KEY;
import static io.trunkline.provider.famulor.internal.FamulorAccount.TRUNKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkApiValidationException;
import io.trunkline.core.error.TrunkConflictException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkRateLimitedException;
import io.trunkline.core.error.TrunkServerException;
import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.provider.famulor.FamulorClient;
import io.trunkline.provider.famulor.FamulorSipTrunkUpdate;
import io.trunkline.provider.famulor.InboundAuthorizationType;
import io.trunkline.contract.WireMockVendor;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(20)
class FamulorErrorsTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> fx = FamulorAccount.wireMock();

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  @Test
  void rateLimitBodyUnderA200_isARateLimit_retriedLikeA429_withTheWaitFromTheBody() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS)).willReturn(json(200,
        "{\"error\":\"Rate limit exceeded\",\"message\":\"Too many requests.\",\"retry_after\":30}")));

    assertThatThrownBy(() -> fx.provider().list().toList())
        .isInstanceOfSatisfying(TrunkRateLimitedException.class, e -> {
          assertThat(e.status()).isEqualTo(429);
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
          assertThat(e.vendorCode()).contains("Rate limit exceeded");
          assertThat(e.getMessage()).contains("answered HTTP 200 with an error body");
          assertThat(e.attempts()).isEqualTo(3);
        });
    fx.server().verify(3, getRequestedFor(urlEqualTo(TRUNKS)));
  }

  @Test
  void validation422_onCreate_exposesTheFieldErrors_andIsNotRetried() {
    fx.server().stubFor(post(urlEqualTo(TRUNKS)).willReturn(json(422, fx.payload("error-422-create.json"))));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).create(FamulorClientTest.extension().build()))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.vendorMessage()).contains("The given data was invalid.");
          assertThat(e.vendorCode()).isEmpty();
          assertThat(e.fieldErrors()).containsOnly(
              Map.entry("sip_address", List.of("SIP server address is required.")),
              Map.entry("sip_calling_format", List.of("SIP calling format must be one of: +e164, e164, national.")));
          assertThat(e.method()).isEqualTo("POST");
          assertThat(e.path()).isEqualTo(TRUNKS);
          assertThat(e.getMessage()).contains("sip_address");
        });
    fx.server().verify(1, postRequestedFor(urlEqualTo(TRUNKS)));
  }

  @Test
  void validation422_onUpdate_exposesTheFieldErrors_andIsNotRetried() {
    fx.server().stubFor(put(urlEqualTo(TRUNKS + "/42")).willReturn(json(422, fx.payload("error-422-update.json"))));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).update(42, FamulorSipTrunkUpdate.builder()
        .inboundAuthorizationType(InboundAuthorizationType.IP).allowedInboundIps(List.of("203.0.113.10")).build()))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> assertThat(e.fieldErrors())
            .containsOnly(Map.entry("allowed_inbound_ips",
                List.of("At least one allowed IP address is required when authorization type is \"ip\"."))));
    fx.server().verify(1, putRequestedFor(urlEqualTo(TRUNKS + "/42")));
  }

  @Test
  void validation422_echoingThePassword_isMaskedInTheException() {
    fx.server().stubFor(post(urlEqualTo(TRUNKS)).willReturn(json(422, "{\"message\":\"Bad top-secret-9\","
        + "\"errors\":{\"sip_password\":[\"top-secret-9 is too weak\"]}}")));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).create(FamulorClientTest.extension().build()))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> {
          assertThat(e.getMessage()).doesNotContain("top-secret-9");
          assertThat(e.fieldErrors().get("sip_password")).containsExactly("**** is too weak");
        });
  }

  @Test
  void invalidKey401_isUnauthorized_withFamulorsErrorAndMessage_andNeverTheKey() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS)).willReturn(json(401, fx.payload("error-401-invalid-key.json"))));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).list().toList())
        .isInstanceOfSatisfying(TrunkUnauthorizedException.class, e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.vendorCode()).contains("Invalid API key");
          assertThat(e.vendorMessage()).contains("The provided API key is invalid or expired");
          assertThat(e.getMessage()).doesNotContain(KEY);
        });
    fx.server().verify(1, getRequestedFor(urlEqualTo(TRUNKS)));
  }

  @Test
  void missingHeader401_andInsufficientPermissions403_areUnauthorized() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/1"))
        .willReturn(json(401, fx.payload("error-401-missing-header.json"))));
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/2")).willReturn(json(403, fx.payload("error-403.json"))));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).get(1)).isInstanceOfSatisfying(TrunkUnauthorizedException.class,
        e -> assertThat(e.vendorCode()).contains("Missing Authorization header"));
    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).get(2)).isInstanceOfSatisfying(TrunkUnauthorizedException.class, e -> {
      assertThat(e.status()).isEqualTo(403);
      assertThat(e.vendorCode()).contains("Insufficient permissions");
      assertThat(e.vendorMessage()).contains("Your API key does not have permission for this resource");
    });
  }

  @Test
  void notFound404_onGetUpdateAndDelete_keepsFamulorsError() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/7")).willReturn(json(404, fx.payload("error-404-sip-trunk.json"))));
    fx.server().stubFor(put(urlEqualTo(TRUNKS + "/7")).willReturn(json(404, fx.payload("error-404-sip-trunk.json"))));
    fx.server().stubFor(delete(urlEqualTo("/api/user/phone-numbers/7"))
        .willReturn(json(404, fx.payload("error-404-phone-number.json"))));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).get(7)).isInstanceOfSatisfying(TrunkNotFoundException.class, e -> {
      assertThat(e.vendorCode()).contains("SIP trunk not found.");
      assertThat(e.vendorMessage()).contains("SIP trunk not found.");
    });
    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).update(7, FamulorSipTrunkUpdate.builder().nickname("x").build()))
        .isInstanceOf(TrunkNotFoundException.class);
    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).delete(7)).isInstanceOfSatisfying(TrunkNotFoundException.class,
        e -> assertThat(e.vendorCode()).contains("Phone number not found."));
    fx.server().verify(1, getRequestedFor(urlEqualTo(TRUNKS + "/7")));
    fx.server().verify(1, deleteRequestedFor(urlEqualTo("/api/user/phone-numbers/7")));
  }

  @Test
  void duplicate409_onCreate_isConflict_andIsNotRetried() {
    fx.server().stubFor(post(urlEqualTo(TRUNKS)).willReturn(json(409, fx.payload("error-409-duplicate.json"))));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).create(FamulorClientTest.extension().build()))
        .isInstanceOfSatisfying(TrunkConflictException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.vendorCode())
              .contains("A SIP trunk with the same phone number, username, and address already exists.");
        });
    fx.server().verify(1, postRequestedFor(urlEqualTo(TRUNKS)));
  }

  @Test
  void releaseAlreadyScheduled400_onDelete_isAnApiValidationError() {
    fx.server().stubFor(delete(urlEqualTo("/api/user/phone-numbers/9"))
        .willReturn(json(400, fx.payload("error-400-release-scheduled.json"))));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).delete(9)).isInstanceOfSatisfying(TrunkApiValidationException.class,
        e -> assertThat(e.vendorCode()).contains("Phone number is already scheduled for release."));
  }

  @Test
  void provisioningFailure500_onCreate_isAServerError_sentOnce() {
    fx.server().stubFor(post(urlEqualTo(TRUNKS)).willReturn(json(500, fx.payload("error-500-create.json"))));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).create(FamulorClientTest.extension().build()))
        .isInstanceOfSatisfying(TrunkServerException.class, e -> {
          assertThat(e.vendorCode()).contains("Failed to create SIP trunk. Please try again or contact support.");
          assertThat(e.failure().note()).hasValueSatisfying(n -> assertThat(n).contains("not idempotent"));
        });
    fx.server().verify(1, postRequestedFor(urlEqualTo(TRUNKS)));
    assertThat(fx.sleeps()).isEmpty();
  }

  @Test
  void provisioningFailure500_onUpdate_isRetried_thenReported() {
    fx.server().stubFor(put(urlEqualTo(TRUNKS + "/42")).willReturn(json(500, fx.payload("error-500-update.json"))));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).update(42, FamulorSipTrunkUpdate.builder().nickname("x").build()))
        .isInstanceOfSatisfying(TrunkServerException.class, e -> {
          assertThat(e.vendorCode()).contains("Failed to update SIP trunk. Please try again or contact support.");
          assertThat(e.attempts()).isEqualTo(3);
        });
    fx.server().verify(3, putRequestedFor(urlEqualTo(TRUNKS + "/42")));
    assertThat(fx.sleeps()).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void rateLimit429_withRetryAfterHeader_isWaitedOut_thenSucceeds() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS)).inScenario("rl").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(json(429, fx.payload("error-429-rate-limit.json")).withHeader("Retry-After", "3"))
        .willSetStateTo("ok"));
    fx.server().stubFor(get(urlEqualTo(TRUNKS)).inScenario("rl").whenScenarioStateIs("ok")
        .willReturn(okJson(fx.payload("list.json"))));

    assertThat(fx.provider().unwrap(FamulorClient.class).list().toList()).hasSize(2);

    assertThat(fx.sleeps()).containsExactly(Duration.ofSeconds(3));
    fx.server().verify(2, getRequestedFor(urlEqualTo(TRUNKS)));
  }

  @Test
  void rateLimit429_withOnlyTheBodysRetryAfter_waitsThatLong() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS)).inScenario("rl").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(json(429, "{\"error\":\"Rate limit exceeded\",\"message\":\"Too many requests.\","
            + "\"retry_after\":7}"))
        .willSetStateTo("ok"));
    fx.server().stubFor(get(urlEqualTo(TRUNKS)).inScenario("rl").whenScenarioStateIs("ok")
        .willReturn(okJson(fx.payload("list.json"))));

    fx.provider().unwrap(FamulorClient.class).list().toList();

    assertThat(fx.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void rateLimitBody_underAnotherStatus_isTreatedAs429_andRetried() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).inScenario("rl").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(json(403, "{\"error\":\"Rate limit exceeded\",\"message\":\"Too many requests.\","
            + "\"retry_after\":5}"))
        .willSetStateTo("ok"));
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).inScenario("rl").whenScenarioStateIs("ok")
        .willReturn(okJson(fx.payload("get.json"))));

    assertThat(fx.provider().unwrap(FamulorClient.class).get(42).id()).isEqualTo(42);

    assertThat(fx.sleeps()).containsExactly(Duration.ofSeconds(5));
    fx.server().verify(2, getRequestedFor(urlEqualTo(TRUNKS + "/42")));
  }

  @Test
  void rateLimit_longerThanTheCallMayWait_failsAtOnce_withTheWait() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS)).willReturn(json(429, fx.payload("error-429-rate-limit.json"))));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).list().toList())
        .isInstanceOfSatisfying(TrunkRateLimitedException.class, e -> {
          assertThat(e.status()).isEqualTo(429);
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(60));
          assertThat(e.vendorCode()).contains("Rate limit exceeded");
          assertThat(e.vendorMessage()).contains("Too many requests. Please try again later.");
        });
    fx.server().verify(1, getRequestedFor(urlEqualTo(TRUNKS)));
    assertThat(fx.sleeps()).isEmpty();
  }

  @Test
  void rateLimitedCreate_isNotRetried_butReportsTheWait() {
    fx.server().stubFor(post(urlEqualTo(TRUNKS)).willReturn(json(429, "{\"error\":\"Rate limit exceeded\","
        + "\"retry_after\":2}")));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).create(FamulorClientTest.extension().build()))
        .isInstanceOfSatisfying(TrunkRateLimitedException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(2)));
    fx.server().verify(1, postRequestedFor(urlEqualTo(TRUNKS)));
  }

  @Test
  void htmlErrorPage_isAServerError_withAnExcerpt() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(aResponse().withStatus(502)
        .withHeader("Content-Type", "text/html").withBody("<html><body>Bad Gateway</body></html>")));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).get(42)).isInstanceOfSatisfying(TrunkServerException.class, e -> {
      assertThat(e.status()).isEqualTo(502);
      assertThat(e.failure().bodyExcerpt()).hasValueSatisfying(b -> assertThat(b).contains("Bad Gateway"));
    });
    fx.server().verify(3, getRequestedFor(urlEqualTo(TRUNKS + "/42")));
  }

  @Test
  void connectionReset_onCreate_isOutcomeUnknown_andNotResent() {
    fx.server().stubFor(post(urlEqualTo(TRUNKS)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).create(FamulorClientTest.extension().build()))
        .isInstanceOfSatisfying(TrunkTransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
    fx.server().verify(1, postRequestedFor(urlEqualTo(TRUNKS)));
  }

  @Test
  void everyErrorIsATrunkApiException_withTheRequestLine() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/5")).willReturn(json(404, fx.payload("error-404-sip-trunk.json"))));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).get(5)).isInstanceOfSatisfying(TrunkApiException.class, e -> {
      assertThat(e.method()).isEqualTo("GET");
      assertThat(e.path()).isEqualTo(TRUNKS + "/5");
      assertThat(e.getMessage()).startsWith("[famulor] GET " + TRUNKS + "/5 failed with HTTP 404");
    });
  }

  @Test
  void secretsInTheCreateRequest_areMaskedEvenWhenTheVendorEchoesThemInAnHtmlPage() {
    fx.server().stubFor(post(urlEqualTo(TRUNKS)).willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "text/html").withBody("<pre>password=top-secret-9 key=" + KEY + "</pre>")));

    assertThatThrownBy(() -> fx.provider().unwrap(FamulorClient.class).create(FamulorClientTest.extension()
        .sipPassword(Secret.of("top-secret-9")).build()))
        .isInstanceOfSatisfying(TrunkServerException.class, e -> {
          assertThat(e.getMessage()).doesNotContain("top-secret-9").doesNotContain(KEY);
          assertThat(e.failure().bodyExcerpt().orElseThrow()).contains("****");
        });
  }
}

package io.trunkline.provider.propertiesv2;

import io.trunkline.core.TrunkProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.trunkline.provider.propertiesv2.PropertiesV2Account.BASE;
import static io.trunkline.provider.propertiesv2.PropertiesV2Account.BASIC;
import static io.trunkline.provider.propertiesv2.PropertiesV2Account.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkApiValidationException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkRateLimitedException;
import io.trunkline.core.error.TrunkServerException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.testing.Payloads;
import io.trunkline.contract.WireMockVendor;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The vendor's error bodies, and bodies that are not, mapped to the typed exceptions. */
@Timeout(20)
class PropertiesV2ErrorTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = PropertiesV2Account.wireMock();
  private final PropertiesV2Client client = wm.provider().unwrap(PropertiesV2Client.class);

  private static final String DETAILS = BASE + "/SipTrunk/ST1/Details";

  @Test
  void documented400_isAValidationFailure_withTheVendorCodeAndMessage() {
    wm.server().stubFor(post(urlPathEqualTo(BASE + "/SipTrunk")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody(Payloads.text("propertiesv2/error.json"))));

    assertThatThrownBy(() -> client.createSipTrunk(PropertiesV2ClientTest.validCreate()))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.vendorCode()).contains("ValidationError");
          assertThat(e.vendorMessage()).contains("DefaultCallerId must be a valid Australian number.");
          assertThat(e.method()).isEqualTo("POST");
          assertThat(e.path()).isEqualTo(BASE + "/SipTrunk");
          assertThat(e.getMessage()).contains("[properties-v2] POST", "HTTP 400 ValidationError");
        });
    assertThat(wm.requests()).hasSize(1);
  }

  @Test
  void fieldErrors_insideResponseStatus_areKept() {
    wm.server().stubFor(put(urlPathEqualTo(BASE + "/SipTrunk/ST1")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("{\"ResponseStatus\":{\"ErrorCode\":\"NotEmpty\","
            + "\"Message\":\"Validation failed\",\"Errors\":[{\"ErrorCode\":\"NotEmpty\",\"FieldName\":\"Name\","
            + "\"Message\":\"'Name' must not be empty.\"},{\"FieldName\":\"ChannelLimit\",\"ErrorCode\":\"Range\"}]}}")));

    assertThatThrownBy(() -> client.updateSipTrunk("ST1", SipTrunkUpdate.builder().channelLimit(5).build()))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> {
          assertThat(e.vendorCode()).contains("NotEmpty");
          assertThat(e.fieldErrors()).containsEntry("Name", List.of("'Name' must not be empty."))
              .containsEntry("ChannelLimit", List.of("Range"));
        });
  }

  @Test
  void wrongCredentials_401_isUnauthorized() {
    wm.server().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"ResponseStatus\":{\"ErrorCode\":\"Unauthorized\",\"Message\":\"Invalid credentials\"}}")));

    assertThatThrownBy(() -> client.getSipTrunkDetails("ST1"))
        .isInstanceOfSatisfying(TrunkUnauthorizedException.class, e -> {
          assertThat(e.vendorCode()).contains("Unauthorized");
          assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain(BASIC);
        });
    assertThat(wm.requests()).hasSize(1);
  }

  @Test
  void unknownTrunk_404_isNotFound() {
    wm.server().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"ResponseStatus\":{\"ErrorCode\":\"NotFound\",\"Message\":\"SIP trunk not found\"}}")));

    assertThatThrownBy(() -> client.getSipTrunkDetails("ST1")).isInstanceOfSatisfying(TrunkNotFoundException.class,
        e -> assertThat(e.vendorCode()).contains("NotFound"));
  }

  @Test
  void nonJsonErrorBody_isKeptAsAnExcerpt_withoutAVendorCode() {
    wm.server().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "text/html").withBody("<html><body>Bad Request</body></html>")));

    assertThatThrownBy(() -> client.getSipTrunkDetails("ST1"))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> {
          assertThat(e.vendorCode()).isEmpty();
          assertThat(e.failure().bodyExcerpt()).hasValueSatisfying(b -> assertThat(b).contains("Bad Request"));
        });
  }

  @Test
  void emptyErrorBody_isHandled() {
    wm.server().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(aResponse().withStatus(403)));
    assertThatThrownBy(() -> client.getSipTrunkDetails("ST1")).isInstanceOfSatisfying(
        TrunkUnauthorizedException.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  @Test
  void errorBodyInOtherCasingsOrFlat_isRead() {
    wm.server().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"responseStatus\":{\"errorCode\":\"Invalid\",\"message\":\"camel\"}}")));
    assertThatThrownBy(() -> client.getSipTrunkDetails("ST1")).isInstanceOfSatisfying(TrunkApiException.class,
        e -> {
          assertThat(e.vendorCode()).contains("Invalid");
          assertThat(e.vendorMessage()).contains("camel");
        });

    wm.server().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("{\"ErrorCode\":\"Flat\",\"Message\":\"top\"}")));
    assertThatThrownBy(() -> client.getSipTrunkDetails("ST1")).isInstanceOfSatisfying(TrunkApiException.class,
        e -> assertThat(e.vendorCode()).contains("Flat"));

    wm.server().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody("{\"ResponseStatus\":\"odd\",\"Other\":[1]}")));
    assertThatThrownBy(() -> client.getSipTrunkDetails("ST1")).isInstanceOfSatisfying(TrunkApiException.class,
        e -> assertThat(e.vendorCode()).isEmpty());
  }

  @Test
  void serverError_onAGet_isRetried_thenReported() {
    wm.server().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(aResponse().withStatus(503)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"ResponseStatus\":{\"ErrorCode\":\"ServiceUnavailable\",\"Message\":\"down\"}}")));

    assertThatThrownBy(() -> client.getSipTrunkDetails("ST1")).isInstanceOfSatisfying(TrunkServerException.class,
        e -> {
          assertThat(e.vendorCode()).contains("ServiceUnavailable");
          assertThat(e.attempts()).isEqualTo(2);
        });
    assertThat(wm.requests()).hasSize(2);
  }

  @Test
  void serverError_onCreate_isNotRetried() {
    wm.server().stubFor(post(urlPathEqualTo(BASE + "/SipTrunk")).willReturn(aResponse().withStatus(502)));
    assertThatThrownBy(() -> client.createSipTrunk(PropertiesV2ClientTest.validCreate()))
        .isInstanceOf(TrunkServerException.class);
    assertThat(wm.requests()).hasSize(1);
  }

  @Test
  void rateLimit_keepsTheRetryAfter() {
    wm.server().stubFor(get(urlPathEqualTo(DETAILS)).willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "120")));
    assertThatThrownBy(() -> client.getSipTrunkDetails("ST1")).isInstanceOfSatisfying(
        TrunkRateLimitedException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)));
  }

  @Test
  void aRefusedPassword_echoedByTheVendor_isMaskedInTheException() {
    String password = "Echo3d!Passw0rd";
    wm.server().stubFor(post(urlPathEqualTo(BASE + "/SipTrunk")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"ResponseStatus\":{\"ErrorCode\":\"Weak\",\"Message\":\"Password " + password + " is weak\"}}")));

    assertThatThrownBy(() -> client.createSipTrunk(SipTrunkCreate.builder().name("n")
        .defaultCallerId("+61291234567").type(SipTrunkType.AUTHENTICATED)
        .credentials(SipTrunkCredentials.of("realm.example.com", Secret.of(password))).build()))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> {
          assertThat(e.getMessage()).doesNotContain(password);
          assertThat(e.vendorMessage()).hasValueSatisfying(m -> assertThat(m).doesNotContain(password));
        });
  }
}

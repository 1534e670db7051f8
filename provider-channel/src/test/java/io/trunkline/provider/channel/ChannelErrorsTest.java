package io.trunkline.provider.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.trunkline.provider.channel.internal.ChannelAccount.ACCOUNT_PATH;
import static io.trunkline.provider.channel.internal.ChannelAccount.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkApiValidationException;
import io.trunkline.core.error.TrunkConflictException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkServerException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.provider.channel.internal.ChannelAccount;
import io.trunkline.contract.WireMockVendor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The vendor's error body, under every status it may come with, mapped to the typed exceptions. */
@Timeout(20)
class ChannelErrorsTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = ChannelAccount.wireMock();
  private final ChannelClient client = wm.provider().unwrap(ChannelClient.class);

  private static final String OPERATOR = "urn:error:sip-trunk:operator";
  private static final String RIGHTS = "urn:error:sip-trunk:insufficient-rights";

  @Test
  void notFound_keepsTheErrorIdentifierAsTheVendorCode() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/gone"))
        .willReturn(jsonResponse(wm.payload("error-channel-does-not-exist.json"), 404)));

    TrunkNotFoundException e = catchThrowableOfType(TrunkNotFoundException.class,
        () -> client.editChannel("gone", ChannelEdit.builder().blockCallerId(true).build()));

    assertThat(e.status()).isEqualTo(404);
    assertThat(e.vendorCode()).contains(OPERATOR);
    assertThat(e.vendorMessage()).contains("Channel name does not exist");
    assertThat(e.method()).isEqualTo("POST");
    assertThat(e.path()).isEqualTo("/v1/channel/gone");
    assertThat(e.attempts()).isEqualTo(1);
    assertThat(e.getMessage()).contains("404", OPERATOR, "Channel name does not exist");
  }

  @Test
  void badRequest_isAnApiValidationException_withTheVendorCode() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/name"))
        .willReturn(jsonResponse(wm.payload("error-proxy-not-found.json"), 400)));

    assertThatThrownBy(() -> client.editChannel("name", ChannelEdit.builder().sipTrunk(ChannelSipTrunk.builder()
        .proxyId("c665c4b0-20d1-4c33-aee1-c0f67da78e03").build()).build()))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.vendorCode()).contains(OPERATOR);
          assertThat(e.vendorMessage()).contains("Proxy not found");
        });
    assertThat(wm.requests()).hasSize(1);
  }

  @Test
  void insufficientRights_isUnauthorized_underWhateverStatusItCame() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/name"))
        .willReturn(jsonResponse(wm.payload("error-insufficient-rights.json"), 400)));

    assertThatThrownBy(() -> client.editChannel("name", ChannelEdit.builder().blockCallerId(false).build()))
        .isInstanceOfSatisfying(TrunkUnauthorizedException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.vendorCode()).contains(RIGHTS);
        });
  }

  @Test
  void insufficientRights_on403_staysAs403() {
    wm.server().stubFor(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-proxies"))
        .willReturn(jsonResponse(wm.payload("error-insufficient-rights.json"), 403)));

    TrunkUnauthorizedException e = catchThrowableOfType(TrunkUnauthorizedException.class,
        () -> client.proxies().toList());

    assertThat(e.status()).isEqualTo(403);
    assertThat(e.vendorCode()).contains(RIGHTS);
    assertThat(wm.requests()).as("403 is not retried").hasSize(1);
  }

  @Test
  void errorBodyUnder200_isThrown_notMappedIntoAModel() {
    wm.server().stubFor(put(urlEqualTo("/v1/channel-number-operator-connect/dutchoperatorconnect"))
        .willReturn(jsonResponse(wm.payload("error-channel-does-not-exist.json"), 200)));

    TrunkApiValidationException e = catchThrowableOfType(TrunkApiValidationException.class,
        () -> client.setOperatorConnectNumberType("dutchoperatorconnect", "004921141873130",
            OperatorConnectNumberType.USER));

    assertThat(e.status()).isEqualTo(422);
    assertThat(e.vendorCode()).contains(OPERATOR);
    assertThat(e.vendorMessage()).contains("Channel name does not exist");
    assertThat(e.path()).isEqualTo("/v1/channel-number-operator-connect/dutchoperatorconnect");
    assertThat(e.failure().note()).hasValueSatisfying(n -> assertThat(n).contains("HTTP 200"));
  }

  @Test
  void insufficientRightsUnder200_isUnauthorized() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel-number"))
        .willReturn(jsonResponse(wm.payload("error-insufficient-rights.json"), 200)));

    assertThatThrownBy(() -> client.connectNumber("name", "+31500000000"))
        .isInstanceOfSatisfying(TrunkUnauthorizedException.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  @Test
  void errorBodyUnder200OnADelete_isThrown() {
    String path = "/v1/channel-number-operator-connect/channels/channelname/numbers/+31500000000";
    wm.server().stubFor(delete(urlEqualTo(path))
        .willReturn(jsonResponse(wm.payload("error-no-number-type.json"), 200)));

    assertThatThrownBy(() -> client.removeOperatorConnectNumberType("channelname", "+31500000000"))
        .isInstanceOfSatisfying(TrunkApiException.class, e -> {
          assertThat(e.vendorCode()).contains(OPERATOR);
          assertThat(e.vendorMessage()).contains("Channel Number selected does not have Number type");
        });
  }

  @Test
  void conflict_whenTheNumberIsTaken() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel-number")).willReturn(jsonResponse("{\"error_identifier\":\"urn:error:sip-trunk:operator\",\"error_message\":\"Number is not available\"}", 409)));

    assertThatThrownBy(() -> client.connectNumber("name", "+31500000000"))
        .isInstanceOfSatisfying(TrunkConflictException.class,
            e -> assertThat(e.vendorMessage()).contains("Number is not available"));
  }

  @Test
  void apiPlatformViolations_becomeFieldErrors() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel-number")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/ld+json").withBody("{\"@type\":\"ConstraintViolationList\","
            + "\"hydra:title\":\"An error occurred\",\"hydra:description\":\"number: This value is not valid.\","
            + "\"violations\":[{\"propertyPath\":\"number\",\"message\":\"This value is not valid.\"}]}")));

    TrunkApiValidationException e = catchThrowableOfType(TrunkApiValidationException.class,
        () -> client.connectNumber("name", "+31500000000"));

    assertThat(e.failure().fieldErrors()).containsEntry("number", List.of("This value is not valid."));
    assertThat(e.vendorMessage()).contains("number: This value is not valid.");
  }

  @Test
  void jwtStyle401_isUnauthorized_withTheMessage() {
    wm.server().stubFor(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-templates"))
        .willReturn(jsonResponse("{\"code\":401,\"message\":\"Expired JWT Token\"}", 401)));

    assertThatThrownBy(() -> client.templates().toList())
        .isInstanceOfSatisfying(TrunkUnauthorizedException.class, e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.vendorMessage()).contains("Expired JWT Token");
        });
  }

  @Test
  void get_503Then200_isRetried() {
    String url = ACCOUNT_PATH + "/siptrunk-channel-callbarrings";
    wm.server().stubFor(get(urlEqualTo(url)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    wm.server().stubFor(get(urlEqualTo(url)).inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(jsonResponse(wm.payload("callbarrings.json"), 200)));

    assertThat(client.callBarrings().toList()).hasSize(4);
    assertThat(wm.requests()).hasSize(2);
    assertThat(wm.sleeps()).hasSize(1);
  }

  @Test
  void post_503_isNotRetried() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel-number")).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> client.connectNumber("name", "+31500000000"))
        .isInstanceOfSatisfying(TrunkServerException.class,
            e -> assertThat(e.failure().note()).hasValueSatisfying(n -> assertThat(n).contains("not idempotent")));
    assertThat(wm.requests()).hasSize(1);
    assertThat(wm.sleeps()).isEmpty();
  }

  @Test
  void disconnect_404AfterARetry_countsAsDone() {
    String url = "/v1/channel-number/+31500000000";
    wm.server().stubFor(delete(urlEqualTo(url)).inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(502)).willSetStateTo("second"));
    wm.server().stubFor(delete(urlEqualTo(url)).inScenario("retry").whenScenarioStateIs("second")
        .willReturn(jsonResponse(wm.payload("error-channel-does-not-exist.json"), 404)));

    client.disconnectNumber("+31500000000");

    assertThat(wm.requests()).hasSize(2);
  }

  @Test
  void disconnect_404OnTheFirstAttempt_isNotFound() {
    wm.server().stubFor(delete(urlEqualTo("/v1/channel-number/+31500000000")).willReturn(jsonResponse("{\"error_identifier\":\"urn:error:sip-trunk:operator\",\"error_message\":\"Number is not connected\"}", 404)));

    assertThatThrownBy(() -> client.disconnectNumber("+31500000000")).isInstanceOf(TrunkNotFoundException.class);
  }

  @Test
  void htmlUnder200_isAResponseException() {
    wm.server().stubFor(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-proxies"))
        .willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html><body>Login</body></html>")));

    assertThatThrownBy(() -> client.proxies().toList()).isInstanceOfSatisfying(TrunkResponseException.class,
        e -> assertThat(e.getMessage()).contains("text/html", "/siptrunk-channel-proxies"));
  }

  @Test
  void anObjectWhereAListIsDue_isAResponseException() {
    wm.server().stubFor(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-templates"))
        .willReturn(jsonResponse("{}", 200)));

    assertThatThrownBy(() -> client.templates().toList()).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("where a list was expected");
  }

  @Test
  void anEmptyListBody_isAResponseException() {
    wm.server().stubFor(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-templates"))
        .willReturn(aResponse().withStatus(200)));

    assertThatThrownBy(() -> client.templates().toList()).isInstanceOf(TrunkResponseException.class);
  }

  @Test
  void aJsonNullAnswer_isAResponseException() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel-number")).willReturn(jsonResponse("null", 201)));

    assertThatThrownBy(() -> client.connectNumber("name", "+31500000000")).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("null");
  }

  @Test
  void anItemMissingItsId_isAResponseException() {
    wm.server().stubFor(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-proxies"))
        .willReturn(jsonResponse("[{\"id\":\"3fd8e2d9-2d29-4528-9c80-09cdc5bd30ce\",\"name\":\"a\"},{\"name\":\"b\"}]", 200)));

    assertThatThrownBy(() -> client.proxies().toList()).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("id");
  }

  @Test
  void thePasswordEchoedInAnError_isMasked_asIsTheToken() {
    String password = "Pw-9f3a-DO-NOT-LEAK";
    wm.server().stubFor(post(urlEqualTo("/v1/channel/name")).willReturn(jsonResponse("{\"error_identifier\":\"urn:error:sip-trunk:operator\",\"error_message\":\"password " + password
            + " is too weak; token " + TOKEN + "\"}", 400)));

    TrunkApiException e = catchThrowableOfType(TrunkApiException.class,
        () -> client.editChannel("name", ChannelEdit.builder().password(Secret.of(password)).build()));

    assertThat(e.getMessage()).doesNotContain(password).doesNotContain(TOKEN).contains("****");
    assertThat(e.vendorMessage().orElseThrow()).doesNotContain(password);
  }

  @Test
  void thePasswordEchoedInAnErrorUnder200_isMasked() {
    String password = "Pw-9f3a-DO-NOT-LEAK";
    wm.server().stubFor(post(urlEqualTo("/v1/channel/name")).willReturn(jsonResponse("{\"error_identifier\":\"urn:error:sip-trunk:operator\",\"error_message\":\"password " + password
            + " is too weak\"}", 200)));

    TrunkApiException e = catchThrowableOfType(TrunkApiException.class,
        () -> client.editChannel("name", ChannelEdit.builder().password(Secret.of(password)).build()));

    assertThat(e.getMessage()).doesNotContain(password);
    assertThat(e.vendorMessage().orElseThrow()).isEqualTo("password **** is too weak");
  }

  @Test
  void anErrorWithoutTheVendorsShape_keepsABodyExcerpt() {
    wm.server().stubFor(get(urlPathEqualTo(ACCOUNT_PATH + "/siptrunk-channel-callerids")).willReturn(aResponse()
        .withStatus(400).withHeader("Content-Type", "text/plain").withBody("bad offset")));

    TrunkApiValidationException e = catchThrowableOfType(TrunkApiValidationException.class,
        () -> client.callerIds().toList());

    assertThat(e.vendorCode()).isEmpty();
    assertThat(e.failure().bodyExcerpt()).contains("bad offset");
  }
}

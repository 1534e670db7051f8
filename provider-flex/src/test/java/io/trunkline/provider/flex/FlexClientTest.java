package io.trunkline.provider.flex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.trunkline.core.Paged;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkApiValidationException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.core.spi.Json;
import io.trunkline.contract.WireMockVendor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(20)
class FlexClientTest {
  private static final String PASSWORD = "4r=h;EaCB85QNtr2";
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> fx = FlexAccount.wireMock();

  /** The seed's create request (create-request.json), built with the typed request. */
  static FlexTrunkRequest documentedCreateRequest() {
    return FlexTrunkRequest.builder()
        .label("My trunk")
        .password(Secret.of(PASSWORD))
        .callerid("13132847320")
        .ipRestrict(false)
        .didinfoEnabled(true)
        .callRestrict(true)
        .callLimit(3600)
        .costLimit(true)
        .maxCallCost(new BigDecimal("0.18"))
        .channelsRestrict(false)
        .maxChannels(2)
        .rewriteEnabled(true)
        .rewritePrefix("1")
        .callRecordingEnabled(true)
        .transcriptionEnabled(true)
        .transcriptionThreshold(10)
        .machineDetectionEnabled(true)
        .encryptedMedia(true)
        .build();
  }

  @Test
  void list_sendsPageAndPerPageWithBearerKey_andReadsEveryField() {
    fx.server().stubFor(get(urlPathEqualTo("/v1/trunks")).willReturn(okJson(fx.payload("trunk-list.json"))));

    List<FlexTrunkSummary> trunks = fx.provider().unwrap(FlexClient.class).list().toList();

    fx.server().verify(1, getRequestedFor(urlEqualTo("/v1/trunks?page=1&per_page=25"))
        .withHeader("Authorization", equalTo("Bearer " + FlexAccount.KEY))
        .withHeader("Accept", equalTo("application/json")));
    assertThat(trunks).hasSize(2);
    FlexTrunkSummary first = trunks.get(0);
    assertThat(first.id()).isEqualTo(3107);
    assertThat(first.label()).isEqualTo("My trunk");
    assertThat(first.name()).isEqualTo("32882");
    assertThat(first.authMethod()).contains(FlexAuthMethod.IP_AUTH);
    assertThat(first.callerid()).contains("14302287001");
    assertThat(first.hostRequest()).contains(FlexHostRequest.builder().host("127.0.0.1").status("pending").build());
    assertThat(first.encryptedMedia()).contains(false);
    assertThat(first.passthrough()).contains(false);
    assertThat(first.multipleNumbers()).isTrue();
    assertThat(first.status()).contains(FlexTrunkStatus.PENDING);
    assertThat(first.charge()).contains(new BigDecimal("24.637"));
    assertThat(first.talkTime()).contains(65);
    assertThat(first.machineDetectionEnabled()).contains(true);
    assertThat(first.callRecordingEnabled()).contains(true);
    assertThat(first.transcriptionEnabled()).contains(true);
    assertThat(first.transcriptionThreshold()).contains(6);
    assertThat(first.accessToken()).isEmpty();
    assertThat(first.otherFields()).isEmpty();

    FlexTrunkSummary second = trunks.get(1);
    assertThat(second.id()).isEqualTo(3108);
    assertThat(second.label()).isEqualTo("Office PBX");
    assertThat(second.name()).isEqualTo("32883");
    assertThat(second.authMethod()).contains(FlexAuthMethod.DIGEST);
    assertThat(second.callerid()).as("empty string = multiple caller IDs, not null").contains("");
    assertThat(second.hostRequest()).isEmpty();
    assertThat(second.status()).contains(FlexTrunkStatus.ACTIVE);
    assertThat(second.charge()).hasValueSatisfying(c -> assertThat(c.toString()).isEqualTo("3.120"));
    assertThat(second.talkTime()).contains(1260);
    assertThat(second.encryptedMedia()).contains(true);
    assertThat(second.accessToken().map(Secret::reveal)).contains("9f8e7d6c5b4a3921");
    assertThat(second.otherFields()).containsEntry("passthrough_request", NullNode.getInstance());
    assertThat(second.toString()).doesNotContain("9f8e7d6c5b4a3921");
  }

  @Test
  void list_isLazy_andNullSipTrunksIsAnEmptyPage() {
    fx.server().stubFor(get(urlPathEqualTo("/v1/trunks")).willReturn(okJson(fx.payload("trunk-list-empty.json"))));
    Paged<FlexTrunkSummary> trunks = fx.provider().unwrap(FlexClient.class).list(50);

    assertThat(fx.requests()).isEmpty();
    assertThat(trunks.toList()).isEmpty();
    fx.server().verify(1, getRequestedFor(urlEqualTo("/v1/trunks?page=1&per_page=50")));
  }

  @Test
  void listPage_returnsThePaginationBlock() {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks?page=2&per_page=10")).willReturn(okJson(
        "{\"sip_trunks\":[],\"pagination\":{\"current_page\":2,\"per_page\":10,\"total\":12,\"total_pages\":2}}")));

    FlexTrunkPage page = fx.provider().unwrap(FlexClient.class).listPage(2, 10);

    assertThat(page.sipTrunks()).isEmpty();
    assertThat(page.pagination()).contains(FlexPagination.builder().currentPage(2).perPage(10).total(12L)
        .totalPages(2).build());
  }

  @Test
  void get_readsEveryDocumentedField() {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/293")).willReturn(okJson(fx.payload("trunk.json"))));

    FlexTrunk t = fx.provider().unwrap(FlexClient.class).get(293);

    fx.server().verify(1, getRequestedFor(urlEqualTo("/v1/trunks/293"))
        .withHeader("Authorization", equalTo("Bearer " + FlexAccount.KEY)));
    assertThat(t.id()).isEqualTo(293);
    assertThat(t.name()).isEqualTo("67758");
    assertThat(t.callerid()).contains("12345678900");
    assertThat(t.label()).isEqualTo("My trunk");
    assertThat(t.ipRestrict()).isFalse();
    assertThat(t.allowedIps()).isEmpty();
    assertThat(t.channelsRestrict()).isFalse();
    assertThat(t.maxChannels()).contains(2);
    assertThat(t.costLimit()).isTrue();
    assertThat(t.maxCallCost()).hasValueSatisfying(c -> assertThat(c.toString()).isEqualTo("0.18"));
    assertThat(t.callRestrict()).contains(false);
    assertThat(t.callLimit()).contains(3600);
    assertThat(t.didinfoEnabled()).isTrue();
    assertThat(t.rewriteEnabled()).isTrue();
    assertThat(t.rewritePrefix()).contains("1");
    assertThat(t.rewriteCond()).contains("");
    assertThat(t.callRecordingEnabled()).isTrue();
    assertThat(t.machineDetectionEnabled()).isTrue();
    assertThat(t.transcriptionEnabled()).isFalse();
    assertThat(t.transcriptionThreshold()).isEqualTo(10);
    assertThat(t.createdAt()).contains(Instant.parse("2023-05-16T17:13:25Z"));
    assertThat(t.host()).contains("dynamic");
    assertThat(t.multipleNumbers()).isTrue();
    assertThat(t.encryptedMedia()).isTrue();
    assertThat(t.passthrough()).isEmpty();
    assertThat(t.authMethod()).isEmpty();
    assertThat(t.status()).isEmpty();
    assertThat(t.hostRequest()).isEmpty();
    assertThat(t.accessToken().map(Secret::reveal)).contains("123easwqe321132");
    assertThat(t.otherFields()).isEmpty();
    assertThat(t.usesIpAuthentication()).isFalse();
    assertThat(t.toString()).doesNotContain("123easwqe321132");
  }

  @Test
  void get_ipAuthTrunk_keepsNullsEmptyStringsAndUnknownFields() {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/3107")).willReturn(okJson(fx.payload("trunk-ip-auth.json"))));

    FlexTrunk t = fx.provider().unwrap(FlexClient.class).get(3107);

    assertThat(t.callerid()).as("multiple caller IDs: empty string, not null").contains("");
    assertThat(t.allowedIps()).containsExactly(
        FlexAllowedIp.builder().id(6712L).ip("203.0.113.10").build(),
        FlexAllowedIp.builder().id(6713L).ip("203.0.113.11").build());
    assertThat(t.ipRestrict()).isTrue();
    assertThat(t.channelsRestrict()).isTrue();
    assertThat(t.maxChannels()).contains(4);
    assertThat(t.maxCallCost()).isEmpty();
    assertThat(t.callRestrict()).isEmpty();
    assertThat(t.callLimit()).isEmpty();
    assertThat(t.didinfoEnabled()).isFalse();
    assertThat(t.rewriteCond()).contains("00");
    assertThat(t.passthrough()).contains(true);
    assertThat(t.accessToken()).isEmpty();
    assertThat(t.host()).contains("203.0.113.10");
    assertThat(t.usesIpAuthentication()).isTrue();
    assertThat(t.otherFields()).containsOnlyKeys("sip_region");
    assertThat(t.otherFields().get("sip_region").asText()).isEqualTo("us-east");
  }

  @Test
  void get_nullCallerIdIsNoneSet_distinctFromEmpty() {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/293")).willReturn(okJson(
        fx.payload("trunk.json").replace("\"callerid\": \"12345678900\"", "\"callerid\": null"))));

    assertThat(fx.provider().unwrap(FlexClient.class).get(293).callerid()).isEmpty();
  }

  @Test
  void unknownEnumValuesAndFieldsAreKept() {
    String body = fx.payload("trunk.json").replace("\"host\": \"dynamic\"",
        "\"host\": \"dynamic\", \"status\": \"suspended\", \"auth_method\": \"OAuth\", \"future\": [1, 2]");
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/293")).willReturn(okJson(body)));

    FlexTrunk t = fx.provider().unwrap(FlexClient.class).get(293);

    assertThat(t.status()).hasValueSatisfying(s -> {
      assertThat(s.value()).isEqualTo("suspended");
      assertThat(s.isKnown()).isFalse();
    });
    assertThat(t.authMethod()).hasValueSatisfying(m -> {
      assertThat(m.value()).isEqualTo("OAuth");
      assertThat(m.isKnown()).isFalse();
    });
    assertThat(t.otherFields().get("future").toString()).isEqualTo("[1,2]");
    assertThat(Json.mapper().valueToTree(t).get("status").asText()).isEqualTo("suspended");
  }

  @Test
  void maxCallCost_keepsEveryDigit_asStringInAndNumberOut() throws Exception {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/293")).willReturn(okJson(fx.payload("trunk.json")
        .replace("\"0.18\"", "\"0.1799999999999999999\""))));
    fx.server().stubFor(put(urlEqualTo("/v1/trunks/293")).willReturn(okJson(fx.payload("trunk.json"))));
    FlexClient client = fx.provider().unwrap(FlexClient.class);

    FlexTrunk t = client.get(293);
    assertThat(t.maxCallCost()).contains(new BigDecimal("0.1799999999999999999"));
    client.update(293, FlexTrunkRequest.builderFrom(t).password(Secret.of(PASSWORD)).build());

    JsonNode sent = Json.mapper().readTree(fx.server().findAll(putRequestedFor(urlEqualTo("/v1/trunks/293")))
        .get(0).getBodyAsString());
    assertThat(sent.get("max_call_cost").isNumber()).isTrue();
    assertThat(sent.get("max_call_cost").decimalValue()).isEqualTo(new BigDecimal("0.1799999999999999999"));
  }

  @Test
  void create_postsTheDocumentedBody_andReads201() {
    fx.server().stubFor(post(urlEqualTo("/v1/trunks"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody(fx.payload("created-trunk.json"))));

    FlexTrunk created = fx.provider().unwrap(FlexClient.class).create(documentedCreateRequest());

    fx.server().verify(1, postRequestedFor(urlEqualTo("/v1/trunks"))
        .withHeader("Authorization", equalTo("Bearer " + FlexAccount.KEY))
        .withHeader("Content-Type", matching("application/json.*"))
        .withRequestBody(equalToJson(fx.payload("create-request.json"))));
    assertThat(created.id()).isEqualTo(293);
    assertThat(created.callerid()).contains("13132847320");
    assertThat(created.callRestrict()).contains(true);
    assertThat(created.transcriptionEnabled()).isTrue();
    assertThat(created.multipleNumbers()).isFalse();
  }

  @Test
  void create_withMultipleNumbersAndNoCallerId_sendsAnEmptyCallerId() {
    fx.server().stubFor(post(urlEqualTo("/v1/trunks"))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
            .withBody(fx.payload("created-trunk.json"))));

    fx.provider().unwrap(FlexClient.class).create(FlexTrunkRequest.builder().label("Dialer").password(Secret.of(PASSWORD))
        .multipleNumbers(true).build());

    fx.server().verify(1, postRequestedFor(urlEqualTo("/v1/trunks")).withRequestBody(equalToJson("""
        {"label": "Dialer", "password": "4r=h;EaCB85QNtr2", "callerid": "", "multiple_numbers": true,
         "ip_restrict": false, "didinfo_enabled": true, "call_restrict": false, "cost_limit": false,
         "channels_restrict": false, "rewrite_enabled": false, "transcription_enabled": false,
         "transcription_threshold": 6}""")));
  }

  @Test
  void update_putsTheWholeBodyToTheTrunk() {
    fx.server().stubFor(put(urlEqualTo("/v1/trunks/293")).willReturn(okJson(fx.payload("created-trunk.json"))));

    FlexTrunk updated = fx.provider().unwrap(FlexClient.class).update(293, documentedCreateRequest());

    fx.server().verify(1, putRequestedFor(urlEqualTo("/v1/trunks/293"))
        .withHeader("Authorization", equalTo("Bearer " + FlexAccount.KEY))
        .withRequestBody(equalToJson(fx.payload("create-request.json"))));
    assertThat(updated.label()).isEqualTo("My trunk");
  }

  @Test
  void builderFrom_copiesEveryRequestField_withoutIdsOrUnknownFields_andWithIpAuthentication() {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/3107")).willReturn(okJson(fx.payload("trunk-ip-auth.json"))));

    FlexTrunkRequest request = FlexTrunkRequest.builderFrom(fx.provider().unwrap(FlexClient.class).get(3107)).build();

    assertThat(request.allowedIps()).containsExactly(FlexAllowedIp.of("203.0.113.10"), FlexAllowedIp.of("203.0.113.11"));
    assertThat(request.hostRequest()).contains(FlexHostRequest.of("203.0.113.10"));
    assertThat(request.password()).isEmpty();
    assertThat(request.otherFields()).as("sip_region is not a field of Wavix's request").isEmpty();
    assertThat(request.callerid()).contains("");
    assertThat(request.multipleNumbers()).contains(true);
  }

  @Test
  void builderFrom_aTrunkWhoseIpAuthenticationWasRejected_asksForNoReviewAgain_andAPendingOneKeepsItsHost() {
    String rejected = fx.payload("trunk-ip-auth.json").replace("\"host\": \"203.0.113.10\"",
        "\"host\": \"203.0.113.10\", \"host_request\": {\"host\": \"203.0.113.10\", \"status\": \"rejected\"}");
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/3107")).willReturn(okJson(rejected)));
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/3108")).willReturn(okJson(rejected.replace("rejected", "pending")
        .replace("\"id\": 3107", "\"id\": 3108"))));
    FlexClient client = fx.provider().unwrap(FlexClient.class);

    assertThat(FlexTrunkRequest.builderFrom(client.get(3107)).build().hostRequest()).isEmpty();
    assertThat(FlexTrunkRequest.builderFrom(client.get(3108)).build().hostRequest())
        .as("the host only: the review status is Wavix's").contains(FlexHostRequest.of("203.0.113.10"));
  }

  @Test
  void delete_sendsDelete_andAcceptsSuccess() {
    fx.server().stubFor(delete(urlEqualTo("/v1/trunks/293")).willReturn(okJson(fx.payload("delete-success.json"))));

    fx.provider().unwrap(FlexClient.class).delete(293);

    fx.server().verify(1, deleteRequestedFor(urlEqualTo("/v1/trunks/293"))
        .withHeader("Authorization", equalTo("Bearer " + FlexAccount.KEY)));
  }

  @Test
  void delete_successFalse_isAnError() {
    fx.server().stubFor(delete(urlEqualTo("/v1/trunks/293"))
        .willReturn(okJson("{\"success\": false, \"message\": \"Trunk is in use\"}")));

    assertThatThrownBy(() -> fx.provider().unwrap(FlexClient.class).delete(293))
        .isInstanceOfSatisfying(TrunkApiException.class, e -> {
          assertThat(e.status()).isEqualTo(200);
          assertThat(e.vendorMessage()).contains("Trunk is in use");
          assertThat(e.method()).isEqualTo("DELETE");
        });
  }

  @Test
  void errors_400_isValidationWithTheParameterAsFieldError() {
    fx.server().stubFor(post(urlEqualTo("/v1/trunks")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody(fx.payload("error-400.json"))));

    assertThatThrownBy(() -> fx.provider().unwrap(FlexClient.class).create(documentedCreateRequest()))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.vendorMessage()).contains("Missing or invalid parameter callerid");
          assertThat(e.failure().fieldErrors()).containsOnlyKeys("callerid");
          assertThat(e.vendorCode()).isEmpty();
          assertThat(e.method()).isEqualTo("POST");
          assertThat(e.path()).isEqualTo("/v1/trunks");
        });
    fx.server().verify(1, postRequestedFor(urlEqualTo("/v1/trunks")));
  }

  @Test
  void errors_422_isValidation() {
    fx.server().stubFor(post(urlEqualTo("/v1/trunks")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json").withBody(fx.payload("error-422.json"))));

    assertThatThrownBy(() -> fx.provider().unwrap(FlexClient.class).create(documentedCreateRequest()))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.vendorMessage()).contains("Caller ID must be a verified number in E.164 format");
        });
  }

  @Test
  void errors_401_isUnauthorized_notAPlanError() {
    fx.server().stubFor(get(urlPathEqualTo("/v1/trunks")).willReturn(aResponse().withStatus(401)
        .withHeader("Content-Type", "application/json").withBody(fx.payload("error-401.json"))));

    assertThatThrownBy(() -> fx.provider().unwrap(FlexClient.class).list().toList())
        .isInstanceOfSatisfying(TrunkUnauthorizedException.class, e -> {
          assertThat(e).isNotInstanceOf(FlexServiceNotProvisionedException.class);
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.vendorMessage()).contains("Unauthorized");
          assertThat(e.vendorCode()).as("the error flag is not a code").isEmpty();
          assertThat(e.getMessage()).doesNotContain(FlexAccount.KEY);
        });
    fx.server().verify(1, getRequestedFor(urlPathEqualTo("/v1/trunks")));
  }

  @Test
  void errors_403NotProvisioned_isThePlanError() {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/293")).willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/json").withBody(fx.payload("error-403.json"))));

    assertThatThrownBy(() -> fx.provider().unwrap(FlexClient.class).get(293))
        .isInstanceOfSatisfying(FlexServiceNotProvisionedException.class, e -> {
          assertThat(e).isInstanceOf(TrunkUnauthorizedException.class);
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.vendorMessage()).contains("The service is not provisioned for your account.");
          assertThat(e.getMessage()).contains("Flex Pro");
          assertThat(e.getCause()).isInstanceOf(TrunkUnauthorizedException.class);
        });
  }

  @Test
  void errors_403OtherThanPlan_staysUnauthorized() {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/293")).willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"success\":false,\"message\":\"API key has no trunks:read scope\"}")));

    assertThatThrownBy(() -> fx.provider().unwrap(FlexClient.class).get(293))
        .isInstanceOf(TrunkUnauthorizedException.class)
        .isNotInstanceOf(FlexServiceNotProvisionedException.class);
  }

  @Test
  void errors_404_isNotFound() {
    fx.server().stubFor(delete(urlEqualTo("/v1/trunks/999")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody(fx.payload("error-404.json"))));

    assertThatThrownBy(() -> fx.provider().unwrap(FlexClient.class).delete(999))
        .isInstanceOfSatisfying(TrunkNotFoundException.class,
            e -> assertThat(e.vendorMessage()).contains("Record not found"));
    fx.server().verify(1, deleteRequestedFor(urlEqualTo("/v1/trunks/999")));
  }

  @Test
  void errors_errorsArray_becomesFieldErrors() {
    fx.server().stubFor(post(urlEqualTo("/v1/trunks")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json").withBody(
            "{\"success\":false,\"errors\":[{\"field\":\"max_channels\",\"message\":\"exceeds account capacity\"},"
                + "\"label is too long\"]}")));

    assertThatThrownBy(() -> fx.provider().unwrap(FlexClient.class).create(documentedCreateRequest()))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> {
          assertThat(e.failure().fieldErrors()).containsEntry("max_channels", List.of("exceeds account capacity"));
          assertThat(e.vendorMessage()).contains("label is too long");
        });
  }

  @Test
  void thePassword_neverLeaks_evenWhenWavixEchoesIt() {
    fx.server().stubFor(post(urlEqualTo("/v1/trunks")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"success\":false,\"message\":\"Missing or invalid parameter password: " + PASSWORD
            + " is too weak\"}")));
    FlexTrunkRequest request = documentedCreateRequest();

    assertThat(request.toString()).doesNotContain(PASSWORD);
    assertThat(Json.mapper().valueToTree(request).get("password").asText()).isEqualTo("****");
    assertThatThrownBy(() -> fx.provider().unwrap(FlexClient.class).create(request))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> {
          assertThat(e.getMessage()).doesNotContain(PASSWORD);
          assertThat(e.failure().fieldErrors().toString()).doesNotContain(PASSWORD);
          assertThat(e.failure().toString()).doesNotContain(PASSWORD);
        });
    assertThat(fx.requests().get(0).getBodyAsString()).contains("\"password\":\"" + PASSWORD + "\"");
  }
}

package io.trunkline.provider.flex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.FieldRequirement;
import io.trunkline.core.FieldRequirement.Requirement;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.error.TrunkWriteAppliedException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.contract.WireMockVendor;
import io.trunkline.testing.flex.FlexSimulator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Timeout(30)
class FlexProviderTest {
  private static final String PASSWORD = "New-pass-2024!";
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> fx = FlexAccount.wireMock();

  /**
   * The list that completes the recorded trunks on get (their documents carry no status, and trunk.json no
   * passthrough): 293 an active digest trunk, 3107 an approved IP-authenticated one.
   */
  @BeforeEach
  void stubTheList() {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks?page=1&per_page=25")).willReturn(okJson(LIST)));
  }

  static final String LIST = """
      {"sip_trunks": [
        {"id": 293, "label": "My trunk", "name": "67758", "auth_method": "Digest", "status": "active",
         "host_request": null, "passthrough": false},
        {"id": 3107, "label": "Branch office SBC", "name": "32882", "auth_method": "IP auth", "status": "active",
         "host_request": {"host": "203.0.113.10", "status": "active"}, "passthrough": true}],
       "pagination": {"current_page": 1, "per_page": 25, "total": 2, "total_pages": 1}}""";

  private void stubGet(String id, String payload) {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/" + id)).willReturn(okJson(fx.payload(payload))));
  }

  private void stubPut(String id, String payload) {
    fx.server().stubFor(put(urlEqualTo("/v1/trunks/" + id)).willReturn(okJson(fx.payload(payload))));
  }

  // ---- get and list: Wavix → neutral ----

  @Test
  void get_mapsEveryFieldOfTheDocumentedTrunk() {
    stubGet("293", "trunk.json");

    SipTrunk t = fx.provider().get("293");

    assertThat(t.provider()).isEqualTo("flex");
    assertThat(t.id()).isEqualTo("293");
    assertThat(t.name()).contains("My trunk");
    assertThat(t.username()).contains("67758");
    assertThat(t.callerId()).contains("+12345678900");
    assertThat(t.maxChannels()).as("read as sent; attributes.channels_restrict false says no limit applies")
        .contains(2);
    assertThat(t.allowedIps()).isEmpty();
    assertThat(t.numbers()).isEmpty();
    assertThat(t.host()).contains("dynamic");
    assertThat(t.authMode()).contains(AuthMode.CREDENTIALS);
    assertThat(t.state()).as("from the list item, as list reads it").contains(TrunkState.ACTIVE);
    assertThat(t.port()).isEmpty();
    assertThat(t.transport()).isEmpty();
    assertThat(t.countryCode()).isEmpty();
    assertThat(t.createdAt()).contains(Instant.parse("2023-05-16T17:13:25Z"));
    assertThat(t.updatedAt()).isEmpty();
    assertThat((JsonNode) Json.mapper().valueToTree(t.attributes())).isEqualTo(Json.mapper().valueToTree(Map.ofEntries(
        Map.entry("ip_restrict", false), Map.entry("channels_restrict", false),
        Map.entry("cost_limit", true), Map.entry("max_call_cost", "0.18"), Map.entry("call_restrict", false),
        Map.entry("call_limit", 3600), Map.entry("didinfo_enabled", true), Map.entry("rewrite_enabled", true),
        Map.entry("rewrite_prefix", "1"), Map.entry("rewrite_cond", ""), Map.entry("call_recording_enabled", true),
        Map.entry("machine_detection_enabled", true), Map.entry("transcription_enabled", false),
        Map.entry("transcription_threshold", 10), Map.entry("multiple_numbers", true),
        Map.entry("encrypted_media", true), Map.entry("passthrough", false),
        Map.entry("host_request", NullNode.getInstance()))));
    assertThat(t.toString()).doesNotContain("123easwqe321132");
    fx.server().verify(1, getRequestedFor(urlEqualTo("/v1/trunks/293"))
        .withHeader("Authorization", equalTo("Bearer " + FlexAccount.KEY)));
    assertThat(fx.requests()).extracting(LoggedRequest::getUrl)
        .containsExactly("/v1/trunks/293", "/v1/trunks?page=1&per_page=25");
  }

  @Test
  void get_ipAuthTrunk_mapsIpModeChannelLimitAndAllowedIps() {
    stubGet("3107", "trunk-ip-auth.json");

    SipTrunk t = fx.provider().get("3107");

    assertThat(t.authMode()).contains(AuthMode.IP);
    assertThat(t.host()).contains("203.0.113.10");
    assertThat(t.maxChannels()).contains(4);
    assertThat(t.allowedIps()).containsExactly("203.0.113.10", "203.0.113.11");
    assertThat(t.callerId()).as("multiple caller IDs: empty string kept").contains("");
    assertThat(t.attributes()).doesNotContainKeys("max_channels", "access_token", "name")
        .as("kept exactly as sent, nulls too").containsEntry("max_call_cost", NullNode.getInstance())
        .containsEntry("call_restrict", NullNode.getInstance())
        .containsEntry("sip_region", TextNode.valueOf("us-east"))
        .containsEntry("passthrough", BooleanNode.TRUE)
        .containsEntry("rewrite_cond", TextNode.valueOf("00"));
  }

  @Test
  void get_unknownStatusAndAuthMethod_stayInAttributes() {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/293")).willReturn(okJson(fx.payload("trunk.json")
        .replace("\"host\": \"dynamic\"", "\"host\": \"dynamic\", \"status\": \"suspended\", \"auth_method\": \"OAuth\""))));

    SipTrunk t = fx.provider().get("293");

    assertThat(t.state()).isEmpty();
    assertThat(t.authMode()).as("not guessed from the host when Wavix names a method").contains(AuthMode.OTHER);
    assertThat(t.attributes()).containsEntry("status", TextNode.valueOf("suspended"))
        .containsEntry("auth_method", TextNode.valueOf("OAuth"));
  }

  @Test
  void update_ofATrunkWithAnUnknownAuthMethod_goesByItsHost() {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/3107")).willReturn(okJson(fx.payload("trunk-ip-auth.json")
        .replace("\"host\": \"203.0.113.10\"", "\"host\": \"203.0.113.10\", \"auth_method\": \"OAuth\""))));
    stubPut("3107", "trunk-ip-auth.json");

    fx.provider().update("3107", TrunkUpdate.builder().name("x").password(Secret.of(PASSWORD)).build());

    JsonNode sent = body(fx.server().findAll(putRequestedFor(anyUrl())).get(0));
    assertThat(sent.get("host_request").toString()).isEqualTo("{\"host\":\"203.0.113.10\"}");
    assertThat(sent.has("auth_method")).isFalse();
  }

  @Test
  void list_mapsTheSummaries() {
    fx.server().stubFor(get(urlPathEqualTo("/v1/trunks")).willReturn(okJson(fx.payload("trunk-list.json"))));

    List<SipTrunk> trunks = fx.provider().list().toList();

    assertThat(trunks).hasSize(2);
    SipTrunk pending = trunks.get(0);
    assertThat(pending.id()).isEqualTo("3107");
    assertThat(pending.name()).contains("My trunk");
    assertThat(pending.username()).contains("32882");
    assertThat(pending.callerId()).contains("+14302287001");
    assertThat(pending.authMode()).contains(AuthMode.IP);
    assertThat(pending.state()).contains(TrunkState.PROVISIONING);
    assertThat(pending.host()).isEmpty();
    assertThat(pending.attributes()).doesNotContainKeys("status", "auth_method", "label", "name", "id")
        .containsEntry("talk_time", IntNode.valueOf(65))
        .containsEntry("charge", Json.mapper().getNodeFactory().numberNode(new java.math.BigDecimal("24.637")))
        .containsEntry("multiple_numbers", BooleanNode.TRUE);
    assertThat(pending.attributes().get("host_request").toString())
        .isEqualTo("{\"host\":\"127.0.0.1\",\"status\":\"pending\"}");
    SipTrunk active = trunks.get(1);
    assertThat(active.state()).contains(TrunkState.ACTIVE);
    assertThat(active.authMode()).contains(AuthMode.CREDENTIALS);
    assertThat(active.callerId()).contains("");
    assertThat(active.attributes()).doesNotContainKeys("access_token")
        .containsEntry("passthrough_request", NullNode.getInstance())
        .containsEntry("host_request", NullNode.getInstance())
        .containsEntry("charge", TextNode.valueOf("3.120"));
  }

  @Test
  void list_60TrunksAt25PerPage_requestsExactlyThreePages() {
    try (FlexSimulator sim = new FlexSimulator()) {
      sim.start();
      sim.seedTrunks(60);
      TrunkProvider provider = fx.open(sim.config());

      List<SipTrunk> all = provider.list(TrunkQuery.builder().pageSize(25).build()).toList();

      assertThat(all).hasSize(60);
      assertThat(all).extracting(SipTrunk::name).doesNotHaveDuplicates();
      List<LoggedRequest> requests = sim.server().findAll(anyRequestedFor(anyUrl()));
      assertThat(requests).extracting(LoggedRequest::getUrl).containsExactlyInAnyOrder(
          "/v1/trunks?page=1&per_page=25", "/v1/trunks?page=2&per_page=25", "/v1/trunks?page=3&per_page=25");
    }
  }

  @Test
  void list_isLazy_limitStopsPaging_andFiltersApplyToEachPage() {
    try (FlexSimulator sim = new FlexSimulator()) {
      sim.start();
      sim.seedTrunks(60);
      TrunkProvider provider = fx.open(sim.config());

      var listing = provider.list(TrunkQuery.builder().limit(30L).build());
      assertThat(sim.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
      assertThat(listing.toList()).hasSize(30);
      assertThat(sim.server().findAll(anyRequestedFor(anyUrl()))).hasSize(2);

      sim.resetStubs();
      List<SipTrunk> named = provider.list(TrunkQuery.builder().name("TRUNK 42").build()).toList();
      assertThat(named).extracting(t -> t.name().orElseThrow()).containsExactly("Trunk 42");
      assertThat(provider.list(TrunkQuery.builder().state(TrunkState.PROVISIONING).build()).toList()).isEmpty();
    }
  }

  // ---- update: read, apply, send the whole trunk ----

  @Test
  void update_ofOneField_sendsEveryOtherCurrentFieldUnchanged() {
    stubGet("293", "trunk.json");
    stubPut("293", "trunk.json");

    fx.provider().update("293", TrunkUpdate.builder().name("Renamed").password(Secret.of(PASSWORD)).build());

    fx.server().verify(1, getRequestedFor(urlEqualTo("/v1/trunks/293")));
    fx.server().verify(1, putRequestedFor(urlEqualTo("/v1/trunks/293"))
        .withHeader("Authorization", equalTo("Bearer " + FlexAccount.KEY))
        .withRequestBody(equalToJson("""
            {"label": "Renamed", "password": "New-pass-2024!", "callerid": "12345678900",
             "multiple_numbers": true, "ip_restrict": false, "didinfo_enabled": true,
             "call_restrict": false, "call_limit": 3600, "cost_limit": true, "max_call_cost": 0.18,
             "channels_restrict": false, "max_channels": 2, "rewrite_enabled": true, "rewrite_prefix": "1",
             "rewrite_cond": "", "call_recording_enabled": true, "transcription_enabled": false,
             "transcription_threshold": 10, "machine_detection_enabled": true, "encrypted_media": true,
             "passthrough": false}""")));
    assertThat(fx.requests()).extracting(r -> r.getMethod().value()).containsExactly("GET", "GET", "PUT");
  }

  @Test
  void update_ofOneField_onAnIpAuthTrunk_keepsIpsAndIpAuthentication_andSendsNoUnknownField() {
    stubGet("3107", "trunk-ip-auth.json");
    stubPut("3107", "trunk-ip-auth.json");

    SipTrunk updated = fx.provider().update("3107",
        TrunkUpdate.builder().name("Renamed").password(Secret.of(PASSWORD)).build());

    fx.server().verify(1, putRequestedFor(urlEqualTo("/v1/trunks/3107")).withRequestBody(equalToJson("""
        {"label": "Renamed", "password": "New-pass-2024!", "callerid": "", "multiple_numbers": true,
         "ip_restrict": true, "allowed_ips": [{"ip": "203.0.113.10"}, {"ip": "203.0.113.11"}],
         "host_request": {"host": "203.0.113.10"}, "didinfo_enabled": false, "call_restrict": false,
         "cost_limit": false, "channels_restrict": true, "max_channels": 4, "rewrite_enabled": false,
         "rewrite_prefix": "", "rewrite_cond": "00", "call_recording_enabled": false,
         "transcription_enabled": true, "transcription_threshold": 6, "machine_detection_enabled": false,
         "encrypted_media": false, "passthrough": true}""")));
    assertThat(updated.id()).isEqualTo("3107");
  }

  @Test
  void update_attributesAndNeutralFields_changeOnlyThoseFields() {
    stubGet("293", "trunk.json");
    stubPut("293", "trunk.json");

    fx.provider().update("293", TrunkUpdate.builder()
        .password(Secret.of(PASSWORD))
        .callerId("+14302287001")
        .maxChannels(8)
        .allowedIps(List.of("198.51.100.7"))
        .putAttributes("call_limit", IntNode.valueOf(1800))
        .putAttributes("max_call_cost", TextNode.valueOf("0.25"))
        .putAttributes("rewrite_enabled", BooleanNode.FALSE)
        .build());

    fx.server().verify(1, putRequestedFor(urlEqualTo("/v1/trunks/293")).withRequestBody(equalToJson("""
        {"label": "My trunk", "password": "New-pass-2024!", "callerid": "14302287001",
         "multiple_numbers": true, "ip_restrict": true, "allowed_ips": [{"ip": "198.51.100.7"}],
         "didinfo_enabled": true, "call_restrict": false, "call_limit": 1800, "cost_limit": true,
         "max_call_cost": 0.25, "channels_restrict": true, "max_channels": 8, "rewrite_enabled": false,
         "rewrite_prefix": "1", "rewrite_cond": "", "call_recording_enabled": true,
         "transcription_enabled": false, "transcription_threshold": 10, "machine_detection_enabled": true,
         "encrypted_media": true, "passthrough": false}""")));
  }

  @Test
  void update_authModeIpWithHost_asksForIpAuthentication_andCredentialsDropsIt() {
    stubGet("293", "trunk.json");
    stubPut("293", "trunk.json");
    stubGet("3107", "trunk-ip-auth.json");
    stubPut("3107", "trunk-ip-auth.json");
    TrunkProvider provider = fx.provider();

    provider.update("293", TrunkUpdate.builder().password(Secret.of(PASSWORD)).authMode(AuthMode.IP)
        .host("198.51.100.20").build());
    provider.update("3107", TrunkUpdate.builder().password(Secret.of(PASSWORD)).authMode(AuthMode.CREDENTIALS)
        .build());

    JsonNode toIp = body(fx.server().findAll(putRequestedFor(urlEqualTo("/v1/trunks/293"))).get(0));
    assertThat(toIp.get("host_request").toString()).isEqualTo("{\"host\":\"198.51.100.20\"}");
    JsonNode toDigest = body(fx.server().findAll(putRequestedFor(urlEqualTo("/v1/trunks/3107"))).get(0));
    assertThat(toDigest.has("host_request")).isFalse();
    assertThat(toDigest.get("allowed_ips")).hasSize(2);
  }

  @Test
  void update_withoutPassword_failsSayingHowToSupplyIt_withoutPut() {
    stubGet("293", "trunk.json");

    assertThatThrownBy(() -> fx.provider().update("293", TrunkUpdate.builder().name("Renamed").build()))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("password (password)");
          assertThat(e.getMessage()).contains("on every update (it replaces the whole trunk)")
              .contains("never returns");
        });
    fx.server().verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void update_empty_readsTheTrunkAndSendsNothing() {
    stubGet("293", "trunk.json");

    SipTrunk t = fx.provider().update("293", TrunkUpdate.builder().build());

    assertThat(t.id()).isEqualTo("293");
    assertThat(fx.requests()).extracting(r -> r.getMethod().value() + " " + r.getUrl())
        .containsExactly("GET /v1/trunks/293", "GET /v1/trunks?page=1&per_page=25");
  }

  @Test
  void update_unknownAttribute_isRefused_withoutPut() {
    stubGet("293", "trunk.json");

    assertThatThrownBy(() -> fx.provider().update("293", TrunkUpdate.builder().password(Secret.of(PASSWORD))
        .putAttributes("call_recording", BooleanNode.TRUE).build()))
        .isInstanceOfSatisfying(TrunkValidationException.class,
            e -> assertThat(e.field()).isEqualTo("attributes.call_recording"));
    fx.server().verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void update_anUndocumentedAttribute_isRefusedEvenWhenTheTrunkHasIt_andNeverSentBack() {
    stubGet("3107", "trunk-ip-auth.json");
    stubPut("3107", "trunk-ip-auth.json");

    assertThatThrownBy(() -> fx.provider().update("3107", TrunkUpdate.builder().password(Secret.of(PASSWORD))
        .putAttributes("sip_region", TextNode.valueOf("us-west")).build()))
        .isInstanceOfSatisfying(TrunkValidationException.class,
            e -> assertThat(e.field()).isEqualTo("attributes.sip_region"));
    fx.server().verify(0, putRequestedFor(anyUrl()));

    fx.provider().update("3107", TrunkUpdate.builder().password(Secret.of(PASSWORD)).name("x").build());
    assertThat(body(fx.server().findAll(putRequestedFor(anyUrl())).get(0)).has("sip_region"))
        .as("not a field of Wavix's request").isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "name", "status", "access_token", "label", "callerid", "allowed_ips", "password"})
  void update_readOnlyOrNeutralAttributes_areRefused_withoutPut(String attribute) {
    stubGet("293", "trunk.json");
    assertThatThrownBy(() -> fx.provider().update("293", TrunkUpdate.builder().password(Secret.of(PASSWORD))
        .putAttributes(attribute, TextNode.valueOf("x")).build()))
        .isInstanceOfSatisfying(TrunkValidationException.class,
            e -> assertThat(e.field()).isEqualTo("attributes." + attribute));
    fx.server().verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void update_attributeOfTheWrongType_isRefused_withoutPut() {
    stubGet("293", "trunk.json");
    assertThatThrownBy(() -> fx.provider().update("293", TrunkUpdate.builder().password(Secret.of(PASSWORD))
        .putAttributes("call_limit", TextNode.valueOf("one hour")).build()))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("attributes.call_limit");
          assertThat(e.rule()).contains("whole number");
        });
    assertThatThrownBy(() -> fx.provider().update("293", TrunkUpdate.builder().password(Secret.of(PASSWORD))
        .putAttributes("ip_restrict", NullNode.getInstance()).build()))
        .isInstanceOfSatisfying(TrunkValidationException.class,
            e -> assertThat(e.field()).isEqualTo("attributes.ip_restrict"));
    fx.server().verify(0, putRequestedFor(anyUrl()));
  }

  @Test
  void update_aChangeWavixWouldRefuse_failsAfterReadingWithoutPut() {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks/293")).willReturn(okJson(fx.payload("trunk.json")
        .replace("\"max_channels\": 2", "\"max_channels\": null"))));

    assertThatThrownBy(() -> fx.provider().update("293", TrunkUpdate.builder().password(Secret.of(PASSWORD))
        .putAttributes("channels_restrict", BooleanNode.TRUE).build()))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> {
          assertThat(e.field()).isEqualTo("maxChannels (max_channels)");
          assertThat(e.rule()).isEqualTo("is required while attributes.channels_restrict is true");
        });
    fx.server().verify(0, putRequestedFor(anyUrl()));
  }

  // ---- writes whose 2xx answer cannot be read were applied ----

  @Test
  void create_answered201WithAnUnreadableBody_isApplied_neverAFailureToRetry() {
    fx.server().stubFor(post(urlEqualTo("/v1/trunks")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "text/html").withBody("<html>created</html>")));

    assertThatThrownBy(() -> fx.provider().create(TrunkSpec.builder().name("x").password(Secret.of(PASSWORD))
        .callerId("+13132847320").build()))
        .isInstanceOfSatisfying(TrunkWriteAppliedException.class, e -> {
          assertThat(e.operation()).isEqualTo("created");
          assertThat(e.trunkId()).isEmpty();
          assertThat(e.getMessage()).contains("do not send it again");
        });
    assertThat(fx.requests()).extracting(r -> r.getMethod().value()).containsExactly("POST");
  }

  @Test
  void create_answered201WithATrunkThatCannotBeRead_isApplied_withTheIdItNamed() {
    fx.server().stubFor(post(urlEqualTo("/v1/trunks")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"id\": 3120, \"allowed_ips\": 7}")));

    assertThatThrownBy(() -> fx.provider().create(TrunkSpec.builder().name("x").password(Secret.of(PASSWORD))
        .callerId("+13132847320").build()))
        .isInstanceOfSatisfying(TrunkWriteAppliedException.class, e -> assertThat(e.trunkId()).contains("3120"));
  }

  @Test
  void update_answered200WithAnUnreadableBody_isApplied_andReadBack() {
    stubGet("293", "trunk.json");
    fx.server().stubFor(put(urlEqualTo("/v1/trunks/293")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withBody("{\"id\": 293,")));

    SipTrunk t = fx.provider().update("293", TrunkUpdate.builder().name("x").password(Secret.of(PASSWORD)).build());

    assertThat(t.id()).isEqualTo("293");
    assertThat(fx.requests()).extracting(r -> r.getMethod().value())
        .containsExactly("GET", "GET", "PUT", "GET", "GET");
  }

  // ---- create ----

  @Test
  void create_mapsTheSpec() {
    fx.server().stubFor(post(urlEqualTo("/v1/trunks")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(fx.payload("created-trunk.json"))));

    SipTrunk created = fx.provider().create(TrunkSpec.builder()
        .name("My trunk")
        .password(Secret.of(PASSWORD))
        .callerId("+13132847320")
        .maxChannels(2)
        .allowedIps(List.of("203.0.113.10"))
        .putAttributes("call_recording_enabled", BooleanNode.TRUE)
        .putAttributes("max_call_cost", TextNode.valueOf("0.18"))
        .putAttributes("cost_limit", BooleanNode.TRUE)
        .build());

    fx.server().verify(1, postRequestedFor(urlEqualTo("/v1/trunks")).withRequestBody(equalToJson("""
        {"label": "My trunk", "password": "New-pass-2024!", "callerid": "13132847320", "ip_restrict": true,
         "allowed_ips": [{"ip": "203.0.113.10"}], "didinfo_enabled": true, "call_restrict": false,
         "cost_limit": true, "max_call_cost": 0.18, "channels_restrict": true, "max_channels": 2,
         "rewrite_enabled": false, "call_recording_enabled": true, "transcription_enabled": false,
         "transcription_threshold": 6}""")));
    assertThat(created.id()).isEqualTo("293");
    assertThat(created.name()).contains("My trunk");
  }

  @Test
  void create_withAuthModeIp_sendsTheHostRequest() {
    fx.server().stubFor(post(urlEqualTo("/v1/trunks")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(fx.payload("created-trunk.json"))));

    fx.provider().create(TrunkSpec.builder().name("SBC").password(Secret.of(PASSWORD)).callerId("13132847320")
        .authMode(AuthMode.IP).host("198.51.100.20").build());

    assertThat(body(fx.server().findAll(postRequestedFor(anyUrl())).get(0)).get("host_request").toString())
        .isEqualTo("{\"host\":\"198.51.100.20\"}");
  }

  @Test
  void create_ofAFullSpec_sendsExactlyThisBody() {
    fx.server().stubFor(post(urlEqualTo("/v1/trunks")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(fx.payload("created-trunk.json"))));

    fx.provider().create(TrunkSpec.builder()
        .name("Full").password(Secret.of(PASSWORD)).callerId("+13132847320").maxChannels(8)
        .allowedIps(List.of("203.0.113.10")).authMode(AuthMode.IP).host("203.0.113.10")
        .putAttributes("multiple_numbers", BooleanNode.FALSE).putAttributes("didinfo_enabled", BooleanNode.FALSE)
        .putAttributes("call_restrict", BooleanNode.TRUE).putAttributes("call_limit", IntNode.valueOf(3600))
        .putAttributes("cost_limit", BooleanNode.TRUE).putAttributes("max_call_cost", TextNode.valueOf("0.18"))
        .putAttributes("rewrite_enabled", BooleanNode.TRUE).putAttributes("rewrite_prefix", TextNode.valueOf("1"))
        .putAttributes("rewrite_cond", TextNode.valueOf("00"))
        .putAttributes("call_recording_enabled", BooleanNode.TRUE)
        .putAttributes("transcription_enabled", BooleanNode.TRUE)
        .putAttributes("transcription_threshold", IntNode.valueOf(10))
        .putAttributes("machine_detection_enabled", BooleanNode.TRUE)
        .putAttributes("encrypted_media", BooleanNode.TRUE).putAttributes("passthrough", BooleanNode.TRUE)
        .build());

    assertThat(body(fx.onlyRequest())).isEqualTo(json("""
        {"label": "Full", "password": "New-pass-2024!", "callerid": "13132847320",
         "allowed_ips": [{"ip": "203.0.113.10"}], "max_channels": 8, "host_request": {"host": "203.0.113.10"},
         "multiple_numbers": false, "ip_restrict": true, "didinfo_enabled": false, "call_restrict": true,
         "call_limit": 3600, "cost_limit": true, "max_call_cost": 0.18, "channels_restrict": true,
         "rewrite_enabled": true, "rewrite_prefix": "1", "rewrite_cond": "00", "call_recording_enabled": true,
         "transcription_enabled": true, "transcription_threshold": 10, "machine_detection_enabled": true,
         "encrypted_media": true, "passthrough": true}"""));
  }

  @Test
  void update_ofEverythingAtOnce_sendsExactlyTheWholeTrunkWithTheChanges() {
    stubGet("293", "trunk.json");
    stubPut("293", "trunk.json");

    fx.provider().update("293", TrunkUpdate.builder()
        .name("Full").password(Secret.of(PASSWORD)).callerId("+14302287001").maxChannels(8)
        .allowedIps(List.of("198.51.100.20")).authMode(AuthMode.IP).host("198.51.100.20")
        .putAttributes("call_restrict", BooleanNode.TRUE).putAttributes("call_limit", IntNode.valueOf(60))
        .putAttributes("transcription_threshold", IntNode.valueOf(0))
        .putAttributes("passthrough", BooleanNode.TRUE)
        .putAttributes("rewrite_prefix", NullNode.getInstance())
        .build());

    assertThat(body(fx.server().findAll(putRequestedFor(urlEqualTo("/v1/trunks/293"))).get(0))).isEqualTo(json("""
        {"label": "Full", "password": "New-pass-2024!", "callerid": "14302287001", "multiple_numbers": true,
         "ip_restrict": true, "allowed_ips": [{"ip": "198.51.100.20"}], "host_request": {"host": "198.51.100.20"},
         "didinfo_enabled": true, "call_restrict": true, "call_limit": 60, "cost_limit": true,
         "max_call_cost": 0.18, "channels_restrict": true, "max_channels": 8, "rewrite_enabled": true,
         "rewrite_cond": "", "call_recording_enabled": true, "transcription_enabled": false,
         "transcription_threshold": 0, "machine_detection_enabled": true, "encrypted_media": true,
         "passthrough": true}"""));
  }

  @Test
  void requirements_areVisibleBeforeSending_andEveryVendorFieldIsDescribed() {
    List<FieldRequirement> fields = fx.provider().metadata().trunkFields();

    assertThat(fields).filteredOn(f -> f.vendorField().isPresent())
        .allSatisfy(f -> assertThat(f.description()).as(f.label()).hasValueSatisfying(d -> assertThat(d).isNotBlank()));
    assertThat(fields).filteredOn(f -> f.onCreate() == Requirement.REQUIRED).extracting(FieldRequirement::label)
        .containsExactly("name (label)", "password (password)", "callerId (callerid)");
    assertThat(fields).filteredOn(f -> f.onUpdate() == Requirement.REQUIRED).extracting(FieldRequirement::label)
        .containsExactly("password (password)");
    assertThat(fields).filteredOn(f -> f.onCreate() == Requirement.REFUSED && f.vendorField().isEmpty())
        .extracting(FieldRequirement::label)
        .containsExactlyInAnyOrder("port", "transport", "username", "numbers", "countryCode");
    assertThat(fields).filteredOn(f -> f.label().equals("attributes.name")).singleElement()
        .satisfies(f -> assertThat(f.readOnly()).isTrue());
  }

  static List<Object[]> refusedSpecs() {
    TrunkSpec ok = TrunkSpec.builder().name("x").password(Secret.of(PASSWORD)).callerId("13132847320").build();
    return List.of(
        new Object[] {"password (password)", TrunkSpec.builder().from(ok).password(java.util.Optional.empty()).build()},
        new Object[] {"name (label)", TrunkSpec.builder().from(ok).name(java.util.Optional.empty()).build()},
        new Object[] {"callerId (callerid)", TrunkSpec.builder().from(ok).callerId(java.util.Optional.empty()).build()},
        new Object[] {"callerId (callerid)", TrunkSpec.builder().from(ok).callerId("+1 313 284 7320").build()},
        new Object[] {"port", TrunkSpec.builder().from(ok).port(5060).build()},
        new Object[] {"transport", TrunkSpec.builder().from(ok).transport(Transport.TLS).build()},
        new Object[] {"username", TrunkSpec.builder().from(ok).username("me").build()},
        new Object[] {"countryCode", TrunkSpec.builder().from(ok).countryCode("US").build()},
        new Object[] {"numbers", TrunkSpec.builder().from(ok).addNumbers("+13132847320").build()},
        new Object[] {"authMode (auth_method)", TrunkSpec.builder().from(ok).authMode(AuthMode.OTHER).build()},
        new Object[] {"host (host)", TrunkSpec.builder().from(ok).authMode(AuthMode.IP).build()},
        new Object[] {"host (host)", TrunkSpec.builder().from(ok).host("sip.example.com").build()},
        new Object[] {"maxChannels (max_channels)", TrunkSpec.builder().from(ok).maxChannels(0).build()},
        new Object[] {"allowedIps (allowed_ips)", TrunkSpec.builder().from(ok).addAllowedIps("10.0.0.0/8").build()},
        new Object[] {"attributes.talk_time", TrunkSpec.builder().from(ok).putAttributes("talk_time", IntNode.valueOf(1)).build()},
        new Object[] {"attributes.sip_region", TrunkSpec.builder().from(ok).putAttributes("sip_region", TextNode.valueOf("x")).build()});
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.MethodSource("refusedSpecs")
  void create_refusesWhatWavixCannotTake_beforeAnyRequest(String field, TrunkSpec spec) {
    assertThatThrownBy(() -> fx.provider().create(spec))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    assertThat(fx.requests()).isEmpty();
  }

  // ---- ids ----

  @ParameterizedTest
  @ValueSource(strings = {"../admin", "a/b", "+31 500", "?x#y", "..", ".", "", " ", "0", "-1", "12a",
      "99999999999999999999", "9223372036854775808"})
  void hostileOrInvalidIds_areRefusedBeforeAnyRequest(String id) {
    TrunkProvider provider = fx.provider();
    for (Consumer<String> call : List.<Consumer<String>>of(provider::get, provider::delete,
        i -> provider.update(i, TrunkUpdate.builder().name("x").password(Secret.of(PASSWORD)).build()))) {
      assertThatThrownBy(() -> call.accept(id))
          .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo("id"));
    }
    assertThat(fx.requests()).isEmpty();
  }

  private static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode body(LoggedRequest request) {
    try {
      return Json.mapper().readTree(request.getBodyAsString());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}

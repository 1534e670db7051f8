package io.trunkline.provider.pbx.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.Capability;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkStatus.Registration;
import io.trunkline.core.model.TrunkStatus;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.provider.pbx.PbxClient;
import io.trunkline.contract.WireMockVendor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The neutral provider: the requests each operation sends and the mapping of every field, both ways. */
@Timeout(20)
class PbxProviderTest {
  private static final String ID = "NzAwNTUxOTA5NzczMTQ4MTYw";
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = PbxAccount.wireMock();
  private final TrunkProvider provider = wm.provider();

  @Test
  void metadata_declaresExactlyWhatThePbxSupports() {
    assertThat(provider.id()).isEqualTo("pbx");
    assertThat(provider.capabilities()).containsExactlyInAnyOrder(Capability.LIST, Capability.GET,
        Capability.CREATE, Capability.UPDATE, Capability.DELETE, Capability.STATUS, Capability.EXPORT);
    assertThat(provider.metadata().defaultBaseUrl()).isEmpty();
    assertThat(provider.metadata().optionalSettings()).containsExactly("domain");
    assertThat(provider.unwrap(PbxClient.class)).isSameAs(provider.vendorClient());
  }

  // ---- read mapping ----------------------------------------------------------------------------------------------

  @Test
  void get_mapsEveryFieldOfTheSeedPayload() throws Exception {
    wm.server().stubFor(get(urlEqualTo("/api/providers/" + ID)).willReturn(okJson(wm.payload(
        "provider.json"))));

    SipTrunk t = provider.get(ID);

    assertThat(wm.onlyRequest().getUrl()).isEqualTo("/api/providers/" + ID);
    assertThat(t.provider()).isEqualTo("pbx");
    assertThat(t.id()).isEqualTo(ID);
    assertThat(t.name()).contains("text");
    assertThat(t.state()).contains(TrunkState.ACTIVE);
    assertThat(t.host()).contains("text");
    assertThat(t.port()).contains(80);
    assertThat(t.transport()).contains(Transport.UDP);
    assertThat(t.authMode()).contains(AuthMode.IP);
    assertThat(t.username()).contains("text");
    assertThat(t.allowedIps()).containsExactly("text");
    assertThat(t.numbers()).containsExactly("text");
    assertThat(t.callerId()).isEmpty();
    assertThat(t.maxChannels()).contains(1);
    assertThat(t.countryCode()).isEmpty();
    assertThat(t.createdAt()).isEmpty();
    assertThat(t.updatedAt()).isEmpty();
    JsonNode seed = Json.mapper().readTree(wm.payload("provider.json"));
    Map<String, JsonNode> a = t.attributes();
    assertThat(a.keySet()).containsExactly("enabled", "brand", "auth_id", "registration", "register_interval",
        "outbound_server", "outbound_server_port", "inlan", "single_via_header", "rewrite_via_ip", "verify_port",
        "keep_alive", "keep_alive_interval", "adjust_sdp_direction", "remove_srtp_info",
        "stir_shaken_signature_required", "inbound_parameters", "outbound_parameters", "shared");
    a.forEach((name, value) -> assertThat(value).as(name).isEqualTo(seed.get(name)));
  }

  @Test
  void get_mapsListsAuthModesAndFieldsOfLaterVersions() {
    wm.server().stubFor(get(urlEqualTo("/api/providers/x")).willReturn(okJson(wm.payload(
        "provider-newer-version.json"))));

    SipTrunk t = provider.get("x");

    assertThat(t.authMode()).contains(AuthMode.CREDENTIALS);
    assertThat(t.attributes()).doesNotContainKey("auth_mode");
    assertThat(t.allowedIps()).containsExactly("192.76.120.10/32", "64.16.250.10/32");
    assertThat(t.numbers()).containsExactly("12025550100", "12025550110-12025550119");
    assertThat(t.attributes()).containsKeys("remove_plus_prefix", "tel_uri_scheme_for_request_line",
        "force_outbound_proxy", "enable_sdp_codecs", "sdp_codecs", "custom_headers");
    assertThat(t.attributes().get("inbound_parameters").get("caller_num").asText())
        .isEqualTo("HISTORY_INFO_USER_PART");
    assertThat(t.attributes()).containsEntry("enabled", BooleanNode.TRUE);
    assertThat(t.attributes()).doesNotContainKeys("id", "name", "hostname", "port", "transport",
        "username", "additional_ips", "did_numbers", "concurrency", "password");
  }

  /**
   * The neutral mode is coarser than the PBX's: the PBX's own value stays in attributes only where the neutral one
   * cannot say it (OTHER); ACCEPT_REGISTER and REGISTER_AUTH both read as CREDENTIALS.
   */
  @Test
  void authModes_mapAsTheDesignSays_andUnknownTransportStaysInAttributes() throws Exception {
    String[][] cases = {
      {"IP_AUTH", "IP"}, {"REGISTER_AUTH", "CREDENTIALS"}, {"ACCEPT_REGISTER", "CREDENTIALS"},
      {"TEAMS", "OTHER"}, {"WHATS_APP", "OTHER"}, {"OAUTH", "OTHER"}
    };
    for (String[] c : cases) {
      SipTrunk t = PbxFields.FIELDS.read(Json.object().put("id", "1").put("auth_mode", c[0]));
      assertThat(t.authMode()).as(c[0]).contains(AuthMode.valueOf(c[1]));
      if (c[1].equals("OTHER")) {
        assertThat(t.attributes().get("auth_mode").asText()).isEqualTo(c[0]);
      } else {
        assertThat(t.attributes()).doesNotContainKey("auth_mode");
      }
    }
    SipTrunk wss = PbxFields.FIELDS.read(Json.mapper().readTree("{\"id\":\"1\",\"transport\":\"WSS\","
        + "\"enabled\":false,\"note\":null,\"api_token\":\"x\",\"password\":\"y\"}"));
    assertThat(wss.transport()).isEmpty();
    assertThat(wss.attributes()).containsEntry("transport", TextNode.valueOf("WSS"))
        .containsEntry("note", NullNode.getInstance()).doesNotContainKeys("api_token", "password");
    assertThat(wss.state()).contains(TrunkState.INACTIVE);
  }

  @Test
  void sipTrunk_roundTripsThroughJson_withNullAttributes() throws Exception {
    ObjectNode read = (ObjectNode) Json.mapper().readTree(wm.payload("provider-newer-version.json"));
    SipTrunk t = PbxFields.FIELDS.read(read.putNull("blank"));

    String json = Json.mapper().writeValueAsString(t);

    assertThat(Json.mapper().readValue(json, SipTrunk.class)).isEqualTo(t);
  }

  // ---- list ------------------------------------------------------------------------------------------------------

  @Test
  void list_mapsTheSummaryOfEachTrunk() {
    wm.server().stubFor(get(urlPathEqualTo("/api/providers")).willReturn(okJson(wm.payload(
        "providers-list.json").replace("\"count\": 100", "\"count\": 1"))));

    List<SipTrunk> trunks = provider.list().toList();

    assertThat(wm.onlyRequest().getUrl()).isEqualTo("/api/providers?skip=0&top=100");
    SipTrunk t = trunks.get(0);
    assertThat(t.id()).isEqualTo(ID);
    assertThat(t.name()).contains("text");
    assertThat(t.state()).contains(TrunkState.ACTIVE);
    assertThat(t.host()).contains("text");
    assertThat(t.port()).contains(80);
    assertThat(t.numbers()).containsExactly("text");
    assertThat(t.transport()).isEmpty();
    assertThat(t.authMode()).isEmpty();
    assertThat(t.attributes()).containsOnly(Map.entry("enabled", BooleanNode.TRUE),
        Map.entry("brand", TextNode.valueOf("text")), Map.entry("shared", BooleanNode.TRUE));
  }

  @Test
  void listAndGet_dropSecretLookingNamesInsideNestedAttributes_atAnyDepth() {
    String item = "{\"id\":\"t1\",\"inbound_parameters\":{\"caller_num\":\"FROM_USER_PART\","
        + "\"digest\":{\"auth_password\":\"Leak3d\",\"realm\":\"r\"}},"
        + "\"hints\":[{\"api-key\":\"Leak3d\"}]}";
    wm.server().stubFor(get(urlPathEqualTo("/api/providers")).willReturn(okJson(
        "{\"count\":1,\"items\":[" + item + "]}")));
    wm.server().stubFor(get(urlEqualTo("/api/providers/t1")).willReturn(okJson(item)));

    for (SipTrunk t : List.of(provider.list().toList().get(0), provider.get("t1"))) {
      assertThat(t.attributes().get("inbound_parameters").toString())
          .isEqualTo("{\"caller_num\":\"FROM_USER_PART\",\"digest\":{\"realm\":\"r\"}}");
      assertThat(t.attributes().get("hints").toString()).isEqualTo("[{}]");
      assertThat(Json.mapper().valueToTree(t).toString()).doesNotContain("Leak3d");
    }
  }

  @Test
  void list_withALimit_asksForNoMoreThanItNeeds() {
    wm.server().stubFor(get(urlPathEqualTo("/api/providers")).willReturn(okJson(
        "{\"count\":250,\"items\":[{\"id\":\"a\"}]}")));

    assertThat(provider.list(TrunkQuery.builder().limit(1L).build()).toList()).hasSize(1);
    assertThat(provider.list(TrunkQuery.builder().limit(0L).build()).toList()).isEmpty();

    assertThat(wm.onlyRequest().getUrl()).isEqualTo("/api/providers?skip=0&top=1");
  }

  @Test
  void list_pageSize_isCappedAtTheHundredThePbxAllows() {
    wm.server().stubFor(get(urlPathEqualTo("/api/providers")).willReturn(okJson("{\"count\":0,\"items\":[]}")));

    provider.list(TrunkQuery.builder().pageSize(500).build()).toList();
    provider.list(TrunkQuery.builder().pageSize(20).build()).toList();

    assertThat(wm.requests()).extracting(LoggedRequest::getUrl).containsExactly("/api/providers?skip=0&top=100",
        "/api/providers?skip=0&top=20");
  }

  @Test
  void list_filtersByNameAndStateOnTheTrunksRead() {
    wm.server().stubFor(get(urlPathEqualTo("/api/providers")).willReturn(okJson("{\"count\":3,\"items\":["
        + "{\"id\":\"1\",\"name\":\"Telnyx US\",\"enabled\":true},{\"id\":\"2\",\"name\":\"telnyx EU\",\"enabled\":false},"
        + "{\"id\":\"3\",\"name\":\"BT\",\"enabled\":true}]}")));

    List<SipTrunk> found = provider.list(TrunkQuery.builder().name("TELNYX").state(TrunkState.ACTIVE).build())
        .toList();

    assertThat(found).extracting(SipTrunk::id).containsExactly("1");
    assertThat(wm.onlyRequest().getUrl()).isEqualTo("/api/providers?skip=0&top=100");
  }

  @Test
  void list_byAuthMode_filtersAtThePbx_andTrustsIt_readingNoTrunkByItsDetail() {
    wm.server().stubFor(get(urlPathEqualTo("/api/providers")).willReturn(okJson("{\"count\":2,\"items\":["
        + "{\"id\":\"1\",\"name\":\"a\"},{\"id\":\"2\",\"name\":\"b\",\"auth_mode\":\"REGISTER_AUTH\"}]}")));

    List<SipTrunk> found = provider.list(TrunkQuery.builder().authMode(AuthMode.IP).build()).toList();

    assertThat(found).extracting(SipTrunk::id).containsExactly("1");
    assertThat(found.get(0).authMode()).contains(AuthMode.IP);
    LoggedRequest listing = wm.onlyRequest();
    assertThat(listing.queryParameter("filter").firstValue()).isEqualTo("auth_mode eq 'IP_AUTH'");
    assertThat(PbxAdapter.authModeFilter(AuthMode.CREDENTIALS))
        .isEqualTo("auth_mode eq 'REGISTER_AUTH' or auth_mode eq 'ACCEPT_REGISTER'");
    assertThat(PbxAdapter.authModeFilter(AuthMode.OTHER))
        .isEqualTo("auth_mode ne 'IP_AUTH' and auth_mode ne 'REGISTER_AUTH' and auth_mode ne 'ACCEPT_REGISTER'");
  }

  // ---- create ----------------------------------------------------------------------------------------------------

  @Test
  void create_whoseReadBackFails_isApplied_withTheNewId_andThePostIsSentOnce() {
    wm.server().stubFor(post(urlEqualTo("/api/providers")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(wm.payload("created.json"))));
    wm.server().stubFor(get(urlEqualTo("/api/providers/" + ID)).willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> provider.create(minimalSpec().build()))
        .isInstanceOfSatisfying(io.trunkline.core.error.TrunkWriteAppliedException.class, e -> {
          assertThat(e.trunkId()).contains(ID);
          assertThat(e.provider()).isEqualTo("pbx");
          assertThat(e.getCause()).isInstanceOf(io.trunkline.core.error.TrunkServerException.class);
          assertThat(e.getMessage()).contains("pbx created trunk " + ID, "get(\"" + ID + "\") reads it");
        });
    wm.server().verify(1, com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
        urlEqualTo("/api/providers")));
  }

  @Test
  void create_answeredWithoutAnId_isApplied_andSaysToListForIt() {
    wm.server().stubFor(post(urlEqualTo("/api/providers")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{}")));

    assertThatThrownBy(() -> provider.create(minimalSpec().build()))
        .isInstanceOfSatisfying(io.trunkline.core.error.TrunkWriteAppliedException.class, e -> {
          assertThat(e.trunkId()).isEmpty();
          assertThat(e.getMessage()).contains("list the trunks to find it");
        });
  }

  @Test
  void update_whoseReadBackFails_isApplied() {
    wm.server().stubFor(post(urlEqualTo("/api/providers/" + ID)).willReturn(aResponse().withStatus(200)));
    wm.server().stubFor(get(urlEqualTo("/api/providers/" + ID)).willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(() -> provider.update(ID, TrunkUpdate.builder().maxChannels(12).build()))
        .isInstanceOfSatisfying(io.trunkline.core.error.TrunkWriteAppliedException.class,
            e -> assertThat(e.operation()).isEqualTo("updated"));
  }

  @Test
  void create_sendsTheMappedBody_thenReadsTheTrunkBack() throws Exception {
    wm.server().stubFor(post(urlEqualTo("/api/providers")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(wm.payload("created.json"))));
    wm.server().stubFor(get(urlEqualTo("/api/providers/" + ID)).willReturn(okJson(wm.payload(
        "provider.json"))));
    ObjectNode inbound = Json.object().put("caller_num", "FROM_USER_PART").put("enable_stir_shaken_validation", true);
    TrunkSpec spec = TrunkSpec.builder().name("Telnyx US").host("sip.telnyx.com").port(5061)
        .transport(Transport.TLS).authMode(AuthMode.CREDENTIALS).username("acme").password(Secret.of("s3cret-Pw"))
        .addAllowedIps("192.0.2.10", "198.51.100.0/24", "2001:db8::1").addNumbers("3000", "12000-18000")
        .maxChannels(40)
        .putAttributes("outbound_server", TextNode.valueOf("sip.telnyx.com"))
        .putAttributes("outbound_server_port", IntNode.valueOf(5061))
        .putAttributes("brand", TextNode.valueOf("Telnyx"))
        .putAttributes("auth_id", TextNode.valueOf("acme-id"))
        .putAttributes("enabled", BooleanNode.FALSE)
        .putAttributes("inbound_parameters", inbound)
        .putAttributes("remove_plus_prefix", BooleanNode.TRUE)
        .putAttributes("custom_headers", NullNode.getInstance())
        .build();

    SipTrunk created = provider.create(spec);

    List<LoggedRequest> requests = wm.requests();
    assertThat(requests).extracting(r -> r.getMethod().value() + " " + r.getUrl())
        .containsExactly("POST /api/providers", "GET /api/providers/" + ID);
    String expected = "{\"name\":\"Telnyx US\",\"transport\":\"TLS\",\"hostname\":\"sip.telnyx.com\",\"port\":5061,"
        + "\"username\":\"acme\",\"password\":\"s3cret-Pw\",\"concurrency\":40,"
        + "\"additional_ips\":\"192.0.2.10/32;198.51.100.0/24;2001:db8::1/128\",\"did_numbers\":\"3000;12000-18000\","
        + "\"auth_mode\":\"REGISTER_AUTH\",\"outbound_server\":\"sip.telnyx.com\",\"outbound_server_port\":5061,"
        + "\"brand\":\"Telnyx\",\"auth_id\":\"acme-id\",\"enabled\":false,"
        + "\"inbound_parameters\":{\"caller_num\":\"FROM_USER_PART\",\"enable_stir_shaken_validation\":true},"
        + "\"remove_plus_prefix\":true,\"custom_headers\":null}";
    assertThat(equalToJson(expected).match(requests.get(0).getBodyAsString()).isExactMatch())
        .as(requests.get(0).getBodyAsString()).isTrue();
    assertThat(created.id()).isEqualTo(ID);
    assertThat(created.host()).contains("text");
  }

  /** The neutral auth mode is written as the PBX's code; the PBX's own code is not taken from attributes any more. */
  @Test
  void create_writesTheNeutralAuthMode_andRefusesItsCodeInAttributes() throws Exception {
    wm.server().stubFor(post(urlEqualTo("/api/providers")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(wm.payload("created.json"))));
    wm.server().stubFor(get(urlEqualTo("/api/providers/" + ID)).willReturn(okJson(wm.payload(
        "provider.json"))));

    provider.create(minimalSpec().authMode(AuthMode.IP).build());
    provider.create(minimalSpec().authMode(AuthMode.CREDENTIALS).build());

    assertThat(Json.mapper().readTree(wm.requests().get(0).getBodyAsString()).get("auth_mode").asText())
        .isEqualTo("IP_AUTH");
    assertThat(Json.mapper().readTree(wm.requests().get(2).getBodyAsString()).get("auth_mode").asText())
        .isEqualTo("REGISTER_AUTH");
    assertThatThrownBy(() -> provider.create(minimalSpec().putAttributes("auth_mode", TextNode.valueOf("TEAMS"))
        .build())).hasMessage("attributes.auth_mode: is the neutral field 'authMode'; set that instead");
    assertThatThrownBy(() -> provider.create(minimalSpec().authMode(AuthMode.OTHER).build()))
        .hasMessageStartingWith("authMode (auth_mode): has no vendor value for OTHER");
    assertThat(wm.requests()).hasSize(4);
  }

  // ---- update ----------------------------------------------------------------------------------------------------

  @Test
  void update_sendsOnlyWhatIsSet_thenReadsTheTrunkBack() throws Exception {
    wm.server().stubFor(post(urlEqualTo("/api/providers/" + ID)).willReturn(aResponse().withStatus(200)));
    wm.server().stubFor(get(urlEqualTo("/api/providers/" + ID)).willReturn(okJson(wm.payload(
        "provider.json"))));

    SipTrunk updated = provider.update(ID, TrunkUpdate.builder().name("Renamed").host("sip2.example.com").port(5080)
        .transport(Transport.TCP).username("u2").password(Secret.of("n3w-Secret")).allowedIps(List.of())
        .numbers(List.of("4000-4999")).maxChannels(5)
        .putAttributes("keep_alive", BooleanNode.FALSE)
        .putAttributes("did_numbers_note", TextNode.valueOf("x"))
        .putAttributes("auth_id", NullNode.getInstance())
        .build());

    LoggedRequest post = wm.requests().get(0);
    assertThat(post.getMethod().value()).isEqualTo("POST");
    assertThat(post.getUrl()).isEqualTo("/api/providers/" + ID);
    String expected = "{\"name\":\"Renamed\",\"hostname\":\"sip2.example.com\",\"port\":5080,\"transport\":\"TCP\","
        + "\"username\":\"u2\",\"password\":\"n3w-Secret\",\"additional_ips\":\"\",\"did_numbers\":\"4000-4999\","
        + "\"concurrency\":5,\"keep_alive\":false,\"did_numbers_note\":\"x\",\"auth_id\":null}";
    assertThat(equalToJson(expected).match(post.getBodyAsString()).isExactMatch()).as(post.getBodyAsString())
        .isTrue();
    assertThat(wm.requests().get(1).getUrl()).isEqualTo("/api/providers/" + ID);
    assertThat(updated.id()).isEqualTo(ID);
  }

  @Test
  void update_withNothingSet_sendsNoUpdate() {
    wm.server().stubFor(get(urlEqualTo("/api/providers/" + ID)).willReturn(okJson(wm.payload(
        "provider.json"))));

    provider.update(ID, TrunkUpdate.builder().build());

    assertThat(wm.onlyRequest().getMethod().value()).isEqualTo("GET");
  }

  // ---- delete / status / export ----------------------------------------------------------------------------------

  @Test
  void delete_destroysTheTrunk() {
    wm.server().stubFor(post(urlEqualTo("/api/providers/" + ID + "/destroy")).willReturn(aResponse().withStatus(204)));

    provider.delete(ID);

    LoggedRequest request = wm.onlyRequest();
    assertThat(request.getMethod().value()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo("/api/providers/" + ID + "/destroy");
  }

  @Test
  void status_mapsOnlineOfflineAndUnknown() {
    wm.server().stubFor(get(urlEqualTo("/api/providers/on/status")).willReturn(okJson("{\"status\":\"ONLINE\"}")));
    wm.server().stubFor(get(urlEqualTo("/api/providers/off/status")).willReturn(okJson("{\"status\":\"OFFLINE\"}")));
    wm.server().stubFor(get(urlEqualTo("/api/providers/odd/status")).willReturn(okJson(
        "{\"status\":\"REGISTERING\",\"detail\":\"407\"}")));

    TrunkStatus on = provider.status("on");
    assertThat(on.id()).isEqualTo("on");
    assertThat(on.registration()).isEqualTo(Registration.ONLINE);
    assertThat(on.vendorStatus()).contains("ONLINE");
    assertThat(on.attributes()).isEmpty();
    assertThat(provider.status("off").registration()).isEqualTo(Registration.OFFLINE);
    TrunkStatus odd = provider.status("odd");
    assertThat(odd.registration()).isEqualTo(Registration.UNKNOWN);
    assertThat(odd.vendorStatus()).contains("REGISTERING");
    assertThat(odd.attributes()).containsEntry("detail", TextNode.valueOf("407"));
    assertThat(wm.requests().get(0).getMethod().value()).isEqualTo("GET");
  }

  @Test
  void export_writesTheFile() {
    String csv = wm.payload("export.csv");
    wm.server().stubFor(get(urlEqualTo("/api/providers/export")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/octet-stream").withBody(csv)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThat(provider.export(out)).isEqualTo(csv.getBytes(StandardCharsets.UTF_8).length);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(csv);
    assertThat(wm.onlyRequest().getMethod().value()).isEqualTo("GET");
  }

  static io.trunkline.core.model.TrunkSpec.Builder minimalSpec() {
    return TrunkSpec.builder().name("n").host("sip.example.com").port(5060).transport(Transport.UDP).maxChannels(1)
        .putAttributes("outbound_server", TextNode.valueOf("sip.example.com"))
        .putAttributes("outbound_server_port", IntNode.valueOf(5060));
  }
}

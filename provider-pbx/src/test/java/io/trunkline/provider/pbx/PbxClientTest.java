package io.trunkline.provider.pbx;

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
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.Paged.Page;
import io.trunkline.core.Paged;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkApiValidationException;
import io.trunkline.core.error.TrunkConflictException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.core.spi.Json;
import io.trunkline.provider.pbx.internal.PbxAccount;
import io.trunkline.contract.WireMockVendor;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of the typed client: the exact request sent, and every field of the answer. */
@Timeout(20)
class PbxClientTest {
  private static final String ID = "NzAwNTUxOTA5NzczMTQ4MTYw";
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = PbxAccount.wireMock();
  private final TrunkProvider provider = wm.provider();
  private final PbxClient client = (PbxClient) provider.vendorClient();

  // ---- list ------------------------------------------------------------------------------------------------------

  @Test
  void list_sendsDefaultPaging_andReadsTheSeedPage() {
    wm.server().stubFor(get(urlPathEqualTo("/api/providers")).willReturn(okJson(wm.payload(
        "providers-list.json"))));

    Page<PbxTrunk> page = client.list().firstPage();

    LoggedRequest request = wm.onlyRequest();
    assertThat(request.getMethod().value()).isEqualTo("GET");
    assertThat(request.getUrl()).isEqualTo("/api/providers?skip=0&top=100");
    assertAuthAndJsonHeaders(request);
    assertThat(request.getBodyAsString()).isEmpty();
    assertThat(page.totalCount()).hasValue(100);
    PbxTrunk item = page.items().get(0);
    assertThat(item.id()).isEqualTo(ID);
    assertThat(item.name()).contains("text");
    assertThat(item.enabled()).contains(true);
    assertThat(item.brand()).contains("text");
    assertThat(item.hostname()).contains("text");
    assertThat(item.port()).contains(80);
    assertThat(item.didNumbers()).contains("text");
    assertThat(item.shared()).contains(true);
    assertThat(item.transport()).isEmpty();
    assertThat(item.authMode()).isEmpty();
    assertThat(item.extra()).isEmpty();
  }

  @Test
  void list_sendsEveryQueryOption_encodedAsQueryParameters() {
    wm.server().stubFor(get(urlPathEqualTo("/api/providers")).willReturn(okJson("{\"count\":0,\"items\":[]}")));

    List<PbxTrunk> trunks = client.list(PbxListQuery.builder().filter("startswith(name,'Tel') and enabled eq true")
        .search("acme & co").orderby("name asc, port desc").skip(20).top(50).build()).toList();

    assertThat(trunks).isEmpty();
    LoggedRequest request = wm.onlyRequest();
    assertThat(request.getUrl()).isEqualTo("/api/providers"
        + "?filter=startswith%28name%2C%27Tel%27%29%20and%20enabled%20eq%20true"
        + "&search=acme%20%26%20co&orderby=name%20asc%2C%20port%20desc&skip=20&top=50");
    assertThat(request.queryParameter("filter").firstValue()).isEqualTo("startswith(name,'Tel') and enabled eq true");
    assertThat(request.queryParameter("search").firstValue()).isEqualTo("acme & co");
    assertThat(request.queryParameter("orderby").firstValue()).isEqualTo("name asc, port desc");
  }

  @Test
  void list_of250Trunks_requestsExactlyThreePages_eachOnce() {
    stubPages(250, 100);

    List<PbxTrunk> all = client.list().toList();

    assertThat(all).hasSize(250);
    assertThat(all).extracting(PbxTrunk::id).doesNotHaveDuplicates();
    assertThat(wm.requests()).extracting(LoggedRequest::getUrl).containsExactly(
        "/api/providers?skip=0&top=100", "/api/providers?skip=100&top=100", "/api/providers?skip=200&top=100");
  }

  @Test
  void list_isLazy_andStartsOverOnEachIteration() {
    stubPages(250, 100);
    Paged<PbxTrunk> listing = client.list();
    assertThat(wm.requests()).isEmpty();

    Iterator<PbxTrunk> it = listing.iterator();
    for (int i = 0; i < 100; i++) {
      it.next();
    }
    assertThat(wm.requests()).hasSize(1);
    it.next();
    assertThat(wm.requests()).hasSize(2);

    assertThat(listing.limit(5).toList()).hasSize(5);
    assertThat(wm.requests()).extracting(LoggedRequest::getUrl).containsExactly(
        "/api/providers?skip=0&top=100", "/api/providers?skip=100&top=100", "/api/providers?skip=0&top=100");
  }

  @Test
  void list_fromSkip_stopsAtTheCount_withoutAnExtraRequest() {
    stubPages(250, 100);

    List<PbxTrunk> rest = client.list(PbxListQuery.builder().skip(200).build()).toList();

    assertThat(rest).hasSize(50);
    assertThat(wm.requests()).extracting(LoggedRequest::getUrl).containsExactly("/api/providers?skip=200&top=100");
  }

  @Test
  void list_withoutCount_stopsOnAShortPage() {
    wm.server().stubFor(get(urlEqualTo("/api/providers?skip=0&top=2")).willReturn(okJson(
        "{\"items\":[{\"id\":\"a\"},{\"id\":\"b\"}]}")));
    wm.server().stubFor(get(urlEqualTo("/api/providers?skip=2&top=2")).willReturn(okJson(
        "{\"items\":[{\"id\":\"c\"}]}")));

    assertThat(client.list(PbxListQuery.builder().top(2).build()).toList()).extracting(PbxTrunk::id)
        .containsExactly("a", "b", "c");
    assertThat(wm.requests()).hasSize(2);
  }

  // ---- create / get / update -------------------------------------------------------------------------------------

  @Test
  void create_sendsEveryField_andReturnsTheNewId() throws Exception {
    String body = PbxAccount.realisticCreateBody();
    wm.server().stubFor(post(urlEqualTo("/api/providers")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(wm.payload("created.json"))));
    PbxTrunkSpec spec = Json.mapper().readValue(body, PbxTrunkSpec.class);

    String id = client.create(spec);

    assertThat(id).isEqualTo(ID);
    LoggedRequest request = wm.onlyRequest();
    assertThat(request.getMethod().value()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo("/api/providers");
    assertAuthAndJsonHeaders(request);
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(equalToJson(body).match(request.getBodyAsString()).isExactMatch())
        .as("body %s", request.getBodyAsString()).isTrue();
    assertThat(spec.toString()).doesNotContain("4r=h;EaCB85QNtr2").contains("password=****");
  }

  @Test
  void get_readsEveryFieldOfTheSeedPayload() {
    wm.server().stubFor(get(urlEqualTo("/api/providers/" + ID)).willReturn(okJson(wm.payload(
        "provider.json"))));

    PbxTrunk t = client.get(ID);

    LoggedRequest request = wm.onlyRequest();
    assertThat(request.getMethod().value()).isEqualTo("GET");
    assertAuthAndJsonHeaders(request);
    assertSeedTrunk(t);
  }

  @Test
  void get_writesBackTheSeedPayloadUnchanged() throws Exception {
    wm.server().stubFor(get(urlEqualTo("/api/providers/" + ID)).willReturn(okJson(wm.payload(
        "provider.json"))));

    String written = Json.mapper().writeValueAsString(client.get(ID));

    assertThat(Json.mapper().readTree(written)).isEqualTo(Json.mapper().readTree(wm.payload(
        "provider.json")));
  }

  @Test
  void update_sendsEveryField_asPost_withoutCreateOnlyFields() throws Exception {
    String body = realisticUpdateBody();
    wm.server().stubFor(post(urlEqualTo("/api/providers/" + ID)).willReturn(aResponse().withStatus(200)));
    PbxTrunkUpdate update = Json.mapper().readValue(body, PbxTrunkUpdate.class);

    client.update(ID, update);

    LoggedRequest request = wm.onlyRequest();
    assertThat(request.getMethod().value()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo("/api/providers/" + ID);
    assertAuthAndJsonHeaders(request);
    assertThat(equalToJson(body).match(request.getBodyAsString()).isExactMatch())
        .as("body %s", request.getBodyAsString()).isTrue();
    JsonNode sent = Json.mapper().readTree(request.getBodyAsString());
    assertThat(sent.has("brand")).isFalse();
    assertThat(sent.has("auth_mode")).isFalse();
  }

  @Test
  void update_isPartial_sendingOnlyWhatIsSet() {
    wm.server().stubFor(post(urlEqualTo("/api/providers/" + ID)).willReturn(aResponse().withStatus(200)));

    client.update(ID, PbxTrunkUpdate.builder().enabled(false).concurrency(8).build());

    assertThat(wm.onlyRequest().getBodyAsString()).isEqualTo("{\"enabled\":false,\"concurrency\":8}");
  }

  @Test
  void update_isRetriedOn503_asAnIdempotentCall() {
    wm.server().stubFor(post(urlEqualTo("/api/providers/" + ID)).inScenario("s").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    wm.server().stubFor(post(urlEqualTo("/api/providers/" + ID)).inScenario("s").whenScenarioStateIs("ok")
        .willReturn(aResponse().withStatus(200)));

    client.update(ID, PbxTrunkUpdate.builder().name("again").build());

    assertThat(wm.requests()).hasSize(2).allSatisfy(r -> assertThat(r.getBodyAsString())
        .isEqualTo("{\"name\":\"again\"}"));
  }

  @Test
  void readModifyWrite_keepsFieldsAndEnumValuesOfLaterPbxVersions_andSendsOnlyTheChange() throws Exception {
    String newer = wm.payload("provider-newer-version.json");
    String id = "NzAwNTUxOTA5NzczMTQ4MTYy";
    wm.server().stubFor(get(urlEqualTo("/api/providers/" + id)).willReturn(okJson(newer)));
    wm.server().stubFor(post(urlEqualTo("/api/providers/" + id)).willReturn(aResponse().withStatus(200)));

    PbxTrunk trunk = client.get(id);
    assertThat(trunk.extra()).containsOnlyKeys("remove_plus_prefix", "tel_uri_scheme_for_request_line",
        "force_outbound_proxy", "enable_sdp_codecs", "sdp_codecs", "custom_headers");
    PbxInboundParameters in = trunk.inboundParameters().orElseThrow();
    assertThat(in.callerNum()).contains(PbxHeaderSource.of("HISTORY_INFO_USER_PART"));
    assertThat(in.callerNum().orElseThrow().isKnown()).isFalse();
    assertThat(in.privacyTypesSupported().orElseThrow().value()).isEqualTo("CRITICAL");
    assertThat(in.dropCallsWithVerificationStatus().orElseThrow()).containsExactly(
        PbxVerificationStatus.TN_VALIDATION_FAILED, PbxVerificationStatus.of("TN-Validation-Failed-Z"));
    assertThat(in.extra()).containsOnlyKeys("strip_identity_header");
    PbxOutboundParameters out = trunk.outboundParameters().orElseThrow();
    assertThat(out.requestLineUriUserPart().orElseThrow().value()).contains(PbxUserPartSource.of("DIVERSION_USER"));
    assertThat(out.extra()).containsOnlyKeys("diversion_user_part");

    client.update(id, PbxTrunkUpdate.from(trunk).name("Telnyx US (renamed)").build());

    ObjectNode kept = (ObjectNode) Json.mapper().readTree(newer);
    kept.remove(List.of("id", "shared", "brand", "auth_mode"));
    kept.put("name", "Telnyx US (renamed)");
    assertThat((JsonNode) Json.mapper().valueToTree(PbxTrunkUpdate.from(trunk).name("Telnyx US (renamed)").build()))
        .isEqualTo(kept);
    String sent = wm.requests().get(1).getBodyAsString();
    assertThat(sent).isEqualTo("{\"name\":\"Telnyx US (renamed)\"}");
  }

  // ---- status / destroy ------------------------------------------------------------------------------------------

  @Test
  void status_readsOnlineAndKeepsAnUnknownValue() {
    wm.server().stubFor(get(urlEqualTo("/api/providers/" + ID + "/status")).willReturn(okJson(
        wm.payload("status.json"))));
    wm.server().stubFor(get(urlEqualTo("/api/providers/other/status")).willReturn(okJson(
        "{\"status\":\"DEGRADED\",\"since\":\"2026-03-31T10:00:00Z\"}")));

    assertThat(client.status(ID).status()).contains(PbxStatus.ONLINE);
    PbxTrunkStatus other = client.status("other");
    assertThat(other.status().orElseThrow().value()).isEqualTo("DEGRADED");
    assertThat(other.status().orElseThrow().isKnown()).isFalse();
    assertThat(other.extra()).containsKey("since");
    LoggedRequest first = wm.requests().get(0);
    assertThat(first.getMethod().value()).isEqualTo("GET");
    assertThat(first.getUrl()).isEqualTo("/api/providers/" + ID + "/status");
    assertAuthAndJsonHeaders(first);
  }

  @Test
  void destroy_postsToDestroy_andAccepts204() {
    wm.server().stubFor(post(urlEqualTo("/api/providers/" + ID + "/destroy")).willReturn(aResponse().withStatus(204)));

    client.destroy(ID);

    LoggedRequest request = wm.onlyRequest();
    assertThat(request.getMethod().value()).isEqualTo("POST");
    assertThat(request.getUrl()).isEqualTo("/api/providers/" + ID + "/destroy");
    assertThat(request.getBodyAsString()).isEmpty();
    assertAuthAndJsonHeaders(request);
  }

  @Test
  void destroy_ofATrunkInUse_isAConflict_withTheVendorCode() {
    wm.server().stubFor(post(urlEqualTo("/api/providers/" + ID + "/destroy")).willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/json").withBody(wm.payload("error-resource-in-use.json"))));

    assertThatThrownBy(() -> client.destroy(ID)).isInstanceOfSatisfying(TrunkConflictException.class, e -> {
      assertThat(e.vendorCode()).contains("RESOURCE_IN_USE");
      assertThat(e.vendorMessage()).contains("The provider is in use by outbound rules");
      assertThat(e.getMessage()).contains("POST /api/providers/" + ID + "/destroy", "409", "RESOURCE_IN_USE");
    });
    assertThat(wm.requests()).hasSize(1);
  }

  @Test
  void destroy_withAnInvalidId_isANotFound() {
    wm.server().stubFor(post(urlEqualTo("/api/providers/bad/destroy")).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json").withBody(wm.payload("error-invalid-id.json"))));

    assertThatThrownBy(() -> client.destroy("bad")).isInstanceOfSatisfying(TrunkNotFoundException.class,
        e -> assertThat(e.vendorMessage()).contains("Invalid provider ID supplied."));
    assertThat(wm.requests()).hasSize(1);
  }

  // ---- export ----------------------------------------------------------------------------------------------------

  @Test
  void export_streamsTheFileToAnOutputStream() {
    byte[] file = new byte[300_000];
    new Random(7).nextBytes(file);
    wm.server().stubFor(get(urlEqualTo("/api/providers/export")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/octet-stream")
        .withHeader("Content-Disposition", "attachment; filename=\"providers.xlsx\"").withBody(file)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    long written = client.export(out);

    assertThat(written).isEqualTo(file.length);
    assertThat(out.toByteArray()).isEqualTo(file);
    LoggedRequest request = wm.onlyRequest();
    assertThat(request.getMethod().value()).isEqualTo("GET");
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + PbxAccount.TOKEN);
    assertThat(request.getHeader("Accept")).isEqualTo("*/*");
  }

  @Test
  void export_toAPath_replacesTheFileOnlyWhenComplete(@TempDir Path dir) throws Exception {
    byte[] file = wm.payload("export.csv").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    wm.server().stubFor(get(urlEqualTo("/api/providers/export")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/octet-stream").withBody(file)));
    Path target = dir.resolve("providers.csv");
    Files.writeString(target, "old");

    assertThat(client.export(target)).isEqualTo(file.length);
    assertThat(Files.readAllBytes(target)).isEqualTo(file);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toList()))
          .containsExactly("providers.csv");
    }
  }

  @Test
  void export_toAPath_thatFails_leavesNoPartialFile(@TempDir Path dir) throws Exception {
    wm.server().stubFor(get(urlEqualTo("/api/providers/export")).willReturn(aResponse()
        .withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
    Path target = dir.resolve("providers.csv");

    assertThatThrownBy(() -> client.export(target)).isInstanceOf(TrunkTransportException.class);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  // ---- tenant assignees ------------------------------------------------------------------------------------------

  @Test
  void assignees_listsTheTenants() {
    wm.server().stubFor(get(urlEqualTo("/api/providers/" + ID + "/assignees")).willReturn(okJson(
        wm.payload("assignees.json"))));

    List<PbxAssignee> list = client.assignees(ID).toList();

    LoggedRequest request = wm.onlyRequest();
    assertThat(request.getMethod().value()).isEqualTo("GET");
    assertAuthAndJsonHeaders(request);
    assertThat(list).hasSize(1);
    assertAssignee(list.get(0));
  }

  @Test
  void assignee_readsOneTenant_and404IsNotFound() {
    String tenant = "NzAwNTUxOTA5NzczMTQ4MTYx";
    wm.server().stubFor(get(urlEqualTo("/api/providers/" + ID + "/assignees/" + tenant)).willReturn(okJson(
        wm.payload("assignee.json"))));
    wm.server().stubFor(get(urlEqualTo("/api/providers/" + ID + "/assignees/none")).willReturn(aResponse()
        .withStatus(404).withHeader("Content-Type", "application/json")
        .withBody("{\"errors\":[{\"code\":\"UNKNOWN\",\"message\":\"not assigned\"}]}")));

    assertAssignee(client.assignee(ID, tenant));
    assertThat(wm.requests().get(0).getMethod().value()).isEqualTo("GET");
    assertAuthAndJsonHeaders(wm.requests().get(0));
    assertThatThrownBy(() -> client.assignee(ID, "none")).isInstanceOfSatisfying(TrunkNotFoundException.class,
        e -> assertThat(e.vendorCode()).contains("UNKNOWN"));
  }

  @Test
  void assign_postsTheAssignment() {
    String tenant = "NzAwNTUxOTA5NzczMTQ4MTYx";
    wm.server().stubFor(post(urlEqualTo("/api/providers/" + ID + "/assignees/" + tenant))
        .willReturn(aResponse().withStatus(204)));

    client.assign(ID, tenant, PbxAssignment.builder().didNumbers("3000;12000-18000").concurrency(10).build());

    LoggedRequest request = wm.onlyRequest();
    assertThat(request.getMethod().value()).isEqualTo("POST");
    assertAuthAndJsonHeaders(request);
    assertThat(request.getBodyAsString()).isEqualTo("{\"did_numbers\":\"3000;12000-18000\",\"concurrency\":10}");
  }

  @Test
  void unassign_postsToDestroy_and409IsAConflict() {
    String tenant = "NzAwNTUxOTA5NzczMTQ4MTYx";
    wm.server().stubFor(post(urlEqualTo("/api/providers/" + ID + "/assignees/" + tenant + "/destroy"))
        .willReturn(aResponse().withStatus(204)));
    wm.server().stubFor(post(urlEqualTo("/api/providers/" + ID + "/assignees/busy/destroy")).willReturn(aResponse()
        .withStatus(409).withHeader("Content-Type", "application/json")
        .withBody(wm.payload("error-resource-in-use.json"))));

    client.unassign(ID, tenant);
    LoggedRequest request = wm.onlyRequest();
    assertThat(request.getMethod().value()).isEqualTo("POST");
    assertThat(request.getBodyAsString()).isEmpty();
    assertAuthAndJsonHeaders(request);
    assertThatThrownBy(() -> client.unassign(ID, "busy")).isInstanceOfSatisfying(TrunkConflictException.class,
        e -> assertThat(e.vendorCode()).contains("RESOURCE_IN_USE"));
  }

  // ---- helpers ---------------------------------------------------------------------------------------------------

  static void assertAuthAndJsonHeaders(LoggedRequest request) {
    assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + PbxAccount.TOKEN);
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("User-Agent")).startsWith("trunkline/").contains("pbx");
  }

  private static void assertAssignee(PbxAssignee a) {
    assertThat(a.tenantId()).contains("NzAwNTUxOTA5NzczMTQ4MTYx");
    assertThat(a.tenantName()).contains("Acme Holding");
    assertThat(a.didNumbers()).contains("3000;12000-18000");
    assertThat(a.concurrency()).contains(10);
    assertThat(a.extra()).isEmpty();
  }

  /** Every field of the seed's detail payload, typed. */
  static void assertSeedTrunk(PbxTrunk t) {
    assertThat(t.id()).isEqualTo(ID);
    assertThat(t.name()).contains("text");
    assertThat(t.enabled()).contains(true);
    assertThat(t.brand()).contains("text");
    assertThat(t.authMode()).contains(PbxAuthMode.IP_AUTH);
    assertThat(t.transport()).contains(PbxTransport.UDP);
    assertThat(t.hostname()).contains("text");
    assertThat(t.port()).contains(80);
    assertThat(t.authId()).contains("text");
    assertThat(t.username()).contains("text");
    assertThat(t.registration()).contains(true);
    assertThat(t.registerInterval()).contains(600);
    assertThat(t.outboundServer()).contains("text");
    assertThat(t.outboundServerPort()).contains(80);
    assertThat(t.inlan()).contains(false);
    assertThat(t.singleViaHeader()).contains(true);
    assertThat(t.rewriteViaIp()).contains(true);
    assertThat(t.verifyPort()).contains(true);
    assertThat(t.keepAlive()).contains(true);
    assertThat(t.keepAliveInterval()).contains(360);
    assertThat(t.concurrency()).contains(1);
    assertThat(t.additionalIps()).contains("text");
    assertThat(t.adjustSdpDirection()).contains(true);
    assertThat(t.removeSrtpInfo()).contains(true);
    assertThat(t.stirShakenSignatureRequired()).contains(false);
    assertThat(t.didNumbers()).contains("text");
    assertThat(t.shared()).contains(true);
    assertThat(t.extra()).isEmpty();
    PbxInboundParameters in = t.inboundParameters().orElseThrow();
    assertThat(in.callerNum()).contains(PbxHeaderSource.REQUEST_LINE_URI_USER_PART);
    assertThat(in.callerDisplayName()).contains(PbxHeaderSource.REQUEST_LINE_URI_USER_PART);
    assertThat(in.calledNum()).contains(PbxHeaderSource.REQUEST_LINE_URI_USER_PART);
    assertThat(in.privacyTypesSupported()).contains(PbxPrivacyType.DEFAULT);
    assertThat(in.enableStirShakenValidation()).contains(false);
    assertThat(in.paiHeaderParameterName()).contains("verstat");
    assertThat(in.dropCallsWithVerificationStatus().orElseThrow()).containsExactly(PbxVerificationStatus.of("text"));
    assertThat(in.passApiHeaderToUad()).contains(false);
    assertThat(in.extra()).isEmpty();
    PbxOutboundParameters out = t.outboundParameters().orElseThrow();
    PbxUserPartRule user = PbxUserPartRule.builder().value(PbxUserPartSource.AUTH_ID).customValue("text").build();
    PbxHostPartRule host = PbxHostPartRule.builder().value(PbxHostPartSource.TRUNK_HOST_PORT).customValue("text")
        .build();
    Stream.of(out.requestLineUriUserPart(), out.contactUserPart(), out.toDisplayName(), out.toUserPart(),
        out.fromDisplayName(), out.fromUserPart(), out.remotePartyIdCalledPartyDisplayName(),
        out.remotePartyIdCalledPartyUserPart(), out.remotePartyIdCallingPartyDisplayName(),
        out.remotePartyIdCallingPartyUserPart(), out.pAssertedIdentityDisplayName(), out.pAssertedIdentityUserPart(),
        out.pPreferredIdentifyDisplayName(), out.pPreferredIdentifyUserPart(), out.pCalledPartyIdDisplayName(),
        out.pCalledPartyIdUserPart()).forEach(rule -> assertThat(rule).contains(user));
    Stream.of(out.requestLineUriHostPart(), out.contactHostPart(), out.toHostPart(), out.fromHostPart(),
        out.remotePartyIdCalledPartyHostPart(), out.remotePartyIdCallingPartyHostPart(),
        out.pAssertedIdentityHostPart(), out.pPreferredIdentifyHostPart(), out.pCalledPartyIdHostPart())
        .forEach(rule -> assertThat(rule).contains(host));
    assertThat(out.privacyTypesSupported()).contains(PbxPrivacyType.DEFAULT);
    assertThat(out.extra()).isEmpty();
  }

  /** The seed's update body with values the PBX (and this SDK) accept. */
  static String realisticUpdateBody() throws Exception {
    ObjectNode body = (ObjectNode) Json.mapper().readTree(wm.payload("update-request.json"));
    body.put("name", "Telnyx US").put("transport", "TCP").put("hostname", "sip.telnyx.com").put("port", 5060)
        .put("auth_id", "acme").put("username", "acme").put("password", "n3w-Pa55word")
        .put("outbound_server", "sip.telnyx.com").put("outbound_server_port", 5060)
        .put("additional_ips", "192.0.2.0/24").put("did_numbers", "3000");
    return Json.mapper().writeValueAsString(body);
  }

  private static void stubPages(int total, int size) {
    for (int skip = 0; skip < total; skip += size) {
      StringBuilder items = new StringBuilder();
      for (int i = skip; i < Math.min(total, skip + size); i++) {
        items.append(i == skip ? "" : ",").append("{\"id\":\"id-").append(i).append("\",\"name\":\"trunk ")
            .append(i).append("\",\"enabled\":true,\"brand\":\"b\",\"hostname\":\"sip.example.com\",\"port\":5060,")
            .append("\"did_numbers\":\"").append(3000 + i).append("\",\"shared\":false}");
      }
      wm.server().stubFor(get(urlEqualTo("/api/providers?skip=" + skip + "&top=" + size)).willReturn(okJson(
          "{\"count\":" + total + ",\"items\":[" + items + "]}")));
    }
  }
}

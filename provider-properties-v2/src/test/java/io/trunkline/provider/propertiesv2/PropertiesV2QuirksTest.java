package io.trunkline.provider.propertiesv2;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkApiValidationException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.provider.propertiesv2.internal.PropertiesV2ProviderFactory;
import io.trunkline.testing.propertiesv2.PropertiesV2Simulator.Timestamps;
import io.trunkline.testing.propertiesv2.PropertiesV2Simulator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Fone Dynamics' open questions and its framework's habits (ServiceStack), each played by a simulator switch
 * (issue 15): the exact requests the provider and the typed client send, and what they read — a write applied,
 * refused or of unknown outcome, never one reported as another, and no field lost or invented.
 */
@Timeout(60)
class PropertiesV2QuirksTest {
  /** The fields of the documented create and update body: nothing else may be sent unless the caller changes it. */
  private static final Set<String> REQUEST_FIELDS = Set.of("Name", "DefaultCallerId", "Type", "SipTrunkIpAddresses",
      "SipTrunkCredentials", "SipTrunkAllowedCountries", "ChannelLimit", "CustomerReference");
  private static final String PASSWORD = "Kept!Secret-42";

  private PropertiesV2Simulator sim;
  private TrunkProvider provider;
  private PropertiesV2Client client;

  @BeforeEach
  void start() {
    sim = (PropertiesV2Simulator) new PropertiesV2Simulator().start();
    sim.seedDemoData();
    provider = open(sim.config());
    client = provider.unwrap(PropertiesV2Client.class);
  }

  @AfterEach
  void stop() {
    provider.close();
    sim.close();
  }

  private static TrunkProvider open(ProviderConfig config) {
    return new PropertiesV2ProviderFactory().create(ProviderConfig.builder().from(config)
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build())
        .build());
  }

  private JsonNode stored(String name) {
    return sim.trunks().stream().filter(t -> t.path("Name").asText().equals(name)).findFirst().orElseThrow();
  }

  private String sid(String name) {
    return stored(name).get("SipTrunkSid").asText();
  }

  /** Method and URL of every request the simulator saw, in order. */
  private List<String> requests() {
    return events().stream().map(e -> e.getRequest().getMethod().value() + " " + e.getRequest().getUrl())
        .collect(Collectors.toList());
  }

  private List<ServeEvent> events() {
    return sim.journal();
  }

  private List<JsonNode> puts() throws Exception {
    List<JsonNode> bodies = new ArrayList<>();
    for (ServeEvent e : events()) {
      if (e.getRequest().getMethod().value().equals("PUT")) {
        bodies.add(Json.mapper().readTree(e.getRequest().getBodyAsString()));
      }
    }
    return bodies;
  }

  private static Set<String> names(JsonNode body) {
    Set<String> names = new TreeSet<>();
    body.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The writable fields of a stored trunk as a request carries them: entries without their time stamps. */
  private static JsonNode writable(JsonNode trunk) {
    ObjectNode fields = Json.object();
    for (String name : REQUEST_FIELDS) {
      if (trunk.has(name)) {
        fields.set(name, trunk.get(name).deepCopy());
      }
    }
    if (fields.has("SipTrunkAllowedCountries")) {
      ((ArrayNode) fields.get("SipTrunkAllowedCountries")).forEach(c -> ((ObjectNode) c).remove(
          List.of("Created", "Modified")));
    }
    return fields;
  }

  /** Every field of a trunk the provider returned, copied into an update as a desired-state caller would. */
  private static TrunkUpdate.Builder sameAs(SipTrunk t) {
    TrunkUpdate.Builder update = TrunkUpdate.builder().putAllAttributes(t.attributes());
    t.name().ifPresent(update::name);
    t.authMode().ifPresent(update::authMode);
    t.username().ifPresent(update::username);
    t.callerId().ifPresent(update::callerId);
    t.maxChannels().ifPresent(update::maxChannels);
    if (!t.allowedIps().isEmpty()) {
      update.allowedIps(t.allowedIps());
    }
    return update;
  }

  // ---- 1. updates that change only what changes, whether PUT merges or replaces --------------------------------

  @Test
  void update_ofOneField_underAReplacingPut_clearsNoOtherField() throws Exception {
    sim.replaceOnPut();
    String id = sid("Brisbane branch office");
    JsonNode before = writable(stored("Brisbane branch office"));

    SipTrunk updated = provider.update(id, TrunkUpdate.builder().maxChannels(12).build());

    ObjectNode expected = ((ObjectNode) before.deepCopy()).put("ChannelLimit", 12);
    assertThat(puts()).containsExactly(expected);
    assertThat(writable(stored("Brisbane branch office"))).isEqualTo(expected);
    assertThat(updated.maxChannels()).contains(12);
    assertThat(updated.allowedIps()).containsExactly("13.54.22.0/28");
    assertThat(updated.attributes()).containsEntry("CustomerReference", TextNode.valueOf("BNE-BR-02"));
    assertThat(requests()).extracting(r -> r.substring(0, r.indexOf(' '))).containsExactly("GET", "PUT", "GET");
  }

  @Test
  void update_ofAnAuthenticatedTrunk_withItsPassword_sendsTheWholeTrunk_andAReplacingPutKeepsTheCredentials()
      throws Exception {
    sim.replaceOnPut();
    String id = sid("Melbourne contact centre");

    provider.update(id, TrunkUpdate.builder().name("Melbourne CC").password(Secret.of(PASSWORD)).build());

    assertThat(puts()).singleElement().satisfies(sent -> {
      assertThat(names(sent)).isEqualTo(Set.of("Name", "DefaultCallerId", "Type", "SipTrunkCredentials",
          "SipTrunkAllowedCountries", "ChannelLimit", "CustomerReference"));
      assertThat(sent.get("SipTrunkCredentials").get("Realm").asText()).isEqualTo("melb-cc.example.com.au");
      assertThat(sent.get("SipTrunkCredentials").get("Password").asText()).isEqualTo(PASSWORD);
    });
    JsonNode after = stored("Melbourne CC");
    assertThat(after.get("SipTrunkCredentials").get("Realm").asText()).isEqualTo("melb-cc.example.com.au");
    assertThat(after.get("ChannelLimit").asInt()).isEqualTo(60);
    assertThat(after.get("ExternalReference").asText()).as("not the PUT's to reset").isEqualTo("SF-0012931");
  }

  @Test
  void update_ofAnAuthenticatedTrunk_withoutItsPassword_leavesTypeAndCredentialsOut_neverSendingThemHalf()
      throws Exception {
    String id = sid("Melbourne contact centre");

    provider.update(id, TrunkUpdate.builder().maxChannels(61).build());

    assertThat(puts()).singleElement().satisfies(sent -> assertThat(names(sent)).isEqualTo(Set.of("Name",
        "DefaultCallerId", "SipTrunkAllowedCountries", "ChannelLimit", "CustomerReference")));
    assertThat(stored("Melbourne contact centre").get("SipTrunkCredentials").get("Realm").asText())
        .as("a merging PUT keeps them").isEqualTo("melb-cc.example.com.au");

    sim.replaceOnPut();
    assertThatThrownBy(() -> provider.update(id, TrunkUpdate.builder().maxChannels(62).build()))
        .as("a replacing PUT that requires Type refuses the update: nothing changed")
        .isInstanceOf(TrunkApiValidationException.class);
    assertThat(stored("Melbourne contact centre").get("ChannelLimit").asInt()).isEqualTo(61);
    assertThat(stored("Melbourne contact centre").get("SipTrunkCredentials").get("Realm").asText())
        .isEqualTo("melb-cc.example.com.au");
  }

  @Test
  void update_sendsOnlyFieldsOfTheDocumentedBody_neverReadOnlyOrAnswerOnlyOnes() throws Exception {
    for (String name : List.of("Melbourne contact centre", "Perth warehouse", "Adelaide failover")) {
      TrunkUpdate.Builder update = TrunkUpdate.builder().maxChannels(3);
      if (stored(name).has("SipTrunkCredentials")) {
        update.password(Secret.of(PASSWORD));
      }
      provider.update(sid(name), update.build());
    }

    assertThat(puts()).hasSize(3).allSatisfy(sent -> {
      assertThat(REQUEST_FIELDS).containsAll(names(sent));
      assertThat(sent.toString()).doesNotContain("Created", "Modified", "EndDate", "ExternalReference",
          "ProvisioningState", "SipTrunkSid");
    });
  }

  @Test
  void typedUpdate_builtFromTheDetails_keepsEveryFieldUnderAReplacingPut() throws Exception {
    sim.replaceOnPut();
    String id = sid("Brisbane branch office");
    JsonNode before = writable(stored("Brisbane branch office"));

    client.updateSipTrunk(id, SipTrunkUpdate.builderFrom(client.getSipTrunkDetails(id)).name("Brisbane").build());

    assertThat(puts()).containsExactly(((ObjectNode) before.deepCopy()).put("Name", "Brisbane"));
    assertThat(writable(stored("Brisbane"))).isEqualTo(((ObjectNode) before.deepCopy()).put("Name", "Brisbane"));
  }

  // ---- 3. a neutral read-modify-write of what the provider returned --------------------------------------------

  @Test
  void neutralReadModifyWrite_copyingEveryFieldBack_isAccepted_andSendsOnlyTheTrunkAsItIs() throws Exception {
    sim.replaceOnPut();
    for (SipTrunk trunk : provider.list().toList()) {
      SipTrunk read = provider.get(trunk.id());
      JsonNode before = sim.trunks().stream().filter(t -> t.get("SipTrunkSid").asText().equals(read.id()))
          .findFirst().orElseThrow();
      TrunkUpdate.Builder update = sameAs(read);
      if (read.authMode().equals(java.util.Optional.of(AuthMode.CREDENTIALS))) {
        update.password(Secret.of(PASSWORD));   // never returned, so never copied: the one field a caller adds
      }
      sim.server().resetRequests();

      SipTrunk after = provider.update(read.id(), update.build());

      ObjectNode expected = (ObjectNode) writable(before);
      if (expected.has("SipTrunkCredentials")) {
        ((ObjectNode) expected.get("SipTrunkCredentials")).put("Password", PASSWORD);
      }
      assertThat(puts()).as(read.name().orElseThrow()).containsExactly(expected);
      assertThat(comparable(after)).isEqualTo(comparable(read));
    }
  }

  /** A trunk without what a replacing update renews: its modification time and the allowed countries' stamps. */
  private static SipTrunk comparable(SipTrunk trunk) {
    java.util.Map<String, JsonNode> attributes = new java.util.LinkedHashMap<>(trunk.attributes());
    attributes.computeIfPresent("SipTrunkAllowedCountries", (k, v) -> writable(Json.object().set(k, v)).get(k));
    return SipTrunk.builder().from(trunk).updatedAt(java.util.Optional.empty()).attributes(attributes).build();
  }

  @Test
  void update_ofATrunkAnsweredWithNullNumbers_refusesToResetWhatWasNotReported_andTakesItWhenSet() throws Exception {
    sim.answerNullNumbers().replaceOnPut();
    String id = sid("Sydney PBX primary");
    SipTrunk read = provider.get(id);
    sim.server().resetRequests();

    assertThatThrownBy(() -> provider.update(id, sameAs(read).name("Sydney PBX").build()))
        .hasMessage("maxChannels (ChannelLimit): not reported by properties-v2 for this trunk, and the update sends"
            + " the whole trunk (the vendor's PUT may replace it, resetting what it leaves out): set it in this"
            + " update");
    assertThat(puts()).isEmpty();
    provider.update(id, sameAs(read).name("Sydney PBX").maxChannels(30).build());

    assertThat(puts()).singleElement().satisfies(sent -> {
      assertThat(names(sent)).isEqualTo(Set.of("Name", "DefaultCallerId", "Type", "SipTrunkIpAddresses",
          "SipTrunkAllowedCountries", "ChannelLimit", "CustomerReference"));
      assertThat(sent.get("ChannelLimit").asInt()).isEqualTo(30);
    });
    assertThat(stored("Sydney PBX").get("ChannelLimit").asInt()).isEqualTo(30);
  }

  // ---- 2. reads that never lose or invent data -------------------------------------------------------------------

  @Test
  void reads_takeEnumNames_asTheirCodes() {
    sim.answerEnumNames();

    List<SipTrunk> trunks = provider.list().toList();

    assertThat(trunks).extracting(t -> t.name().orElseThrow() + " " + t.state().orElseThrow() + " "
        + t.authMode().orElseThrow()).containsExactly("Sydney PBX primary ACTIVE IP",
        "Melbourne contact centre ACTIVE CREDENTIALS", "Brisbane branch office PROVISIONING IP",
        "Perth warehouse INACTIVE CREDENTIALS", "Adelaide failover DEPROVISIONING IP");
    assertThat(trunks).allSatisfy(t -> assertThat(t.attributes()).doesNotContainKeys("Type", "ProvisioningState"));
    assertThat(provider.list(TrunkQuery.builder().state(TrunkState.ACTIVE).build()).toList()).hasSize(2);
    assertThat(provider.get(sid("Perth warehouse")).state()).contains(TrunkState.INACTIVE);
    assertThat(client.listSipTrunks().toList()).extracting(s -> s.provisioningState().orElseThrow())
        .containsExactly(SipTrunkProvisioning.ACTIVE, SipTrunkProvisioning.ACTIVE, SipTrunkProvisioning.PROVISIONING,
            SipTrunkProvisioning.INACTIVE, SipTrunkProvisioning.DEPROVISIONING);
    assertThat(client.getSipTrunkDetails(sid("Perth warehouse")).type()).contains(SipTrunkType.AUTHENTICATED);
  }

  @Test
  void reads_keepAnUnknownEnumName_asSent_neverGuessingACode() {
    sim.answerEnumNames();
    String id = sid("Sydney PBX primary");
    sim.server().stubFor(get(urlPathEqualTo("/v2/Properties/" + PropertiesV2Simulator.PROPERTY_SID + "/SipTrunk/"
        + id + "/Details")).atPriority(1).willReturn(okJson("{\"SipTrunkSid\":\"" + id + "\",\"Type\":\"Teams\","
        + "\"ProvisioningState\":\"Suspended\",\"Name\":\"Sydney PBX primary\"}")));

    SipTrunk trunk = provider.get(id);
    SipTrunkDetails details = client.getSipTrunkDetails(id);

    assertThat(trunk.authMode()).contains(AuthMode.OTHER);
    assertThat(trunk.state()).isEmpty();
    assertThat(trunk.attributes()).containsEntry("Type", TextNode.valueOf("Teams"))
        .containsEntry("ProvisioningState", TextNode.valueOf("Suspended"));
    assertThat(details.type()).isEmpty();
    assertThat(details.provisioningState()).isEmpty();
    assertThat(details.extraFields()).containsEntry("Type", TextNode.valueOf("Teams"))
        .containsEntry("ProvisioningState", TextNode.valueOf("Suspended"));
    assertThat(Json.mapper().valueToTree(details).toString()).contains("\"Type\":\"Teams\"",
        "\"ProvisioningState\":\"Suspended\"");
  }

  @Test
  void reads_takeTimestampsAsWholeFractionalOrIsoText() {
    Instant created = Instant.ofEpochSecond(stored("Sydney PBX primary").get("Created").asLong());
    String id = sid("Sydney PBX primary");
    assertThat(provider.get(id).createdAt()).contains(created);
    for (Timestamps style : List.of(Timestamps.FRACTIONAL_SECONDS, Timestamps.ISO_TEXT)) {
      sim.answerTimestampsAs(style);
      Instant expected = created.plusMillis(250);

      assertThat(provider.get(id).createdAt()).as(style.name()).contains(expected);
      assertThat(provider.list().toList().get(0).createdAt()).as(style.name()).contains(expected);
      assertThat(client.getSipTrunkDetails(id).created()).as(style.name()).contains(expected);
      assertThat(client.listSipTrunks().toList().get(3).endDate()).as(style.name()).isPresent();
    }
  }

  @Test
  void details_inServiceStacksResultEnvelope_areRead_byGetTheTypedClientAndTheReadBack() {
    sim.wrapDetails();
    String id = sid("Sydney PBX primary");

    assertThat(provider.get(id).name()).contains("Sydney PBX primary");
    assertThat(provider.get(id).allowedIps()).containsExactly("52.62.10.20/32", "52.62.10.21/32");
    assertThat(client.getSipTrunkDetails(id).channelLimit()).contains(30);
    assertThat(provider.update(id, TrunkUpdate.builder().name("Sydney").build()).name()).contains("Sydney");
  }

  @Test
  void errorsUnder200_inTheResponseStatusBody_areErrors_neverSuccessOrEmpty() {
    sim.answerErrorsWith200();

    assertThatThrownBy(() -> provider.get("STNOSUCHTRUNK")).isInstanceOfSatisfying(TrunkNotFoundException.class,
        e -> assertThat(e.failure().vendorCode()).contains("NotFound"));
    assertThatThrownBy(() -> client.getSipTrunkDetails("STNOSUCHTRUNK")).isInstanceOf(TrunkNotFoundException.class);
    assertThatThrownBy(() -> provider.delete("STNOSUCHTRUNK")).isInstanceOf(TrunkNotFoundException.class);
    assertThatThrownBy(() -> provider.update("STNOSUCHTRUNK", TrunkUpdate.builder().name("x").build()))
        .isInstanceOf(TrunkNotFoundException.class);
    try (TrunkProvider wrongToken = open(ProviderConfig.builder().from(sim.config()).credentials(
        Credentials.userPassword(PropertiesV2Simulator.ACCOUNT_SID, Secret.of("not-the-token"))).build())) {
      assertThatThrownBy(() -> wrongToken.list().toList()).isInstanceOf(TrunkUnauthorizedException.class);
      assertThatThrownBy(() -> wrongToken.unwrap(PropertiesV2Client.class).listSipTrunks().toList())
          .isInstanceOf(TrunkUnauthorizedException.class);
    }
    assertThat(requests()).noneMatch(r -> r.startsWith("PUT"));
  }

  @Test
  void aResponseStatusError_nextToAPayload_isTheError_neverThePayload() {
    String id = sid("Sydney PBX primary");
    String error = "\"ResponseStatus\":{\"ErrorCode\":\"Forbidden\",\"Message\":\"No access to this Property.\"}";
    sim.server().stubFor(get(urlPathMatching(".*/SipTrunk/" + id + "/Details")).atPriority(1).willReturn(okJson(
        "{\"Result\":{\"SipTrunkSid\":\"" + id + "\",\"Name\":\"stale\"}," + error + "}")));
    sim.server().stubFor(get(urlPathMatching(".*/SipTrunks")).atPriority(1).willReturn(okJson(
        "{\"Results\":[{\"SipTrunkSid\":\"" + id + "\"}],\"Total\":1," + error + "}")));

    for (Runnable read : List.<Runnable>of(() -> provider.get(id), () -> client.getSipTrunkDetails(id),
        () -> provider.list().toList(), () -> client.listSipTrunks().toList())) {
      assertThatThrownBy(read::run).isInstanceOfSatisfying(TrunkUnauthorizedException.class, e -> {
        assertThat(e.failure().status()).isEqualTo(403);
        assertThat(e.failure().vendorMessage()).contains("No access to this Property.");
      });
    }
  }

  @Test
  void anUpdateAnsweredWithAnErrorUnder200_isRefused_notReportedAsApplied() {
    String id = sid("Sydney PBX primary");
    sim.server().stubFor(put(urlPathMatching(".*/SipTrunk/" + id)).atPriority(1).willReturn(okJson(
        "{\"ResponseStatus\":{\"ErrorCode\":\"InvalidChannelLimit\",\"Message\":\"ChannelLimit exceeds the plan.\"}}")));

    assertThatThrownBy(() -> provider.update(id, TrunkUpdate.builder().maxChannels(999).build()))
        .isInstanceOfSatisfying(TrunkApiValidationException.class, e -> {
          assertThat(e.failure().vendorCode()).contains("InvalidChannelLimit");
          assertThat(e.failure().vendorMessage()).contains("ChannelLimit exceeds the plan.");
        });
    assertThatThrownBy(() -> client.updateSipTrunk(id, SipTrunkUpdate.builder().channelLimit(999).build()))
        .isInstanceOf(TrunkApiValidationException.class);
    assertThat(requests()).last().isEqualTo("PUT /v2/Properties/" + PropertiesV2Simulator.PROPERTY_SID
        + "/SipTrunk/" + id);
    assertThat(stored("Sydney PBX primary").get("ChannelLimit").asInt()).isEqualTo(30);
  }

  @Test
  void aDeleteRetriedAfterA502_andAnsweredNotFoundUnder200_isDone() {
    String id = sid("Perth warehouse");
    sim.answerErrorsWith200();
    sim.server().stubFor(any(urlPathMatching(".*/SipTrunk/" + id)).atPriority(1).inScenario("gateway")
        .whenScenarioStateIs("Started").willReturn(aResponse().withStatus(502)).willSetStateTo("passed"));
    sim.server().stubFor(any(urlPathMatching(".*/SipTrunk/" + id)).atPriority(2).inScenario("gateway")
        .whenScenarioStateIs("passed").willReturn(okJson(
            "{\"ResponseStatus\":{\"ErrorCode\":\"NotFound\",\"Message\":\"The SIP trunk was not found.\"}}")));

    assertThatCode(() -> provider.delete(id)).doesNotThrowAnyException();
    assertThat(requests()).hasSize(2);
  }

  @Test
  void list_hydraCollection_isReadToItsTotal_throughShortPages() {
    sim.seedTrunks(115);
    sim.wrapListHydra().capPageSize(30);

    assertThat(provider.list().toList()).hasSize(120).extracting(SipTrunk::id).doesNotHaveDuplicates();
    assertThat(client.listSipTrunks().toList()).hasSize(120);
    assertThat(requests()).as("4 pages of 30 each time; the total ends the listing, no empty page asked for")
        .hasSize(8);
  }

  @Test
  void list_whenTheVendorCapsThePageSize_continuesFromTheOffsetReached_toTheEnd() {
    sim.seedTrunks(115);
    sim.capPageSize(20);

    List<SipTrunk> all = provider.list().toList();

    assertThat(all).hasSize(120).extracting(SipTrunk::id).doesNotHaveDuplicates();
    assertThat(requests()).extracting(r -> r.replaceAll(".*Results_Skip=(\\d+)&Results_Count=(\\d+)", "$1/$2"))
        .containsExactly("0/50", "20/50", "40/50", "60/50", "80/50", "100/50", "120/50");
    assertThat(client.listSipTrunks().toList()).hasSize(120);
  }

  @Test
  void list_whenTheVendorIgnoresTheOffset_failsClearly_afterTwoRequests() {
    sim.seedTrunks(115);
    sim.ignoreOffset();

    assertThatThrownBy(() -> provider.list().toList()).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("same page").hasMessageContaining("ignores the offset");
    assertThat(requests()).hasSize(2);
    assertThatThrownBy(() -> client.listSipTrunks().toList()).isInstanceOf(TrunkResponseException.class);
    assertThat(requests()).hasSize(4);
  }

  @Test
  void reads_takeNullInEveryNumberField_asNotReported() {
    sim.answerNullNumbers();

    List<SipTrunk> trunks = provider.list().toList();

    assertThat(trunks).hasSize(5).allSatisfy(t -> {
      assertThat(t.maxChannels()).isEmpty();
      assertThat(t.attributes()).doesNotContainKey("ChannelLimit");
    });
    assertThat(trunks.get(0).attributes()).as("EndDate: null on an active trunk").doesNotContainKey("EndDate");
    assertThat(trunks.get(3).attributes()).containsKey("EndDate");
    assertThat(provider.get(trunks.get(0).id()).maxChannels()).isEmpty();
    assertThat(client.listSipTrunks().toList()).allSatisfy(s -> assertThat(s.channelLimit()).isEmpty());
    SipTrunkDetails details = client.getSipTrunkDetails(trunks.get(0).id());
    assertThat(details.endDate()).isEmpty();
    assertThat(details.extraFields()).isEmpty();
  }

  @Test
  void aCreateWhoseReadBackFails_isApplied_withItsId_andSentOnce() {
    sim.server().stubFor(get(urlPathMatching(".*/SipTrunk/[^/]+/Details")).atPriority(1)
        .willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> provider.create(io.trunkline.core.model.TrunkSpec.builder().name("Hobart")
        .callerId("+61362345678").addAllowedIps("52.62.10.30/32").build()))
        .isInstanceOfSatisfying(io.trunkline.core.error.TrunkWriteAppliedException.class, e -> {
          assertThat(e.trunkId()).isPresent();
          assertThat(stored("Hobart").get("SipTrunkSid").asText()).isEqualTo(e.trunkId().get());
        });
    assertThat(requests().stream().filter(r -> r.startsWith("POST"))).hasSize(1);
  }

  @Test
  void aCreateAnsweredWithASuccessThatCannotBeRead_isApplied_withoutAnId_andSentOnce() {
    sim.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathMatching(".*/SipTrunk"))
        .atPriority(1).willReturn(okJson("{\"Status\":\"Queued\"}")));

    assertThatThrownBy(() -> provider.create(io.trunkline.core.model.TrunkSpec.builder().name("Hobart")
        .callerId("+61362345678").addAllowedIps("52.62.10.30/32").build()))
        .isInstanceOfSatisfying(io.trunkline.core.error.TrunkWriteAppliedException.class, e -> {
          assertThat(e.operation()).isEqualTo("created");
          assertThat(e.trunkId()).isEmpty();
          assertThat(e.getCause()).isInstanceOf(TrunkResponseException.class);
        });
    assertThat(requests()).containsExactly("POST /v2/Properties/" + PropertiesV2Simulator.PROPERTY_SID
        + "/SipTrunk");
  }

  @Test
  void aCreateAnsweredWithA502_isOfUnknownOutcome_andSentOnce() {
    sim.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathMatching(".*/SipTrunk"))
        .atPriority(1).willReturn(aResponse().withStatus(502)));

    assertThatThrownBy(() -> provider.create(io.trunkline.core.model.TrunkSpec.builder().name("Hobart")
        .callerId("+61362345678").addAllowedIps("52.62.10.30/32").build()))
        .isInstanceOfSatisfying(io.trunkline.core.error.TrunkServerException.class,
            e -> assertThat(e.outcomeUnknown()).isTrue());
    assertThat(requests()).hasSize(1);
  }
}

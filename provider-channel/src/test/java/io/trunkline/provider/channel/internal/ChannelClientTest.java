package io.trunkline.provider.channel.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.trunkline.provider.channel.internal.ChannelAccount.ACCOUNT_PATH;
import static io.trunkline.provider.channel.internal.ChannelAccount.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Credentials;
import io.trunkline.core.Paged;
import io.trunkline.core.Secret;
import io.trunkline.provider.channel.ChannelAudioStream;
import io.trunkline.provider.channel.ChannelCallBarring;
import io.trunkline.provider.channel.ChannelCallerId;
import io.trunkline.provider.channel.ChannelClient;
import io.trunkline.provider.channel.ChannelClip;
import io.trunkline.provider.channel.ChannelDid;
import io.trunkline.provider.channel.ChannelEdit;
import io.trunkline.provider.channel.ChannelEditResult;
import io.trunkline.provider.channel.ChannelFailover;
import io.trunkline.provider.channel.ChannelNumber;
import io.trunkline.provider.channel.ChannelProxy;
import io.trunkline.provider.channel.ChannelSipTrunk;
import io.trunkline.provider.channel.ChannelTemplate;
import io.trunkline.provider.channel.ClipMethod;
import io.trunkline.provider.channel.MicrosoftTeamsConfiguration;
import io.trunkline.provider.channel.OperatorConnectNumber;
import io.trunkline.provider.channel.OperatorConnectNumberType;
import io.trunkline.provider.channel.Ping;
import io.trunkline.contract.WireMockVendor;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every endpoint of the document: the exact request sent and every field read from the answer. */
class ChannelClientTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = ChannelAccount.wireMock();
  private TrunkProvider provider = wm.provider();
  private ChannelClient client = provider.unwrap(ChannelClient.class);

  private static final String JSON_CONTENT = "application/json; charset=utf-8";

  private RequestPatternBuilder authenticated(RequestPatternBuilder request) {
    return request.withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("Accept", equalTo("application/json"));
  }

  private void stub(MappingBuilder mapping) {
    wm.server().stubFor(mapping);
  }

  // ---- connect number ----

  @Test
  void connectNumber_postsChannelNameAndNumber_andReadsTheAnswer() {
    stub(post(urlEqualTo("/v1/channel-number"))
        .willReturn(jsonResponse(wm.payload("connect-number-response.json"), 201)));

    ChannelNumber answer = client.connectNumber("name", "+31500000000");

    wm.server().verify(1, authenticated(postRequestedFor(urlEqualTo("/v1/channel-number")))
        .withHeader("Content-Type", equalToIgnoreCase(JSON_CONTENT))
        .withRequestBody(equalToJson(wm.payload("connect-number-request.json"))));
    assertThat(wm.requests()).hasSize(1);
    assertThat(answer.channelName()).isEqualTo("name");
    assertThat(answer.number()).isEqualTo("+31500000000");
    assertThat(answer.extraFields()).isEmpty();
  }

  @Test
  void connectNumber_answeredWithoutBody_returnsWhatWasSent() {
    stub(post(urlEqualTo("/v1/channel-number")).willReturn(aResponse().withStatus(201)));

    ChannelNumber answer = client.connectNumber("acme-amsterdam", "+31207001109");

    assertThat(answer).isEqualTo(ChannelNumber.of("acme-amsterdam", "+31207001109"));
  }

  @Test
  void connectNumber_keepsFieldsTheDocumentDoesNotDescribe() {
    stub(post(urlEqualTo("/v1/channel-number")).willReturn(jsonResponse("{\"channel_name\":\"name\",\"number\":\"+31500000000\",\"id\":77,\"connected_at\":\"2026-01-02\"}", 201)));

    ChannelNumber answer = client.connectNumber("name", "+31500000000");

    assertThat(answer.extraFields()).containsOnlyKeys("id", "connected_at");
    assertThat(answer.extraFields().get("id").asInt()).isEqualTo(77);
  }

  // ---- disconnect number ----

  @Test
  void disconnectNumber_deletesWithThePlusKeptLiterallyInOnePathSegment() {
    stub(delete(urlEqualTo("/v1/channel-number/+31500000000")).willReturn(aResponse().withStatus(204)));

    client.disconnectNumber("+31500000000");

    wm.server().verify(1, authenticated(deleteRequestedFor(urlEqualTo("/v1/channel-number/+31500000000"))));
    assertThat(wm.onlyRequest().getUrl()).isEqualTo("/v1/channel-number/+31500000000");
    assertThat(wm.onlyRequest().getBody()).isEmpty();
  }

  // ---- caller IDs ----

  @Test
  void callerIds_defaultPage_sendsOffsetZeroAndLimit100_andReadsTheDocumentExample() {
    stub(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-callerids?offset=0&limit=100"))
        .willReturn(jsonResponse(wm.payload("callerids.json"), 200)));
    stub(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-callerids?offset=3&limit=100"))
        .willReturn(jsonResponse("[]", 200)));

    List<ChannelCallerId> ids = client.callerIds().toList();

    wm.server().verify(1, authenticated(getRequestedFor(
        urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-callerids?offset=0&limit=100"))));
    assertThat(wm.requests()).as("a short page is followed by one more request: the server may cap its pages")
        .hasSize(2);
    assertThat(ids).extracting(ChannelCallerId::callerId)
        .containsExactly("+4921100000000", "+4921100000001", "+4921100000002");
    assertThat(ids).allSatisfy(id -> assertThat(id.extraFields()).isEmpty());
  }

  @Test
  void callerIds_arePagedByOffsetAndLimit_lazily_untilAnEmptyAnswer() {
    String path = ACCOUNT_PATH + "/siptrunk-channel-callerids";
    stub(get(urlEqualTo(path + "?offset=0&limit=2"))
        .willReturn(jsonResponse("[{\"callerId\":\"+31207001100\"},{\"callerId\":\"+31207001101\"}]", 200)));
    stub(get(urlEqualTo(path + "?offset=2&limit=2"))
        .willReturn(jsonResponse("[{\"callerId\":\"+31207001102\"},{\"callerId\":\"+31207001103\"}]", 200)));
    stub(get(urlEqualTo(path + "?offset=4&limit=2"))
        .willReturn(jsonResponse("[{\"callerId\":\"+31207001104\",\"label\":\"Support\"}]", 200)));
    stub(get(urlEqualTo(path + "?offset=5&limit=2")).willReturn(jsonResponse("[]", 200)));

    Paged<ChannelCallerId> paged = client.callerIds(2);
    assertThat(wm.requests()).as("nothing is requested before iteration").isEmpty();

    assertThat(paged.stream().limit(3).count()).isEqualTo(3);
    assertThat(wm.requests()).extracting(r -> r.getUrl())
        .containsExactly(path + "?offset=0&limit=2", path + "?offset=2&limit=2");

    wm.server().resetRequests();
    List<ChannelCallerId> all = paged.toList();
    assertThat(all).extracting(ChannelCallerId::callerId).containsExactly(
        "+31207001100", "+31207001101", "+31207001102", "+31207001103", "+31207001104");
    assertThat(all.get(4).extraFields()).containsEntry("label", TextNode.valueOf("Support"));
    assertThat(wm.requests()).extracting(r -> r.getUrl()).containsExactly(
        path + "?offset=0&limit=2", path + "?offset=2&limit=2", path + "?offset=4&limit=2", path + "?offset=5&limit=2");
  }

  @Test
  void callerIds_whenTheServerIgnoresLimit_takeTheOnePageAsTheWholeList() {
    stub(get(urlPathEqualTo(ACCOUNT_PATH + "/siptrunk-channel-callerids"))
        .willReturn(jsonResponse(wm.payload("callerids.json"), 200)));

    assertThat(client.callerIds(2).toList()).hasSize(3);
    assertThat(wm.requests()).hasSize(1);
  }

  @Test
  void callerIds_readTheSnakeCaseSpellingToo() {
    stub(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-callerids?offset=0&limit=100"))
        .willReturn(jsonResponse("[{\"caller_id\":\"+31207001100\"}]", 200)));
    stub(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-callerids?offset=1&limit=100"))
        .willReturn(jsonResponse("[]", 200)));

    assertThat(client.callerIds().toList()).extracting(ChannelCallerId::callerId).containsExactly("+31207001100");
  }

  @Test
  void callerIds_acceptAHydraCollection_withItsTotal() {
    String path = ACCOUNT_PATH + "/siptrunk-channel-callerids";
    stub(get(urlEqualTo(path + "?offset=0&limit=2"))
        .willReturn(jsonResponse("{\"@type\":\"hydra:Collection\",\"hydra:totalItems\":3,\"hydra:member\":"
            + "[{\"callerId\":\"+31207001100\"},{\"callerId\":\"+31207001101\"}]}", 200)));
    stub(get(urlEqualTo(path + "?offset=2&limit=2"))
        .willReturn(jsonResponse("{\"hydra:totalItems\":3,\"hydra:member\":[{\"callerId\":\"+31207001102\"}]}", 200)));

    Paged<ChannelCallerId> paged = client.callerIds(2);

    assertThat(paged.firstPage().totalCount()).hasValue(3);
    assertThat(paged.toList()).hasSize(3);
  }

  // ---- proxies, templates, call barrings ----

  @Test
  void proxies_getTheAccountsProxies_everyFieldRead() {
    stub(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-proxies"))
        .willReturn(jsonResponse(wm.payload("proxies.json"), 200)));

    List<ChannelProxy> proxies = client.proxies().toList();

    wm.server().verify(1, authenticated(getRequestedFor(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-proxies"))));
    assertThat(proxies).extracting(ChannelProxy::id).containsExactly("3fd8e2d9-2d29-4528-9c80-09cdc5bd30ce",
        "3fd8e2d9-2d29-4528-9c80-09cdc5bd30c1", "3fd8e2d9-2d29-4528-9c80-09cdc5bd30c2",
        "3fd8e2d9-2d29-4528-9c80-09cdc5bd30c3");
    assertThat(proxies).extracting(p -> p.name().orElseThrow())
        .containsExactly("Proxy 1", "Proxy 2", "Proxy 3", "Proxy 4");
    assertThat(proxies).allSatisfy(p -> assertThat(p.extraFields()).isEmpty());
  }

  @Test
  void templates_getTheAccountsTemplates_everyFieldRead() {
    stub(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-templates"))
        .willReturn(jsonResponse(wm.payload("templates.json"), 200)));

    List<ChannelTemplate> templates = client.templates().toList();

    wm.server().verify(1, authenticated(getRequestedFor(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-templates"))));
    assertThat(templates).extracting(ChannelTemplate::id).containsExactly("3fd8e2d9-2d29-4528-9c80-09cdc5bd30ce",
        "3fd8e2d9-2d29-4528-9c80-09cdc5bd30c2", "3fd8e2d9-2d29-4528-9c80-09cdc5bd30c4");
    assertThat(templates).extracting(t -> t.name().orElseThrow())
        .containsExactly("Template 1", "Template 2", "Template 3");
  }

  @Test
  void callBarrings_getTheAccountsBarrings_everyFieldReadAsSent() {
    stub(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-callbarrings"))
        .willReturn(jsonResponse(wm.payload("callbarrings.json"), 200)));

    List<ChannelCallBarring> barrings = client.callBarrings().toList();

    wm.server().verify(1, authenticated(getRequestedFor(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-callbarrings"))));
    assertThat(barrings).extracting(ChannelCallBarring::code).containsExactly("DENUMINFO", "DEMASS", "DEPAGER",
        "DEVPN");
    assertThat(barrings).extracting(b -> b.name().orElseThrow()).containsExactly("Auskunft",
        "Kurzzeitiger Massenverkehr", "Pagers", "Virtuelle Private Netze ");
  }

  @Test
  void listings_areLazy_andIteratingAgainAsksAgain() {
    stub(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-proxies"))
        .willReturn(jsonResponse(wm.payload("proxies.json"), 200)));

    Paged<ChannelProxy> proxies = client.proxies();
    assertThat(wm.requests()).isEmpty();
    proxies.toList();
    proxies.toList();
    assertThat(wm.requests()).hasSize(2);
  }

  // ---- edit channel ----

  @Test
  void editChannel_sendsTheDocumentsExampleExactly_withThePasswordInClear() {
    stub(post(urlEqualTo("/v1/channel/name")).willReturn(jsonResponse(wm.payload("edit-channel-response.json"), 200)));

    ChannelEditResult answer = client.editChannel("name", ChannelDocument.documentExample());

    wm.server().verify(1, authenticated(postRequestedFor(urlEqualTo("/v1/channel/name")))
        .withHeader("Content-Type", equalToIgnoreCase(JSON_CONTENT))
        .withRequestBody(equalToJson(wm.payload("edit-channel-request.json"))));
    assertThat(answer.channelName()).contains("name");
    assertThat(answer.extraFields()).isEmpty();
  }

  @Test
  void editChannel_sendsOnlyTheFieldsSet() {
    stub(post(urlEqualTo("/v1/channel/acme-amsterdam"))
        .willReturn(jsonResponse("{\"channel_name\":\"acme-amsterdam\"}", 200)));

    client.editChannel("acme-amsterdam", ChannelEdit.builder()
        .callerId("+31207001102")
        .callBarrings(List.of())
        .clip(ChannelClip.builder().method(ClipMethod.FROM_AND_P_ASSERTED_IDENTITY).build())
        .build());

    wm.server().verify(1, postRequestedFor(urlEqualTo("/v1/channel/acme-amsterdam")).withRequestBody(equalToJson(
        "{\"caller_id\":\"+31207001102\",\"call_barrings\":[],\"clip\":{\"method\":5}}")));
  }

  @Test
  void editChannel_withTheTableSpelling_sendsTemplateIdAndProxyId() {
    provider.close();
    provider = wm.open(wm.config().putSettings(ChannelClient.ID_FIELD_SPELLING, "table").build());
    client = provider.unwrap(ChannelClient.class);
    stub(post(urlEqualTo("/v1/channel/name")).willReturn(jsonResponse(wm.payload("edit-channel-response.json"), 200)));

    client.editChannel("name", ChannelEdit.builder().sipTrunk(ChannelSipTrunk.builder()
        .templateId("f26e4670-20bf-4cad-9261-489e8ef765de").proxyId("c665c4b0-20d1-4c33-aee1-c0f67da78e03")
        .ping(Ping.SIP_OPTIONS).build()).build());

    assertThat(((DefaultChannelClient) client).idFieldSpelling()).isEqualTo(IdFieldSpelling.TABLE);
    wm.server().verify(1, postRequestedFor(urlEqualTo("/v1/channel/name")).withRequestBody(equalToJson(
        "{\"sip_trunk\":{\"template_id\":\"f26e4670-20bf-4cad-9261-489e8ef765de\","
            + "\"proxy_id\":\"c665c4b0-20d1-4c33-aee1-c0f67da78e03\",\"ping\":2}}")));
  }

  @Test
  void editChannel_channelNameWithASpaceAndASlash_isOnePathSegment() {
    stub(post(urlEqualTo("/v1/channel/Sales%20NL%2FBE"))
        .willReturn(jsonResponse("{\"channel_name\":\"Sales NL/BE\"}", 200)));

    ChannelEditResult answer = client.editChannel("Sales NL/BE", ChannelEdit.builder().blockCallerId(true).build());

    assertThat(wm.onlyRequest().getUrl()).isEqualTo("/v1/channel/Sales%20NL%2FBE");
    wm.server().verify(1, postRequestedFor(urlEqualTo("/v1/channel/Sales%20NL%2FBE"))
        .withRequestBody(equalToJson("{\"block_caller_id\":true}")));
    assertThat(answer.channelName()).contains("Sales NL/BE");
  }

  @Test
  void editChannel_explicitNullAndUndocumentedFields_goThroughExtraFields() {
    stub(post(urlEqualTo("/v1/channel/name")).willReturn(aResponse().withStatus(200)));

    ChannelEditResult answer = client.editChannel("name", ChannelEdit.builder()
        .audioStream(ChannelAudioStream.builder().rtpHoldTimeout("1900").putExtraFields("rtp_timeout", NullNode.getInstance())
            .build())
        .putExtraFields("description", TextNode.valueOf("Head office"))
        .build());

    wm.server().verify(1, postRequestedFor(urlEqualTo("/v1/channel/name")).withRequestBody(equalToJson(
        "{\"description\":\"Head office\",\"audio_stream\":{\"rtp_hold_timeout\":\"1900\",\"rtp_timeout\":null}}")));
    assertThat(answer.channelName()).as("no body answered").isEmpty();
  }

  // ---- Operator Connect ----

  @Test
  void setOperatorConnectNumberType_putsTheDocumentsExample_andReadsTheJsonLdAnswer() {
    stub(put(urlEqualTo("/v1/channel-number-operator-connect/dutchoperatorconnect"))
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/ld+json; charset=utf-8")
            .withBody(wm.payload("operator-connect-response.json"))));

    OperatorConnectNumber answer = client.setOperatorConnectNumberType("dutchoperatorconnect", "004921141873130",
        OperatorConnectNumberType.RESOURCE_ACCOUNT);

    wm.server().verify(1, authenticated(putRequestedFor(urlEqualTo("/v1/channel-number-operator-connect/dutchoperatorconnect")))
        .withHeader("Content-Type", equalToIgnoreCase(JSON_CONTENT))
        .withRequestBody(equalToJson(wm.payload("operator-connect-request.json"))));
    assertThat(answer.context()).contains("/contexts/ChannelNumberOperatorConnect");
    assertThat(answer.iri()).contains("/channel_number_operator_connects/dutchoperatorconnect");
    assertThat(answer.type()).contains("ChannelNumberOperatorConnect");
    assertThat(answer.numbers()).containsExactly("004921141873130");
    assertThat(answer.numberType()).contains(OperatorConnectNumberType.RESOURCE_ACCOUNT);
    assertThat(answer.extraFields()).isEmpty();
  }

  @Test
  void setOperatorConnectNumberType_none_sendsTheEmptyString_andAnE164NumberAsGiven() {
    stub(put(urlEqualTo("/v1/channel-number-operator-connect/Teams%20NL%2FBE"))
        .willReturn(aResponse().withStatus(200)));

    OperatorConnectNumber answer = client.setOperatorConnectNumberType("Teams NL/BE", "+4921141873130",
        OperatorConnectNumberType.NONE);

    wm.server().verify(1, putRequestedFor(urlEqualTo("/v1/channel-number-operator-connect/Teams%20NL%2FBE"))
        .withRequestBody(equalToJson(
            "{\"channel_name\":\"Teams NL/BE\",\"number\":\"+4921141873130\",\"number_type\":\"\"}")));
    assertThat(answer.numbers()).containsExactly("+4921141873130");
    assertThat(answer.numberType()).contains(OperatorConnectNumberType.NONE);
  }

  @Test
  void removeOperatorConnectNumberType_deletesTheDocumentsPath_withThePlusKept() {
    String path = "/v1/channel-number-operator-connect/channels/channelname/numbers/+31500000000";
    stub(delete(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));

    client.removeOperatorConnectNumberType("channelname", "+31500000000");

    wm.server().verify(1, authenticated(deleteRequestedFor(urlEqualTo(path))));
    assertThat(wm.onlyRequest().getUrl()).isEqualTo(path);
  }

  @Test
  void removeOperatorConnectNumberType_channelWithSlash_and00Number_stayOneSegmentEach() {
    String path = "/v1/channel-number-operator-connect/channels/Teams%20NL%2FBE/numbers/004921141873130";
    stub(delete(urlEqualTo(path)).willReturn(aResponse().withStatus(204)));

    client.removeOperatorConnectNumberType("Teams NL/BE", "004921141873130");

    assertThat(wm.onlyRequest().getUrl()).isEqualTo(path);
  }

  // ---- credentials ----

  @Test
  void apiKeyCredentials_goInXApiKey_byDefault_withoutAuthorization() {
    provider.close();
    provider = wm.open(wm.config().credentials(Credentials.apiKey(Secret.of("key-77f1-SECRET"))).build());
    stub(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-proxies"))
        .willReturn(jsonResponse(wm.payload("proxies.json"), 200)));

    provider.unwrap(ChannelClient.class).proxies().toList();

    wm.server().verify(1, getRequestedFor(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-proxies"))
        .withHeader(ChannelClient.DEFAULT_API_KEY_HEADER, equalTo("key-77f1-SECRET"))
        .withHeader("Authorization", absent()));
  }

  @Test
  void apiKeyCredentials_withTheirOwnHeaderName_useIt() {
    provider.close();
    provider = wm.open(wm.config().credentials(Credentials.apiKey("X-Auth-Token", Secret.of("key-77f1-SECRET"))).build());
    stub(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-templates"))
        .willReturn(jsonResponse(wm.payload("templates.json"), 200)));

    provider.unwrap(ChannelClient.class).templates().toList();

    wm.server().verify(1, getRequestedFor(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-templates"))
        .withHeader("X-Auth-Token", equalTo("key-77f1-SECRET"))
        .withHeader("X-Api-Key", absent())
        .withHeader("Authorization", absent()));
  }

  @Test
  void aBaseUrlWithAPathPrefix_isKeptInFrontOfTheDocumentsPaths() {
    provider.close();
    provider = wm.open(wm.config().baseUrl("http://127.0.0.1:" + wm.server().port() + "/api/siptrunk").build());
    stub(delete(urlEqualTo("/api/siptrunk/v1/channel-number/+31500000000")).willReturn(aResponse().withStatus(204)));

    provider.unwrap(ChannelClient.class).disconnectNumber("+31500000000");

    assertThat(wm.requests().stream().map(r -> r.getUrl()).collect(Collectors.toList()))
        .containsExactly("/api/siptrunk/v1/channel-number/+31500000000");
  }
}

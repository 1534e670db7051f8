package io.trunkline.provider.propertiesv2;

import io.trunkline.core.TrunkProvider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.trunkline.provider.propertiesv2.PropertiesV2Account.BASE;
import static io.trunkline.provider.propertiesv2.PropertiesV2Account.BASIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Paged.Page;
import io.trunkline.core.Paged;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.testing.Payloads;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.trunkline.contract.WireMockVendor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every vendor endpoint through the typed client: the exact request and every field of the answer. */
class PropertiesV2ClientTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = PropertiesV2Account.wireMock();
  private final PropertiesV2Client client = wm.provider().unwrap(PropertiesV2Client.class);

  private static final String SID = "STKQ4ZPMXW7RT2NVB8HJC3LDYF6GS5A9";

  // ---- list ----

  @Test
  void list_sendsBasicAuthAndDefaultPaging_andReadsEveryCommonField() {
    PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0"))
        .willReturn(okJson(Payloads.text("propertiesv2/list.json"))));

    List<SipTrunkSummary> trunks = client.listSipTrunks().toList();

    wm.server().verify(1, getRequestedFor(urlEqualTo(BASE + "/SipTrunks?Results_Skip=0&Results_Count=50"))
        .withHeader("Authorization", equalTo(BASIC))
        .withHeader("Accept", equalTo("application/json")));
    assertThat(wm.requests()).extracting(r -> r.getUrl()).containsExactly(
        BASE + "/SipTrunks?Results_Skip=0&Results_Count=50", BASE + "/SipTrunks?Results_Skip=2&Results_Count=50");
    assertThat(trunks).hasSize(2);
    SipTrunkSummary sydney = trunks.get(0);
    assertThat(sydney.sipTrunkSid()).isEqualTo(SID);
    assertThat(sydney.created()).contains(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(sydney.modified()).contains(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(sydney.endDate()).isEmpty();
    assertThat(sydney.name()).contains("Sydney PBX primary");
    assertThat(sydney.type()).contains(SipTrunkType.IP_TO_IP);
    assertThat(sydney.channelLimit()).contains(30);
    assertThat(sydney.customerReference()).contains("SYD-PBX-01");
    assertThat(sydney.externalReference()).contains("CRM-20417");
    assertThat(sydney.defaultCallerId()).contains("+61291234567");
    assertThat(sydney.provisioningState()).contains(SipTrunkProvisioning.ACTIVE);
    assertThat(sydney.extraFields()).isEmpty();
    SipTrunkSummary perth = trunks.get(1);
    assertThat(perth.sipTrunkSid()).isEqualTo("STBN8XQ2WLK5MZ7RCV4HJT9PDF3GY6SA");
    assertThat(perth.endDate()).contains(Instant.parse("2026-03-31T00:00:00Z"));
    assertThat(perth.type()).contains(SipTrunkType.AUTHENTICATED);
    assertThat(perth.provisioningState()).contains(SipTrunkProvisioning.INACTIVE);
    assertThat(perth.customerReference()).isEmpty();
    assertThat(perth.externalReference()).isEmpty();
  }

  @Test
  void list_sendsEveryFilterAsItsQueryParameter() {
    PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0")).willReturn(okJson("[]")));

    client.listSipTrunks(SipTrunkListQuery.builder()
        .type(SipTrunkType.AUTHENTICATED)
        .active(false)
        .provisioningState(SipTrunkProvisioning.DEPROVISIONING)
        .pageSize(20)
        .build()).toList();

    wm.server().verify(1, getRequestedFor(urlEqualTo(
        BASE + "/SipTrunks?Type=1&Active=false&ProvisioningState=3&Results_Skip=0&Results_Count=20")));
    assertThat(wm.requests()).hasSize(1);
  }

  @Test
  void list_eachFilterAlone_isTheOnlyFilterSent() {
    PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0")).willReturn(okJson("[]")));

    client.listSipTrunks(SipTrunkListQuery.builder().type(SipTrunkType.IP_TO_IP).build()).toList();
    client.listSipTrunks(SipTrunkListQuery.builder().active(true).build()).toList();
    client.listSipTrunks(SipTrunkListQuery.builder().provisioningState(SipTrunkProvisioning.PROVISIONING).build())
        .toList();

    wm.server().verify(1, getRequestedFor(urlEqualTo(BASE + "/SipTrunks?Type=0&Results_Skip=0&Results_Count=50")));
    wm.server().verify(1, getRequestedFor(urlEqualTo(BASE + "/SipTrunks?Active=true&Results_Skip=0&Results_Count=50")));
    wm.server().verify(1, getRequestedFor(urlEqualTo(
        BASE + "/SipTrunks?ProvisioningState=1&Results_Skip=0&Results_Count=50")));
    assertThat(wm.requests()).hasSize(3);
  }

  @Test
  void list_120Trunks_atTheDefaultPageSize_requestsExactlyThreePages_bareArray() {
    stubPages(wm.server(), 120, false);

    List<SipTrunkSummary> all = client.listSipTrunks().toList();

    assertThat(all).hasSize(120);
    assertThat(all.get(119).name()).contains("Trunk 120");
    assertThat(wm.requests()).as("the short page ends it: the vendor answered full pages, so it caps nothing")
        .hasSize(3);
    wm.server().verify(1, getRequestedFor(urlEqualTo(BASE + "/SipTrunks?Results_Skip=0&Results_Count=50")));
    wm.server().verify(1, getRequestedFor(urlEqualTo(BASE + "/SipTrunks?Results_Skip=50&Results_Count=50")));
    wm.server().verify(1, getRequestedFor(urlEqualTo(BASE + "/SipTrunks?Results_Skip=100&Results_Count=50")));
  }

  @Test
  void list_withTotalCount_stopsAtTheTotal_evenOnAFullLastPage() {
    stubPages(wm.server(), 100, true);

    List<SipTrunkSummary> all = client.listSipTrunks().toList();

    assertThat(all).hasSize(100);
    assertThat(wm.requests()).hasSize(2);
    Page<SipTrunkSummary> first = client.listSipTrunks().firstPage();
    assertThat(first.totalCount()).hasValue(100);
  }

  @Test
  void list_bareArray_fullLastPage_needsOneMoreRequestToSeeTheEnd() {
    stubPages(wm.server(), 100, false);

    assertThat(client.listSipTrunks().toList()).hasSize(100);

    assertThat(wm.requests()).hasSize(3);
    wm.server().verify(1, getRequestedFor(urlEqualTo(BASE + "/SipTrunks?Results_Skip=100&Results_Count=50")));
  }

  @Test
  void list_isLazy_andStartsOverOnEachIteration() {
    stubPages(wm.server(), 120, false);

    Paged<SipTrunkSummary> paged = client.listSipTrunks();
    assertThat(wm.requests()).isEmpty();
    assertThat(paged.stream().limit(3).toList()).hasSize(3);
    assertThat(wm.requests()).hasSize(1);
    assertThat(paged.firstPage().items()).hasSize(50);
    assertThat(wm.requests()).hasSize(2);
    wm.server().verify(2, getRequestedFor(urlEqualTo(BASE + "/SipTrunks?Results_Skip=0&Results_Count=50")));
  }

  @Test
  void list_wrappedInAnObject_underAnyName_isRead() {
    PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0"))
        .willReturn(okJson(Payloads.text("propertiesv2/list-wrapped.json"))));
    assertThat(client.listSipTrunks().toList()).extracting(SipTrunkSummary::name)
        .containsExactly(java.util.Optional.of("Sydney PBX primary"), java.util.Optional.of("Perth warehouse"));

    wm.server().resetAll();
    PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0")).willReturn(okJson(
        "{\"NextPageToken\":null,\"Trunks\":[{\"SipTrunkSid\":\"ST1\"}],\"Count\":1}")));
    assertThat(client.listSipTrunks().toList()).extracting(SipTrunkSummary::sipTrunkSid).containsExactly("ST1");

    wm.server().resetAll();
    PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0"))
        .willReturn(okJson("{\"items\":null,\"totalCount\":0}")));
    assertThat(client.listSipTrunks().toList()).isEmpty();
  }

  @Test
  void list_answerThatHoldsNoList_isRefused_notReadAsEmpty() {
    PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0")).willReturn(okJson("{\"Status\":\"ok\"}")));
    assertThatThrownBy(() -> client.listSipTrunks().toList()).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("without an array");

    PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0")).willReturn(okJson("{\"A\":[],\"B\":[]}")));
    assertThatThrownBy(() -> client.listSipTrunks().toList()).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("several arrays");

    PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0")).willReturn(okJson("[1, 2]")));
    assertThatThrownBy(() -> client.listSipTrunks().toList()).isInstanceOf(TrunkResponseException.class);

    PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0")).willReturn(okJson("[{\"Name\":\"no sid\"}]")));
    assertThatThrownBy(() -> client.listSipTrunks().toList()).isInstanceOf(TrunkResponseException.class);

    PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/html").withBody("<html>maintenance</html>")));
    assertThatThrownBy(() -> client.listSipTrunks().toList()).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("text/html").hasMessageNotContaining("maintenance");
  }

  @Test
  void list_toleratesUnknownFieldsAndUnknownCodes_andKeepsThem() {
    PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0")).willReturn(okJson(
        "[{\"SipTrunkSid\":\"ST1\",\"Type\":7,\"ProvisioningState\":9,\"Region\":\"AU-EAST\","
            + "\"Created\":\"1767225600\",\"Modified\":0}]")));

    SipTrunkSummary trunk = client.listSipTrunks().toList().get(0);

    assertThat(trunk.type()).hasValueSatisfying(t -> {
      assertThat(t.code()).isEqualTo(7);
      assertThat(t.isKnown()).isFalse();
      assertThat(t.name()).isEqualTo("UNKNOWN");
    });
    assertThat(trunk.provisioningState()).hasValueSatisfying(s -> assertThat(s.code()).isEqualTo(9));
    assertThat(trunk.extraFields()).containsEntry("Region", TextNode.valueOf("AU-EAST"));
    assertThat(trunk.created()).contains(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(trunk.modified()).as("0 means not set").isEmpty();
  }

  // ---- details ----

  @Test
  void details_readsEveryField() {
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/" + SID + "/Details"))
        .willReturn(okJson(Payloads.text("propertiesv2/details.json"))));

    SipTrunkDetails details = client.getSipTrunkDetails(SID);

    wm.server().verify(1, getRequestedFor(urlEqualTo(BASE + "/SipTrunk/" + SID + "/Details"))
        .withHeader("Authorization", equalTo(BASIC)));
    assertThat(details.sipTrunkSid()).isEqualTo(SID);
    assertThat(details.name()).contains("Sydney PBX primary");
    assertThat(details.created()).contains(Instant.ofEpochSecond(1767225600));
    assertThat(details.modified()).contains(Instant.ofEpochSecond(1772323200));
    assertThat(details.endDate()).isEmpty();
    assertThat(details.type()).contains(SipTrunkType.IP_TO_IP);
    assertThat(details.channelLimit()).contains(30);
    assertThat(details.customerReference()).contains("SYD-PBX-01");
    assertThat(details.externalReference()).contains("CRM-20417");
    assertThat(details.defaultCallerId()).contains("+61291234567");
    assertThat(details.provisioningState()).contains(SipTrunkProvisioning.ACTIVE);
    assertThat(details.allowedCountries()).extracting(SipTrunkAllowedCountry::countryCode).containsExactly("AU", "NZ");
    assertThat(details.allowedCountries().get(1).created()).contains(Instant.ofEpochSecond(1772323200));
    assertThat(details.allowedCountries().get(1).modified()).contains(Instant.ofEpochSecond(1772323200));
    assertThat(details.ipAddresses()).extracting(SipTrunkIpAddress::ipAddress)
        .containsExactly("52.62.10.20/32", "13.54.22.0/28");
    assertThat(details.credentials()).isEmpty();
    assertThat(details.extraFields()).isEmpty();
  }

  @Test
  void details_ofAnAuthenticatedTrunk_readsTheRealm_andAnyPasswordStaysMasked() {
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/ST2/Details")).willReturn(okJson(
        "{\"SipTrunkSid\":\"ST2\",\"Type\":1,\"SipTrunkCredentials\":{\"Realm\":\"r.example.com.au\","
            + "\"Password\":\"Leaked-Pa55!\",\"Username\":\"u1\"}}")));

    SipTrunkDetails details = client.getSipTrunkDetails("ST2");

    SipTrunkCredentials credentials = details.credentials().orElseThrow();
    assertThat(credentials.realm()).contains("r.example.com.au");
    assertThat(credentials.password()).contains(Secret.of("Leaked-Pa55!"));
    assertThat(credentials.extraFields()).containsEntry("Username", TextNode.valueOf("u1"));
    assertThat(details.toString()).doesNotContain("Leaked-Pa55!");
  }

  @Test
  void details_wrappedInAnObject_isRead() {
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/" + SID + "/Details")).willReturn(okJson(
        "{\"SipTrunk\":" + Payloads.text("propertiesv2/details.json") + "}")));
    assertThat(client.getSipTrunkDetails(SID).name()).contains("Sydney PBX primary");

    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/" + SID + "/Details")).willReturn(okJson(
        "{\"Result\":{\"SipTrunkSid\":\"" + SID + "\"}}")));
    assertThat(client.getSipTrunkDetails(SID).sipTrunkSid()).isEqualTo(SID);

    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/" + SID + "/Details")).willReturn(okJson("{}")));
    assertThatThrownBy(() -> client.getSipTrunkDetails(SID)).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("no SipTrunkSid");
  }

  // ---- create ----

  @Test
  void create_sendsTheDocumentedExampleBody_andReturnsTheNewSid() {
    wm.server().stubFor(post(urlPathEqualTo(BASE + "/SipTrunk"))
        .willReturn(okJson(Payloads.text("propertiesv2/create-response.json"))));

    String sid = client.createSipTrunk(SipTrunkCreate.builder()
        .name("SipTrunkName")
        .defaultCallerId("+61799999999")
        .type(SipTrunkType.IP_TO_IP)
        .addIpAddresses(SipTrunkIpAddress.of("1.2.3.4/32"))
        .addAllowedCountries(SipTrunkAllowedCountry.of("NZ"), SipTrunkAllowedCountry.of("AU"))
        .build());

    assertThat(sid).isEqualTo("STWJ6TQ3RZ9XK2MPV7BN4HCL8DF5GYSA");
    wm.server().verify(1, postRequestedFor(urlEqualTo(BASE + "/SipTrunk"))
        .withHeader("Authorization", equalTo(BASIC))
        .withHeader("Content-Type", matching("application/json.*"))
        .withRequestBody(equalToJson(Payloads.text("propertiesv2/create-request.json"))));
    assertThat(wm.requests()).hasSize(1);
  }

  @Test
  void create_authenticated_sendsThePasswordInClear_onlyOnTheWire() {
    wm.server().stubFor(post(urlPathEqualTo(BASE + "/SipTrunk")).willReturn(okJson("{\"SipTrunkSid\":\"ST9\"}")));
    SipTrunkCreate body = SipTrunkCreate.builder()
        .name("Melbourne contact centre")
        .defaultCallerId("+61391234567")
        .type(SipTrunkType.AUTHENTICATED)
        .credentials(SipTrunkCredentials.of("melb-cc.example.com.au", Secret.of("Str0ng!Pass-word")))
        .channelLimit(60)
        .customerReference("MEL-CC")
        .putExtraFields("ExternalReference", TextNode.valueOf("SF-1"))
        .build();

    assertThat(client.createSipTrunk(body)).isEqualTo("ST9");

    wm.server().verify(1, postRequestedFor(urlEqualTo(BASE + "/SipTrunk")).withRequestBody(equalToJson(
        "{\"Name\":\"Melbourne contact centre\",\"DefaultCallerId\":\"+61391234567\",\"Type\":1,"
            + "\"SipTrunkCredentials\":{\"Realm\":\"melb-cc.example.com.au\",\"Password\":\"Str0ng!Pass-word\"},"
            + "\"ChannelLimit\":60,\"CustomerReference\":\"MEL-CC\",\"ExternalReference\":\"SF-1\"}")));
    assertThat(body.toString()).doesNotContain("Str0ng!Pass-word");
  }

  @Test
  void create_answerWithoutSid_isRefused() {
    wm.server().stubFor(post(urlPathEqualTo(BASE + "/SipTrunk")).willReturn(okJson("{\"Success\":true}")));
    assertThatThrownBy(() -> client.createSipTrunk(validCreate())).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("no SipTrunkSid");
  }

  @Test
  void create_acceptsAWrappedOrBareSidAnswer() {
    wm.server().stubFor(post(urlPathEqualTo(BASE + "/SipTrunk"))
        .willReturn(okJson("{\"SipTrunk\":{\"SipTrunkSid\":\"STW\"}}")));
    assertThat(client.createSipTrunk(validCreate())).isEqualTo("STW");
    wm.server().stubFor(post(urlPathEqualTo(BASE + "/SipTrunk")).willReturn(okJson("\"STB\"")));
    assertThat(client.createSipTrunk(validCreate())).isEqualTo("STB");
  }

  @Test
  @org.junit.jupiter.api.Timeout(10)
  void create_isNeverRetried_afterAConnectionReset() {
    wm.server().stubFor(post(urlPathEqualTo(BASE + "/SipTrunk")).willReturn(aResponse()
        .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> client.createSipTrunk(validCreate()))
        .isInstanceOfSatisfying(TrunkTransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
    assertThat(wm.requests()).hasSize(1);
  }

  // ---- delete (undocumented; the most likely endpoint) ----

  @Test
  void delete_sendsDeleteOnTheTrunk_andA404IsNotFound() {
    wm.server().stubFor(delete(urlEqualTo(BASE + "/SipTrunk/" + SID)).willReturn(aResponse().withStatus(204)));
    wm.server().stubFor(delete(urlEqualTo(BASE + "/SipTrunk/STUNKNOWN")).willReturn(aResponse().withStatus(404)));

    client.deleteSipTrunk(SID);

    wm.server().verify(1, deleteRequestedFor(urlEqualTo(BASE + "/SipTrunk/" + SID))
        .withHeader("Authorization", equalTo(BASIC)));
    assertThatThrownBy(() -> client.deleteSipTrunk("STUNKNOWN"))
        .isInstanceOf(io.trunkline.core.error.TrunkNotFoundException.class);
    assertThatThrownBy(() -> client.deleteSipTrunk(".."))
        .isInstanceOf(io.trunkline.core.error.TrunkValidationException.class);
    assertThat(wm.requests()).hasSize(2);
  }

  // ---- update ----

  @Test
  void update_sendsPutByDefault_withOnlyTheFieldsSet() {
    wm.server().stubFor(put(urlPathEqualTo(BASE + "/SipTrunk/" + SID)).willReturn(aResponse().withStatus(204)));

    client.updateSipTrunk(SID, SipTrunkUpdate.builder().name("Sydney PBX (renamed)").channelLimit(40)
        .ipAddresses(List.of(SipTrunkIpAddress.of("52.62.10.22/32")))
        .putExtraFields("ExternalReference", com.fasterxml.jackson.databind.node.NullNode.getInstance())
        .build());

    wm.server().verify(1, putRequestedFor(urlEqualTo(BASE + "/SipTrunk/" + SID))
        .withHeader("Authorization", equalTo(BASIC))
        .withRequestBody(equalToJson("{\"Name\":\"Sydney PBX (renamed)\",\"ChannelLimit\":40,"
            + "\"SipTrunkIpAddresses\":[{\"IpAddress\":\"52.62.10.22/32\"}],\"ExternalReference\":null}")));
    assertThat(wm.requests()).hasSize(1);
    assertThat(client.updateMethod()).isEqualTo("PUT");
  }

  @Test
  void update_ignoresWhateverTheAnswerBodyIs() {
    wm.server().stubFor(put(urlPathEqualTo(BASE + "/SipTrunk/" + SID)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "text/plain").withBody("OK")));
    client.updateSipTrunk(SID, SipTrunkUpdate.builder().customerReference("X").build());
    wm.server().verify(1, putRequestedFor(urlEqualTo(BASE + "/SipTrunk/" + SID))
        .withRequestBody(equalToJson("{\"CustomerReference\":\"X\"}")));
  }

  @Test
  void update_verb_comesFromTheSetting() {
    wm.server().stubFor(patch(urlPathEqualTo(BASE + "/SipTrunk/" + SID)).willReturn(okJson("{}")));
    wm.server().stubFor(post(urlPathEqualTo(BASE + "/SipTrunk/" + SID)).willReturn(okJson("{}")));
    SipTrunkUpdate change = SipTrunkUpdate.builder().defaultCallerId("+61290000001").build();

    try (TrunkProvider patching = wm.open(c -> c.putAllSettings(Map.of("update-method", "patch")));
        TrunkProvider posting = wm.open(c -> c.putAllSettings(Map.of("update-method", " POST ")))) {
      patching.unwrap(PropertiesV2Client.class).updateSipTrunk(SID, change);
      posting.unwrap(PropertiesV2Client.class).updateSipTrunk(SID, change);
      assertThat(patching.unwrap(PropertiesV2Client.class).updateMethod()).isEqualTo("PATCH");
    }

    wm.server().verify(1, patchRequestedFor(urlEqualTo(BASE + "/SipTrunk/" + SID))
        .withRequestBody(equalToJson("{\"DefaultCallerId\":\"+61290000001\"}")));
    wm.server().verify(1, postRequestedFor(urlEqualTo(BASE + "/SipTrunk/" + SID))
        .withRequestBody(equalToJson("{\"DefaultCallerId\":\"+61290000001\"}")));
  }

  @Test
  void update_changingTypeToAuthenticated_sendsTheCredentials() {
    wm.server().stubFor(put(urlPathEqualTo(BASE + "/SipTrunk/" + SID)).willReturn(okJson("{}")));
    client.updateSipTrunk(SID, SipTrunkUpdate.builder().type(SipTrunkType.AUTHENTICATED)
        .credentials(SipTrunkCredentials.of("syd.example.com.au", Secret.of("N3w-Passw0rd!")))
        .allowedCountries(List.of(SipTrunkAllowedCountry.of("AU")))
        .build());
    wm.server().verify(1, putRequestedFor(urlEqualTo(BASE + "/SipTrunk/" + SID)).withRequestBody(equalToJson(
        "{\"Type\":1,\"SipTrunkCredentials\":{\"Realm\":\"syd.example.com.au\",\"Password\":\"N3w-Passw0rd!\"},"
            + "\"SipTrunkAllowedCountries\":[{\"CountryCode\":\"AU\"}]}")));
  }

  @Test
  void update_withEntriesReadFromDetails_leavesOutTheirReadOnlyTimestamps() {
    wm.server().stubFor(put(urlPathEqualTo(BASE + "/SipTrunk/" + SID)).willReturn(okJson("{}")));
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/" + SID + "/Details"))
        .willReturn(okJson(Payloads.text("propertiesv2/details.json"))));
    SipTrunkDetails details = client.getSipTrunkDetails(SID);

    client.updateSipTrunk(SID, SipTrunkUpdate.builder().allowedCountries(details.allowedCountries())
        .ipAddresses(details.ipAddresses()).build());

    wm.server().verify(1, putRequestedFor(urlEqualTo(BASE + "/SipTrunk/" + SID)).withRequestBody(equalToJson(
        "{\"SipTrunkAllowedCountries\":[{\"CountryCode\":\"AU\"},{\"CountryCode\":\"NZ\"}],"
            + "\"SipTrunkIpAddresses\":[{\"IpAddress\":\"52.62.10.20/32\"},{\"IpAddress\":\"13.54.22.0/28\"}]}")));
  }

  // ---- ids in the path ----

  @Test
  void hostileIds_stayOneEncodedPathSegment() {
    wm.server().stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.anyUrl())
        .willReturn(okJson("{\"SipTrunkSid\":\"x\"}")));

    client.getSipTrunkDetails("../admin");
    client.getSipTrunkDetails("a/b");
    client.getSipTrunkDetails("+31 500");
    client.getSipTrunkDetails("?x#y");

    assertThat(wm.requests()).extracting(r -> r.getUrl()).containsExactly(
        BASE + "/SipTrunk/..%2Fadmin/Details",
        BASE + "/SipTrunk/a%2Fb/Details",
        BASE + "/SipTrunk/+31%20500/Details",
        BASE + "/SipTrunk/%3Fx%23y/Details");
  }

  @Test
  void dotAndBlankIds_areRefused_beforeSending() {
    for (String id : new String[] {"..", ".", "", "  ", "..;x"}) {
      assertThatThrownBy(() -> client.getSipTrunkDetails(id)).isInstanceOfSatisfying(
          TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo("SipTrunkSid"));
      assertThatThrownBy(() -> client.updateSipTrunk(id, SipTrunkUpdate.builder().name("n").build()))
          .isInstanceOf(TrunkValidationException.class);
    }
    assertThat(wm.requests()).isEmpty();
  }

  // ---- helpers ----

  static SipTrunkCreate validCreate() {
    return SipTrunkCreate.builder().name("n").defaultCallerId("+61291234567").type(SipTrunkType.IP_TO_IP)
        .addIpAddresses(SipTrunkIpAddress.of("1.2.3.4/32")).build();
  }

  /** {@code total} trunks served in pages by Results_Skip/Results_Count; with a TotalCount envelope if asked. */
  static void stubPages(WireMockServer server, int total, boolean withTotal) {
    for (int skip = 0; skip <= total; skip += 50) {
      StringBuilder items = new StringBuilder("[");
      for (int i = skip; i < Math.min(total, skip + 50); i++) {
        items.append(i > skip ? "," : "").append("{\"SipTrunkSid\":\"ST").append(i + 1)
            .append("\",\"Name\":\"Trunk ").append(String.format("%03d", i + 1)).append("\"}");
      }
      items.append(']');
      String body = withTotal ? "{\"SipTrunks\":" + items + ",\"TotalCount\":" + total + "}" : items.toString();
      server.stubFor(get(urlEqualTo(BASE + "/SipTrunks?Results_Skip=" + skip + "&Results_Count=50"))
          .willReturn(okJson(body)));
    }
    // past the end: asked for only when no page was full (the vendor may cap the page size)
    server.stubFor(get(urlEqualTo(BASE + "/SipTrunks?Results_Skip=" + total + "&Results_Count=50"))
        .willReturn(okJson(withTotal ? "{\"SipTrunks\":[],\"TotalCount\":" + total + "}" : "[]")));
  }
}

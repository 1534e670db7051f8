package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Capability;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.error.UnsupportedCapabilityException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.provider.propertiesv2.internal.PropertiesV2ProviderFactory;
import io.trunkline.testing.Payloads;
import io.trunkline.contract.WireMockVendor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.trunkline.provider.propertiesv2.PropertiesV2Account.ACCOUNT;
import static io.trunkline.provider.propertiesv2.PropertiesV2Account.BASE;
import static io.trunkline.provider.propertiesv2.PropertiesV2Account.PROPERTY;
import static io.trunkline.provider.propertiesv2.PropertiesV2Account.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


/** The neutral provider: the mapping of DESIGN.md, the query translation, create/update bodies, configuration. */
class PropertiesV2ProviderTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = PropertiesV2Account.wireMock();
  private final TrunkProvider provider = wm.provider();
  private final PropertiesV2Client client = provider.unwrap(PropertiesV2Client.class);

  private static final String SID = "STKQ4ZPMXW7RT2NVB8HJC3LDYF6GS5A9";
  private static final String NEW_SID = "STWJ6TQ3RZ9XK2MPV7BN4HCL8DF5GYSA";

  // ---- vendor → neutral ----

  @Test
  void get_mapsEveryDetailsField() throws Exception {
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/" + SID + "/Details"))
        .willReturn(okJson(Payloads.text("propertiesv2/details.json"))));

    SipTrunk trunk = provider.get(SID);

    assertThat(trunk.provider()).isEqualTo("properties-v2");
    assertThat(trunk.id()).isEqualTo(SID);
    assertThat(trunk.name()).contains("Sydney PBX primary");
    assertThat(trunk.state()).contains(TrunkState.ACTIVE);
    assertThat(trunk.authMode()).contains(AuthMode.IP);
    assertThat(trunk.allowedIps()).containsExactly("52.62.10.20/32", "13.54.22.0/28");
    assertThat(trunk.username()).isEmpty();
    assertThat(trunk.callerId()).contains("+61291234567");
    assertThat(trunk.maxChannels()).contains(30);
    assertThat(trunk.createdAt()).contains(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(trunk.updatedAt()).contains(Instant.parse("2026-03-01T00:00:00Z"));
    assertThat(trunk.host()).isEmpty();
    assertThat(trunk.port()).isEmpty();
    assertThat(trunk.transport()).isEmpty();
    assertThat(trunk.countryCode()).isEmpty();
    assertThat(trunk.numbers()).isEmpty();
    assertThat(trunk.attributes()).as("EndDate: null is a number not reported").containsOnlyKeys(
        "CustomerReference", "ExternalReference", "SipTrunkAllowedCountries");
    assertThat(trunk.attributes().get("CustomerReference")).isEqualTo(TextNode.valueOf("SYD-PBX-01"));
    assertThat(trunk.attributes().get("ExternalReference")).isEqualTo(TextNode.valueOf("CRM-20417"));
    assertThat(trunk.attributes().get("SipTrunkAllowedCountries")).isEqualTo(Json.mapper().readTree(
        "[{\"CountryCode\":\"AU\",\"Created\":1767225600,\"Modified\":1767225600},"
            + "{\"CountryCode\":\"NZ\",\"Created\":1772323200,\"Modified\":1772323200}]"));
    assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(trunk), SipTrunk.class)).isEqualTo(trunk);
    assertThat(Json.mapper().readTree(Json.mapper().writeValueAsString(trunk)).get("createdAt").asText())
        .isEqualTo("2026-01-01T00:00:00Z");
  }

  @Test
  void get_ofADeactivatedAuthenticatedTrunk_mapsRealmToUsername_andKeepsEndDate() {
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/ST2/Details"))
        .willReturn(okJson(Payloads.text("propertiesv2/details-authenticated.json"))));

    SipTrunk trunk = provider.get("ST2");

    assertThat(trunk.authMode()).contains(AuthMode.CREDENTIALS);
    assertThat(trunk.state()).contains(TrunkState.INACTIVE);
    assertThat(trunk.username()).contains("perth-wh.example.com.au");
    assertThat(trunk.allowedIps()).isEmpty();
    assertThat(trunk.attributes()).containsEntry("EndDate", IntNode.valueOf(1774915200))
        .doesNotContainKey("SipTrunkCredentials");
  }

  @Test
  void get_unknownCodesAndFields_stayInAttributes_passwordNever() {
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/ST3/Details")).willReturn(okJson(
        "{\"SipTrunkSid\":\"ST3\",\"Type\":4,\"ProvisioningState\":8,\"Region\":{\"Code\":\"SYD\"},"
            + "\"SipTrunkCredentials\":{\"Realm\":\"r\",\"Password\":\"Leak3d!Secret\",\"Username\":\"u\"}}")));

    SipTrunk trunk = provider.get("ST3");

    assertThat(trunk.authMode()).contains(AuthMode.OTHER);
    assertThat(trunk.state()).isEmpty();
    assertThat(trunk.attributes()).containsEntry("Type", IntNode.valueOf(4))
        .containsEntry("ProvisioningState", IntNode.valueOf(8))
        .containsKey("Region")
        .doesNotContainKey("SipTrunkCredentials");
    assertThat(trunk.username()).contains("r");
    assertThat(trunk.toString()).doesNotContain("Leak3d!Secret");
    assertThat(Json.mapper().valueToTree(trunk).toString()).doesNotContain("Leak3d!Secret");
  }

  // ---- list ----

  @Test
  void list_mapsTheCommonFields() {
    PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0"))
        .willReturn(okJson(Payloads.text("propertiesv2/list.json"))));

    List<SipTrunk> trunks = provider.list().toList();

    assertThat(trunks).extracting(SipTrunk::id).containsExactly(SID, "STBN8XQ2WLK5MZ7RCV4HJT9PDF3GY6SA");
    SipTrunk perth = trunks.get(1);
    assertThat(perth.name()).contains("Perth warehouse");
    assertThat(perth.state()).contains(TrunkState.INACTIVE);
    assertThat(perth.authMode()).contains(AuthMode.CREDENTIALS);
    assertThat(perth.callerId()).contains("+61891234567");
    assertThat(perth.maxChannels()).contains(4);
    assertThat(perth.createdAt()).contains(Instant.ofEpochSecond(1769904000));
    assertThat(perth.updatedAt()).contains(Instant.ofEpochSecond(1774915200));
    assertThat(perth.attributes()).containsOnlyKeys("EndDate", "CustomerReference", "ExternalReference")
        .containsEntry("CustomerReference", NullNode.getInstance());
    assertThat(trunks.get(0).attributes()).as("a null number is not reported")
        .containsOnlyKeys("CustomerReference", "ExternalReference");
  }

  @Test
  void list_translatesStateAndAuthMode_toVendorParameters() {
    PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0")).willReturn(okJson("[]")));

    provider.list(TrunkQuery.builder().state(TrunkState.ACTIVE).authMode(AuthMode.CREDENTIALS).build()).toList();
    provider.list(TrunkQuery.builder().state(TrunkState.INACTIVE).build()).toList();
    provider.list(TrunkQuery.builder().state(TrunkState.PROVISIONING).authMode(AuthMode.IP).pageSize(10).build())
        .toList();
    provider.list(TrunkQuery.builder().state(TrunkState.DEPROVISIONING).build()).toList();

    wm.server().verify(1, getRequestedFor(urlEqualTo(
        BASE + "/SipTrunks?Type=1&ProvisioningState=2&Results_Skip=0&Results_Count=50")));
    wm.server().verify(1, getRequestedFor(urlEqualTo(BASE + "/SipTrunks?ProvisioningState=0&Results_Skip=0&Results_Count=50")));
    wm.server().verify(1, getRequestedFor(urlEqualTo(
        BASE + "/SipTrunks?Type=0&ProvisioningState=1&Results_Skip=0&Results_Count=10")));
    wm.server().verify(1, getRequestedFor(urlEqualTo(BASE + "/SipTrunks?ProvisioningState=3&Results_Skip=0&Results_Count=50")));
    assertThat(wm.requests()).hasSize(4);
  }

  @Test
  void list_nameAndAuthModeOther_areFilteredHere_andSendNoParameter() {
    PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0")).willReturn(okJson(
        "[{\"SipTrunkSid\":\"ST1\",\"Name\":\"Sydney PBX\",\"Type\":0},{\"SipTrunkSid\":\"ST2\",\"Name\":\"Perth\","
            + "\"Type\":1},{\"SipTrunkSid\":\"ST3\",\"Name\":\"sydney backup\",\"Type\":9}]")));

    assertThat(provider.list(TrunkQuery.builder().name("SYDNEY").build()).toList())
        .extracting(SipTrunk::id).containsExactly("ST1", "ST3");
    assertThat(provider.list(TrunkQuery.builder().authMode(AuthMode.OTHER).build()).toList())
        .extracting(SipTrunk::id).containsExactly("ST3");

    wm.server().verify(2, getRequestedFor(urlEqualTo(BASE + "/SipTrunks?Results_Skip=0&Results_Count=50")));
  }

  @Test
  void list_filtersAgainHere_whenTheVendorIgnoresAFilter() {
    PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0"))
        .willReturn(okJson(Payloads.text("propertiesv2/list.json"))));
    assertThat(provider.list(TrunkQuery.builder().state(TrunkState.ACTIVE).build()).toList())
        .extracting(SipTrunk::id).containsExactly(SID);
  }

  @Test
  void list_120Trunks_defaultPageSize_requestsExactlyThreePages() {
    PropertiesV2ClientTest.stubPages(wm.server(), 120, false);

    assertThat(provider.list().toList()).hasSize(120);

    assertThat(wm.requests()).extracting(r -> r.getUrl()).containsExactlyInAnyOrder(
        BASE + "/SipTrunks?Results_Skip=0&Results_Count=50",
        BASE + "/SipTrunks?Results_Skip=50&Results_Count=50",
        BASE + "/SipTrunks?Results_Skip=100&Results_Count=50");
  }

  @Test
  void list_limit_asksForNoMoreThanNeeded() {
    PropertiesV2ClientTest.stubPages(wm.server(), 120, false);
    wm.server().stubFor(get(urlEqualTo(BASE + "/SipTrunks?Results_Skip=0&Results_Count=5"))
        .willReturn(okJson("[{\"SipTrunkSid\":\"A\"},{\"SipTrunkSid\":\"B\"},{\"SipTrunkSid\":\"C\"},"
            + "{\"SipTrunkSid\":\"D\"},{\"SipTrunkSid\":\"E\"}]")));

    assertThat(provider.list(TrunkQuery.builder().limit(5L).build()).toList()).hasSize(5);
    assertThat(provider.list(TrunkQuery.builder().limit(60L).build()).toList()).hasSize(60);
    assertThat(provider.list(TrunkQuery.builder().limit(0L).build()).toList()).isEmpty();
    assertThat(provider.list(TrunkQuery.builder().limit(5L).authMode(AuthMode.OTHER).build()).toList()).isEmpty();

    assertThat(wm.requests()).extracting(r -> r.getUrl()).containsExactlyInAnyOrder(
        BASE + "/SipTrunks?Results_Skip=0&Results_Count=5",
        BASE + "/SipTrunks?Results_Skip=0&Results_Count=50",
        BASE + "/SipTrunks?Results_Skip=50&Results_Count=50",
        BASE + "/SipTrunks?Results_Skip=0&Results_Count=50",
        BASE + "/SipTrunks?Results_Skip=50&Results_Count=50",
        BASE + "/SipTrunks?Results_Skip=100&Results_Count=50");
  }

  // ---- create ----

  @Test
  void create_ipTrunk_sendsTheMappedBody_thenReadsTheDetails() {
    wm.server().stubFor(post(urlPathEqualTo(BASE + "/SipTrunk"))
        .willReturn(okJson(Payloads.text("propertiesv2/create-response.json"))));
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/" + NEW_SID + "/Details")).willReturn(okJson(
        "{\"SipTrunkSid\":\"" + NEW_SID + "\",\"Name\":\"SipTrunkName\",\"Type\":0,\"ProvisioningState\":1,"
            + "\"SipTrunkIpAddresses\":[{\"IpAddress\":\"1.2.3.4/32\"}]}")));

    SipTrunk created = provider.create(TrunkSpec.builder()
        .name("SipTrunkName")
        .callerId("+61799999999")
        .authMode(AuthMode.IP)
        .addAllowedIps("1.2.3.4")
        .putAttributes("SipTrunkAllowedCountries", array("[{\"CountryCode\":\"NZ\"},{\"CountryCode\":\"AU\"}]"))
        .build());

    wm.server().verify(1, postRequestedFor(urlEqualTo(BASE + "/SipTrunk"))
        .withRequestBody(equalToJson(Payloads.text("propertiesv2/create-request.json"))));
    wm.server().verify(1, getRequestedFor(urlEqualTo(BASE + "/SipTrunk/" + NEW_SID + "/Details")));
    assertThat(wm.requests()).hasSize(2);
    assertThat(created.id()).isEqualTo(NEW_SID);
    assertThat(created.state()).contains(TrunkState.PROVISIONING);
    assertThat(created.allowedIps()).containsExactly("1.2.3.4/32");
  }

  @Test
  void create_credentialsTrunk_infersType1_andMapsUsernameToRealm() {
    wm.server().stubFor(post(urlPathEqualTo(BASE + "/SipTrunk")).willReturn(okJson("{\"SipTrunkSid\":\"ST5\"}")));
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/ST5/Details"))
        .willReturn(okJson("{\"SipTrunkSid\":\"ST5\",\"Name\":\"Melbourne\"}")));

    provider.create(TrunkSpec.builder()
        .name("Melbourne")
        .callerId("+61391234567")
        .username("melb.example.com.au")
        .password(Secret.of("Str0ng!Pass-word"))
        .maxChannels(12)
        .putAttributes("CustomerReference", TextNode.valueOf("MEL-1"))
        .putAttributes("ExternalReference", TextNode.valueOf("SF-9"))
        .build());

    wm.server().verify(1, postRequestedFor(urlEqualTo(BASE + "/SipTrunk")).withRequestBody(equalToJson(
        "{\"Name\":\"Melbourne\",\"DefaultCallerId\":\"+61391234567\",\"Type\":1,\"ChannelLimit\":12,"
            + "\"SipTrunkCredentials\":{\"Realm\":\"melb.example.com.au\",\"Password\":\"Str0ng!Pass-word\"},"
            + "\"CustomerReference\":\"MEL-1\",\"ExternalReference\":\"SF-9\"}")));
  }

  @Test
  void create_refusesBadInput_namingTheNeutralField_andSendsNothing() {
    TrunkSpec ok = TrunkSpec.builder().name("n").callerId("+61291234567").authMode(AuthMode.IP)
        .addAllowedIps("52.62.10.20/32").build();

    refused(TrunkSpec.builder().from(ok).name(java.util.Optional.empty()).build(), "name (Name)");
    refused(TrunkSpec.builder().from(ok).callerId(java.util.Optional.empty()).build(), "callerId (DefaultCallerId)");
    refused(TrunkSpec.builder().from(ok).callerId("+31201234567").build(), "callerId (DefaultCallerId)");
    refused(TrunkSpec.builder().from(ok).authMode(AuthMode.OTHER).build(), "authMode (Type)");
    refused(TrunkSpec.builder().name("n").callerId("+61291234567").build(), "authMode (Type)");
    refused(TrunkSpec.builder().from(ok).allowedIps(List.of("10.0.0.1/32")).build(),
        "allowedIps (SipTrunkIpAddresses)");
    refused(TrunkSpec.builder().from(ok).allowedIps(List.of("52.62.10.20/32", "52.62.0.0/16")).build(),
        "allowedIps (SipTrunkIpAddresses)");
    refused(TrunkSpec.builder().from(ok).allowedIps(List.of()).build(), "allowedIps (SipTrunkIpAddresses)");
    refused(TrunkSpec.builder().from(ok).authMode(AuthMode.CREDENTIALS).build(), "username (SipTrunkCredentials)");
    refused(TrunkSpec.builder().from(ok).authMode(AuthMode.CREDENTIALS).password(Secret.of("Str0ng!Pass-word"))
        .build(), "username (SipTrunkCredentials)");
    refused(TrunkSpec.builder().from(ok).authMode(AuthMode.CREDENTIALS).username("r").build(),
        "password (SipTrunkCredentials.Password)");
    refused(TrunkSpec.builder().from(ok).authMode(AuthMode.CREDENTIALS).username("r").password(Secret.of("short"))
        .build(), "password (SipTrunkCredentials.Password)");
    refused(TrunkSpec.builder().from(ok).maxChannels(0).build(), "maxChannels (ChannelLimit)");
    refused(TrunkSpec.builder().from(ok).host("sip.example.com").build(), "host");
    refused(TrunkSpec.builder().from(ok).port(5060).build(), "port");
    refused(TrunkSpec.builder().from(ok).transport(Transport.TLS).build(), "transport");
    refused(TrunkSpec.builder().from(ok).countryCode("AU").build(), "countryCode");
    refused(TrunkSpec.builder().from(ok).addNumbers("+61291234567").build(), "numbers");
    refused(TrunkSpec.builder().from(ok).putAttributes("Name", TextNode.valueOf("twice")).build(), "attributes.Name");
    refused(TrunkSpec.builder().from(ok).putAttributes("ChannelLimit", TextNode.valueOf("lots")).build(),
        "attributes.ChannelLimit");
    refused(TrunkSpec.builder().from(ok).putAttributes("SipTrunkAllowedCountries",
        array("[{\"CountryCode\":\"Australia\"}]")).build(), "attributes.SipTrunkAllowedCountries");
    refused(TrunkSpec.builder().name("n").callerId("+61291234567").addAllowedIps("52.62.10.20/32").username("u")
        .password(Secret.of("Str0ng!Pass-word")).build(), "authMode (Type)");
    assertThat(wm.requests()).isEmpty();
  }

  @Test
  void create_vendorFieldsOfNeutralFields_areRefusedInAttributes_theNeutralFieldsSendThem() {
    assertThatThrownBy(() -> provider.create(TrunkSpec.builder().name("n").callerId("+61291234567")
        .putAttributes("Type", IntNode.valueOf(0)).build()))
        .hasMessage("attributes.Type: is the neutral field 'authMode'; set that instead");
    assertThat(wm.requests()).isEmpty();
    wm.server().stubFor(post(urlPathEqualTo(BASE + "/SipTrunk")).willReturn(okJson("{\"SipTrunkSid\":\"ST6\"}")));
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/ST6/Details"))
        .willReturn(okJson("{\"SipTrunkSid\":\"ST6\"}")));

    provider.create(TrunkSpec.builder().name("n").callerId("+61291234567").authMode(AuthMode.IP)
        .addAllowedIps("52.62.10.20/32").build());

    wm.server().verify(1, postRequestedFor(urlEqualTo(BASE + "/SipTrunk")).withRequestBody(equalToJson(
        "{\"Name\":\"n\",\"DefaultCallerId\":\"+61291234567\",\"Type\":0,"
            + "\"SipTrunkIpAddresses\":[{\"IpAddress\":\"52.62.10.20/32\"}]}")));
  }

  @Test
  void create_fullSpec_sendsExactlyTheDeclaredBody_passwordOnlyOnTheWire() {
    wm.server().stubFor(post(urlPathEqualTo(BASE + "/SipTrunk")).willReturn(okJson("{\"SipTrunkSid\":\"ST8\"}")));
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/ST8/Details"))
        .willReturn(okJson("{\"SipTrunkSid\":\"ST8\"}")));

    provider.create(TrunkSpec.builder()
        .name("Canberra")
        .callerId("+61261234567")
        .authMode(AuthMode.CREDENTIALS)
        .username("cbr.example.com.au")
        .password(Secret.of("Full!Spec-Pass9"))
        .addAllowedIps("52.62.10.40", "13.54.22.0/28")
        .maxChannels(20)
        .putAttributes("SipTrunkAllowedCountries", array("[{\"CountryCode\":\"AU\",\"Created\":1767225600}]"))
        .putAttributes("CustomerReference", TextNode.valueOf("CBR-1"))
        .putAttributes("ExternalReference", TextNode.valueOf("SF-77"))
        .putAttributes("Notes", TextNode.valueOf("passed as given"))
        .build());

    wm.server().verify(1, postRequestedFor(urlEqualTo(BASE + "/SipTrunk")).withRequestBody(equalToJson(
        "{\"Name\":\"Canberra\",\"Type\":1,\"SipTrunkCredentials\":{\"Realm\":\"cbr.example.com.au\","
            + "\"Password\":\"Full!Spec-Pass9\"},"
            + "\"SipTrunkIpAddresses\":[{\"IpAddress\":\"52.62.10.40/32\"},{\"IpAddress\":\"13.54.22.0/28\"}],"
            + "\"DefaultCallerId\":\"+61261234567\",\"ChannelLimit\":20,"
            + "\"SipTrunkAllowedCountries\":[{\"CountryCode\":\"AU\"}],\"CustomerReference\":\"CBR-1\","
            + "\"ExternalReference\":\"SF-77\",\"Notes\":\"passed as given\"}")));
  }

  @Test
  void update_fullUpdate_sendsExactlyTheDeclaredBody() {
    wm.server().stubFor(put(urlPathEqualTo(BASE + "/SipTrunk/" + SID)).willReturn(okJson("{}")));
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/" + SID + "/Details"))
        .willReturn(okJson("{\"SipTrunkSid\":\"" + SID + "\"}")));

    provider.update(SID, TrunkUpdate.builder()
        .name("Sydney PBX")
        .callerId("+61291234568")
        .authMode(AuthMode.IP)
        .allowedIps(List.of("52.62.10.21"))
        .maxChannels(40)
        .putAttributes("SipTrunkAllowedCountries", array("[{\"CountryCode\":\"NZ\"}]"))
        .putAttributes("CustomerReference", TextNode.valueOf("SYD-2"))
        .build());

    wm.server().verify(1, putRequestedFor(urlEqualTo(BASE + "/SipTrunk/" + SID)).withRequestBody(equalToJson(
        "{\"Name\":\"Sydney PBX\",\"Type\":0,\"SipTrunkIpAddresses\":[{\"IpAddress\":\"52.62.10.21/32\"}],"
            + "\"DefaultCallerId\":\"+61291234568\",\"ChannelLimit\":40,"
            + "\"SipTrunkAllowedCountries\":[{\"CountryCode\":\"NZ\"}],\"CustomerReference\":\"SYD-2\"}")));
  }

  @Test
  void refusals_nameTheNeutralAndTheVendorField_andSayWhy() {
    TrunkSpec ok = TrunkSpec.builder().name("n").callerId("+61291234567").authMode(AuthMode.IP)
        .addAllowedIps("52.62.10.20/32").build();
    assertThatThrownBy(() -> provider.create(TrunkSpec.builder().from(ok).callerId("+31201234567").build()))
        .hasMessage("callerId (DefaultCallerId): must be an Australian number (+61…)");
    assertThatThrownBy(() -> provider.create(TrunkSpec.builder().from(ok).allowedIps(List.of("52.62.0.0/16"))
        .build())).hasMessage("allowedIps (SipTrunkIpAddresses): entry 0 (IpAddress): must be /24 or narrower, was /16");
    assertThatThrownBy(() -> provider.create(TrunkSpec.builder().from(ok).allowedIps(List.of()).build()))
        .hasMessage("allowedIps (SipTrunkIpAddresses): is required when authMode is IP (Type 0)");
    assertThatThrownBy(() -> provider.create(TrunkSpec.builder().from(ok).authMode(AuthMode.CREDENTIALS)
        .username("r").password(Secret.of("weakpass")).build()))
        .hasMessage("password (SipTrunkCredentials.Password): must be at least 10 characters long")
        .hasMessageNotContaining("weakpass");
    assertThatThrownBy(() -> provider.create(TrunkSpec.builder().from(ok).host("sip.example.com").build()))
        .hasMessageStartingWith("host: properties-v2 has no such field; leave it empty");
    assertThatThrownBy(() -> provider.update(SID, TrunkUpdate.builder()
        .putAttributes("CustomerReference", NullNode.getInstance()).build()))
        .hasMessage("attributes.CustomerReference: cannot be cleared at properties-v2");
    assertThatThrownBy(() -> provider.create(TrunkSpec.builder().from(ok)
        .putAttributes("ProvisioningState", IntNode.valueOf(2)).build()))
        .hasMessageStartingWith("attributes.ProvisioningState: ");
    assertThatThrownBy(() -> provider.update(SID, TrunkUpdate.builder()
        .putAttributes("SipTrunkSid", TextNode.valueOf("ST2")).build()))
        .hasMessage("attributes.SipTrunkSid: is the trunk's id and cannot be sent");
    assertThat(wm.requests()).isEmpty();
    // a rule over the whole body is checked on the trunk the update is built from: one read, no update sent
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/" + SID + "/Details"))
        .willReturn(okJson(Payloads.text("propertiesv2/details.json"))));
    assertThatThrownBy(() -> provider.update(SID, TrunkUpdate.builder().authMode(AuthMode.CREDENTIALS)
        .username("realm-1").build()))
        .hasMessage("password (SipTrunkCredentials.Password): is required when authMode changes to CREDENTIALS"
            + " (Type 1)");
    assertThat(wm.requests()).extracting(r -> r.getMethod().value()).containsExactly("GET");
  }

  @Test
  void get_credentialsWithAPasswordButNoRealm_keptInAttributesWithoutThePassword() {
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/ST4/Details")).willReturn(okJson(
        "{\"SipTrunkSid\":\"ST4\",\"SipTrunkCredentials\":{\"Password\":\"Leak3d!Secret\","
            + "\"Hints\":[{\"api_key\":\"k-Leak3d\",\"Kind\":\"digest\"}]}}")));

    SipTrunk trunk = provider.get("ST4");

    assertThat(trunk.username()).isEmpty();
    assertThat(trunk.attributes().get("SipTrunkCredentials").toString())
        .isEqualTo("{\"Hints\":[{\"Kind\":\"digest\"}]}");
    assertThat(Json.mapper().valueToTree(trunk).toString()).doesNotContain("Leak3d");
  }

  @Test
  void create_whoseReadBackFails_isApplied_withTheCreatedId_andIsNotSentAgain() {
    wm.server().stubFor(post(urlPathEqualTo(BASE + "/SipTrunk")).willReturn(okJson("{\"SipTrunkSid\":\"ST7\"}")));
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/ST7/Details"))
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(500)));

    assertThatThrownBy(() -> provider.create(TrunkSpec.builder().name("n").callerId("+61291234567")
        .addAllowedIps("52.62.10.20").build()))
        .isInstanceOfSatisfying(io.trunkline.core.error.TrunkWriteAppliedException.class, e -> {
          assertThat(e.trunkId()).contains("ST7");
          assertThat(e.operation()).isEqualTo("created");
          assertThat(e.getCause()).isInstanceOf(io.trunkline.core.error.TrunkServerException.class);
          assertThat(e.getMessage()).contains("properties-v2 created trunk ST7", "do not send it again");
        });
    wm.server().verify(1, postRequestedFor(urlEqualTo(BASE + "/SipTrunk")));
  }

  // ---- update ----

  @Test
  void update_sendsTheWholeWritableTrunkWithTheChangesApplied_thenReadsTheDetails() {
    wm.server().stubFor(put(urlPathEqualTo(BASE + "/SipTrunk/" + SID)).willReturn(okJson("{}")));
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/" + SID + "/Details"))
        .willReturn(okJson(Payloads.text("propertiesv2/details.json"))));

    SipTrunk updated = provider.update(SID, TrunkUpdate.builder()
        .name("Sydney PBX primary")
        .maxChannels(31)
        .putAttributes("Notes", NullNode.getInstance())
        .build());

    // every field of the documented body from the details (PUT may replace), read-only and answer-only ones not
    wm.server().verify(1, putRequestedFor(urlEqualTo(BASE + "/SipTrunk/" + SID)).withRequestBody(equalToJson(
        "{\"Name\":\"Sydney PBX primary\",\"DefaultCallerId\":\"+61291234567\",\"Type\":0,\"ChannelLimit\":31,"
            + "\"SipTrunkIpAddresses\":[{\"IpAddress\":\"52.62.10.20/32\"},{\"IpAddress\":\"13.54.22.0/28\"}],"
            + "\"SipTrunkAllowedCountries\":[{\"CountryCode\":\"AU\"},{\"CountryCode\":\"NZ\"}],"
            + "\"CustomerReference\":\"SYD-PBX-01\",\"Notes\":null}")));
    assertThat(wm.requests()).extracting(r -> r.getMethod().value()).containsExactly("GET", "PUT", "GET");
    assertThat(updated.id()).isEqualTo(SID);
    assertThat(updated.name()).contains("Sydney PBX primary");
  }

  @Test
  void update_switchingToCredentials_sendsTypeAndCredentials_withTheRestOfTheTrunk() {
    wm.server().stubFor(put(urlPathEqualTo(BASE + "/SipTrunk/" + SID)).willReturn(okJson("{}")));
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/" + SID + "/Details"))
        .willReturn(okJson(Payloads.text("propertiesv2/details.json"))));

    provider.update(SID, TrunkUpdate.builder().authMode(AuthMode.CREDENTIALS).username("syd.example.com.au")
        .password(Secret.of("N3w-Passw0rd!")).build());

    wm.server().verify(1, putRequestedFor(urlEqualTo(BASE + "/SipTrunk/" + SID)).withRequestBody(equalToJson(
        "{\"Type\":1,\"SipTrunkCredentials\":{\"Realm\":\"syd.example.com.au\",\"Password\":\"N3w-Passw0rd!\"},"
            + "\"Name\":\"Sydney PBX primary\",\"DefaultCallerId\":\"+61291234567\",\"ChannelLimit\":30,"
            + "\"SipTrunkIpAddresses\":[{\"IpAddress\":\"52.62.10.20/32\"},{\"IpAddress\":\"13.54.22.0/28\"}],"
            + "\"SipTrunkAllowedCountries\":[{\"CountryCode\":\"AU\"},{\"CountryCode\":\"NZ\"}],"
            + "\"CustomerReference\":\"SYD-PBX-01\"}")));
  }

  @Test
  void update_refusalsThatDependOnTheTrunk_readItOnce_andSendNoUpdate() {
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/" + SID + "/Details"))
        .willReturn(okJson(Payloads.text("propertiesv2/details.json"))));
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/ST2/Details"))
        .willReturn(okJson(Payloads.text("propertiesv2/details-authenticated.json"))));

    assertThatThrownBy(() -> provider.update("ST2", TrunkUpdate.builder().authMode(AuthMode.IP).build()))
        .hasMessage("allowedIps (SipTrunkIpAddresses): is required when authMode changes to IP (Type 0)");
    refusedUpdate(TrunkUpdate.builder().authMode(AuthMode.CREDENTIALS).build(), "username (SipTrunkCredentials)");
    refusedUpdate(TrunkUpdate.builder().password(Secret.of("Str0ng!Pass-word")).build(),
        "username (SipTrunkCredentials)");
    refusedUpdate(TrunkUpdate.builder().username("syd.example.com.au").build(), "password (SipTrunkCredentials.Password)");
    assertThatThrownBy(() -> provider.update("ST2", TrunkUpdate.builder().username("new.example.com.au").build()))
        .hasMessage("password (SipTrunkCredentials.Password): is required with username");

    assertThat(wm.requests()).hasSize(5).allSatisfy(r -> assertThat(r.getMethod().value()).isEqualTo("GET"));
  }

  @Test
  void update_empty_sendsNoUpdate_andReturnsTheTrunk() {
    wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/" + SID + "/Details"))
        .willReturn(okJson(Payloads.text("propertiesv2/details.json"))));
    assertThat(provider.update(SID, TrunkUpdate.builder().build()).id()).isEqualTo(SID);
    assertThat(wm.requests()).hasSize(1);
  }

  @Test
  void update_refusesBadInput_namingTheNeutralField_andSendsNothing() {
    refusedUpdate(TrunkUpdate.builder().name(" ").build(), "name (Name)");
    refusedUpdate(TrunkUpdate.builder().callerId("+611300123456").build(), "callerId (DefaultCallerId)");
    refusedUpdate(TrunkUpdate.builder().authMode(AuthMode.OTHER).build(), "authMode (Type)");
    refusedUpdate(TrunkUpdate.builder().allowedIps(List.of()).build(), "allowedIps (SipTrunkIpAddresses)");
    refusedUpdate(TrunkUpdate.builder().allowedIps(List.of("127.0.0.1")).build(), "allowedIps (SipTrunkIpAddresses)");
    refusedUpdate(TrunkUpdate.builder().numbers(List.of()).build(), "numbers");
    refusedUpdate(TrunkUpdate.builder().host("h").build(), "host");
    refusedUpdate(TrunkUpdate.builder().putAttributes("CustomerReference", NullNode.getInstance()).build(),
        "attributes.CustomerReference");
    refusedUpdate(TrunkUpdate.builder().maxChannels(3).putAttributes("ChannelLimit", IntNode.valueOf(4)).build(),
        "attributes.ChannelLimit");
    assertThatThrownBy(() -> provider.update("..", TrunkUpdate.builder().name("x").build()))
        .isInstanceOf(TrunkValidationException.class);
    assertThat(wm.requests()).isEmpty();
  }

  // ---- capabilities and configuration ----

  @Test
  void capabilities_areExactlyListGetCreateUpdateDelete_andTheRestThrow() {
    assertThat(provider.capabilities()).containsExactlyInAnyOrder(Capability.LIST, Capability.GET,
        Capability.CREATE, Capability.UPDATE, Capability.DELETE);
    assertThatThrownBy(() -> provider.connectNumber(SID, "+61299999999"))
        .isInstanceOfSatisfying(UnsupportedCapabilityException.class,
            e -> assertThat(e.capability()).isEqualTo(Capability.CONNECT_NUMBER));
    assertThatThrownBy(() -> provider.status(SID)).isInstanceOf(UnsupportedCapabilityException.class);
    assertThat(provider.unwrap(PropertiesV2Client.class)).isSameAs(client);
    assertThat(wm.requests()).isEmpty();
  }

  @Test
  void metadata_describesTheProvider() {
    var metadata = Trunkline.discover().metadata("properties-v2").orElseThrow();
    assertThat(metadata.defaultBaseUrl()).contains("https://api.fonedynamics.com");
    assertThat(metadata.requiredSettings()).containsExactly("property-sid");
    assertThat(metadata.optionalSettings()).containsExactlyInAnyOrder("account-sid", "update-method");
    assertThat(metadata.credentialKinds()).containsExactly(io.trunkline.core.Credentials.Kind.USER_PASSWORD);
  }

  @Test
  void accountSid_defaultsToTheCredentialsUser_andMustMatchIt() {
    assertThat(client.accountSid()).isEqualTo(ACCOUNT);
    assertThat(client.propertySid()).isEqualTo(PROPERTY);
    try (TrunkProvider same = wm.open(c -> c.putAllSettings(Map.of("account-sid", ACCOUNT)))) {
      assertThat(same.unwrap(PropertiesV2Client.class).accountSid()).isEqualTo(ACCOUNT);
    }
    assertThatThrownBy(() -> wm.open(c -> c.putAllSettings(Map.of("account-sid", "ACOTHER"))))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("account-sid");
  }

  @Test
  void badConfiguration_failsAtOpen_namingTheProblem() {
    PropertiesV2ProviderFactory factory = new PropertiesV2ProviderFactory();
    assertThatThrownBy(() -> factory.create(ProviderConfig.builder()
        .credentials(Credentials.userPassword(ACCOUNT, Secret.of(TOKEN))).build()))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("property-sid");
    assertThatThrownBy(() -> wm.open(c -> c.putAllSettings(Map.of("property-sid", ".."))))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("property-sid");
    assertThatThrownBy(() -> wm.open(c -> c.putAllSettings(Map.of("update-method", "DELETE"))))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("PUT, PATCH or POST");
    assertThatThrownBy(() -> factory.create(wm.config().credentials(Credentials.bearer("t")).build()))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("USER_PASSWORD");
    assertThatThrownBy(() -> factory.create(wm.config().baseUrl("http://api.example.com").build()))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("HTTPS");
  }

  @Test
  void defaultBaseUrl_isTheVendorsHost() {
    try (TrunkProvider p = new PropertiesV2ProviderFactory().create(ProviderConfig.builder()
        .credentials(Credentials.userPassword(ACCOUNT, Secret.of(TOKEN)))
        .putSettings("property-sid", PROPERTY).build())) {
      assertThat(p.toString()).contains("https://api.fonedynamics.com").doesNotContain(TOKEN);
    }
  }

  private void refused(TrunkSpec spec, String field) {
    assertThatThrownBy(() -> provider.create(spec)).as(field)
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private void refusedUpdate(TrunkUpdate update, String field) {
    assertThatThrownBy(() -> provider.update(SID, update)).as(field)
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
  }

  private static JsonNode array(String json) {
    try {
      return Json.mapper().readTree(json);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  // ---- the neutral reads accept exactly the envelopes the typed client does (ResponseShapes) ----

  private static final String T1 = "{\"SipTrunkSid\":\"ST1\",\"Name\":\"one\"}";
  private static final String T2 = "{\"SipTrunkSid\":\"ST2\",\"Name\":\"two\"}";

  /** What a reader made of an answer: the ids and total, or the kind of failure. */
  private static String outcome(java.util.function.Supplier<io.trunkline.core.Paged.Page<String>> read) {
    try {
      io.trunkline.core.Paged.Page<String> page = read.get();
      return page.items() + " total=" + page.totalCount();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName();
    }
  }

  @Test
  void list_readsEachEnvelope_asTheTypedClientDoes_streaming() {
    List<String> answers = List.of("[" + T1 + "," + T2 + "]", "[]", "{\"SipTrunks\":[" + T1 + "],\"TotalCount\":7}",
        "{\"items\":[" + T2 + "],\"total\":\"3\"}", "{\"Data\":[" + T2 + "],\"Items\":[" + T1 + "]}",
        "{\"Value\":null,\"Other\":[1]}", "{\"Page\":{\"N\":1},\"Found\":[" + T1 + "],\"RESULTS_TOTAL\":1}",
        "{\"SipTrunks\":\"none\",\"Rows\":[" + T2 + "],\"TotalCount\":-1,\"Total\":2}",
        "{\"Status\":\"ok\"}", "{\"A\":[],\"B\":[]}", "[1, 2]", "[{\"Name\":\"no sid\"}]", "\"text\"",
        "{\"Items\":[" + T1 + "],\"Items\":[]}");
    List<String> outcomes = new java.util.ArrayList<>();
    for (String answer : answers) {
      PropertiesV2Account.firstPageOnly(wm.server()).stubFor(get(urlPathEqualTo(BASE + "/SipTrunks"))
        .withQueryParam("Results_Skip", equalTo("0")).willReturn(okJson(answer)));
      String typed = outcome(() -> {
        io.trunkline.core.Paged.Page<SipTrunkSummary> page = client.listSipTrunks().firstPage();
        return new io.trunkline.core.Paged.Page<>(page.items().stream().map(SipTrunkSummary::sipTrunkSid).toList(),
            page.index(), page.totalCount());
      });
      String neutral = outcome(() -> {
        io.trunkline.core.Paged.Page<SipTrunk> page = provider.list().firstPage();
        return new io.trunkline.core.Paged.Page<>(page.items().stream().map(SipTrunk::id).toList(), page.index(),
            page.totalCount());
      });
      assertThat(neutral).as(answer).isEqualTo(typed);
      outcomes.add(neutral);
    }
    assertThat(outcomes.subList(0, 8)).containsExactly("[ST1, ST2] total=OptionalLong.empty", "[] total=OptionalLong.empty",
        "[ST1] total=OptionalLong[7]", "[ST2] total=OptionalLong[3]", "[ST1] total=OptionalLong.empty",
        "[] total=OptionalLong.empty", "[ST1] total=OptionalLong[1]", "[ST2] total=OptionalLong[2]");
    assertThat(outcomes.subList(8, outcomes.size())).containsOnly("TrunkResponseException");
  }

  @Test
  void get_readsEachEnvelope_asTheTypedClientDoes() {
    List<String> answers = List.of(T1, "{\"SipTrunk\":" + T1 + ",\"Meta\":{}}", "{\"sipTrunk\":" + T1 + "}",
        "{\"Message\":" + T1 + "}", "{\"A\":" + T1 + ",\"B\":" + T2 + "}", "{\"Message\":{\"Name\":\"x\"}}",
        "[" + T1 + "]", "{}");
    List<String> outcomes = new java.util.ArrayList<>();
    for (String answer : answers) {
      wm.server().stubFor(get(urlPathEqualTo(BASE + "/SipTrunk/ST1/Details")).willReturn(okJson(answer)));
      String typed = outcome(() -> new io.trunkline.core.Paged.Page<>(
          List.of(client.getSipTrunkDetails("ST1").sipTrunkSid()), 0, java.util.OptionalLong.empty()));
      String neutral = outcome(() -> new io.trunkline.core.Paged.Page<>(List.of(provider.get("ST1").id()), 0,
          java.util.OptionalLong.empty()));
      assertThat(neutral).as(answer).isEqualTo(typed);
      outcomes.add(neutral);
    }
    assertThat(outcomes).containsExactly("[ST1] total=OptionalLong.empty", "[ST1] total=OptionalLong.empty",
        "[ST1] total=OptionalLong.empty", "[ST1] total=OptionalLong.empty", "TrunkResponseException",
        "TrunkResponseException", "TrunkResponseException", "TrunkResponseException");
  }
}

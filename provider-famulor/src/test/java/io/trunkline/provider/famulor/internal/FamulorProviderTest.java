package io.trunkline.provider.famulor.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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
import static io.trunkline.provider.famulor.internal.FamulorAccount.KEY;
import static io.trunkline.provider.famulor.internal.FamulorAccount.TRUNKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Capability;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.provider.famulor.FamulorClient;
import io.trunkline.contract.WireMockVendor;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The neutral TrunkProvider over Famulor: the mapping of DESIGN.md, field by field, and the exact requests. */
@Timeout(20)
class FamulorProviderTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> fx = FamulorAccount.wireMock();

  @Test
  void list_mapsEveryNeutralField_ofBothSeedTrunks() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS)).willReturn(okJson(fx.payload("list.json"))));

    List<SipTrunk> trunks = fx.provider().list().toList();

    fx.server().verify(1, getRequestedFor(urlEqualTo(TRUNKS))
        .withHeader("Authorization", equalTo("Bearer " + KEY)));
    assertThat(trunks).hasSize(2);
    SipTrunk first = trunks.get(0);
    assertThat(first.provider()).isEqualTo("famulor");
    assertThat(first.id()).isEqualTo("42");
    assertThat(first.name()).isEmpty();
    assertThat(first.state()).isEmpty();
    assertThat(first.host()).contains("sip.provider.com");
    assertThat(first.port()).isEmpty();
    assertThat(first.transport()).isEmpty();
    assertThat(first.authMode()).contains(AuthMode.CREDENTIALS);
    assertThat(first.username()).contains("myuser");
    assertThat(first.allowedIps()).isEmpty();
    assertThat(first.numbers()).containsExactly("1000");
    assertThat(first.callerId()).isEmpty();
    assertThat(first.maxChannels()).isEmpty();
    assertThat(first.countryCode()).contains("US");
    assertThat(first.createdAt()).contains(Instant.parse("2026-03-31T10:00:00Z"));
    assertThat(first.updatedAt()).contains(Instant.parse("2026-03-31T10:00:00Z"));
    assertThat(first.attributes()).containsOnly(
        entry("sip_calling_format", TextNode.valueOf("+e164")),
        entry("outbound_proxy", BooleanNode.FALSE));
    SipTrunk second = trunks.get(1);
    assertThat(second.id()).isEqualTo("43");
    assertThat(second.authMode()).contains(AuthMode.IP);
    assertThat(second.allowedIps()).containsExactly("203.0.113.10", "198.51.100.20");
    assertThat(second.numbers()).containsExactly("+14155551234");
    assertThat(second.username()).contains("trunk_user");
    assertThat(second.attributes()).containsOnly(
        entry("sip_calling_format", TextNode.valueOf("e164")),
        entry("outbound_proxy", BooleanNode.TRUE));
  }

  @Test
  void list_appliesTheQueryFiltersAndLimit_clientSide_inOneRequest() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS)).willReturn(okJson(fx.payload("list.json"))));

    assertThat(fx.provider().list(TrunkQuery.builder().authMode(AuthMode.IP).build()).toList())
        .extracting(SipTrunk::id).containsExactly("43");
    assertThat(fx.provider().list(TrunkQuery.builder().limit(1L).pageSize(1).build()).toList())
        .extracting(SipTrunk::id).containsExactly("42");
    fx.server().verify(2, getRequestedFor(urlEqualTo(TRUNKS)));
  }

  @Test
  void get_isTheDocumentedNeutralJson() throws Exception {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("get.json"))));

    SipTrunk trunk = fx.provider().get("42");

    fx.server().verify(1, getRequestedFor(urlEqualTo(TRUNKS + "/42")));
    JsonNode expected = Json.mapper().readTree("{\"provider\":\"famulor\",\"id\":\"42\","
        + "\"name\":\"Provider X — Haupt\",\"state\":null,\"host\":\"sip.provider.com\",\"port\":null,"
        + "\"transport\":null,\"authMode\":\"CREDENTIALS\",\"username\":\"myuser\",\"allowedIps\":[],"
        + "\"numbers\":[\"1000\"],\"callerId\":null,\"maxChannels\":null,\"countryCode\":\"US\","
        + "\"createdAt\":\"2026-03-31T10:00:00Z\",\"updatedAt\":\"2026-03-31T10:00:00Z\",\"attributes\":{"
        + "\"sip_calling_format\":\"+e164\",\"outbound_proxy\":false,\"inbound_trunk_id\":\"ST_xxxxxxxxxxxx\","
        + "\"outbound_trunk_id\":\"ST_yyyyyyyyyyyy\"}}");
    assertThat(Json.mapper().readTree(Json.mapper().writeValueAsString(trunk))).isEqualTo(expected);
  }

  @Test
  void get_unknownAuthType_isOther_withTheVendorValueInAttributes_andUnknownFieldsKept() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson("{\"data\":{\"id\":42,"
        + "\"phone_number\":\"1000\",\"nickname\":null,\"sip_username\":\"myuser\","
        + "\"sip_address\":\"sip.provider.com\",\"inbound_authorization_type\":\"mtls\",\"allowed_inbound_ips\":null,"
        + "\"codec\":\"opus\",\"channels\":4}}")));

    SipTrunk trunk = fx.provider().get("42");

    assertThat(trunk.authMode()).contains(AuthMode.OTHER);
    assertThat(trunk.name()).isEmpty();
    assertThat(trunk.countryCode()).isEmpty();
    assertThat(trunk.createdAt()).isEmpty();
    assertThat(trunk.attributes()).containsOnly(
        entry("inbound_authorization_type", TextNode.valueOf("mtls")),
        entry("codec", TextNode.valueOf("opus")),
        entry("channels", IntNode.valueOf(4)));
  }

  @Test
  void create_mapsTheNeutralSpec_toTheExactFamulorBody() {
    fx.server().stubFor(post(urlEqualTo(TRUNKS)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(fx.payload("create-201-number.json"))));

    SipTrunk created = fx.provider().create(TrunkSpec.builder()
        .name("US Support")
        .host("sip.provider.com")
        .username("trunk_user")
        .password(Secret.of("pw-4711"))
        .authMode(AuthMode.IP)
        .addAllowedIps("203.0.113.10", "198.51.100.20")
        .addNumbers("+14155551234")
        .countryCode("US")
        .putAttributes("sip_calling_format", TextNode.valueOf("e164"))
        .putAttributes("outbound_proxy", BooleanNode.TRUE)
        .build());

    fx.server().verify(1, postRequestedFor(urlEqualTo(TRUNKS))
        .withHeader("Authorization", equalTo("Bearer " + KEY))
        .withRequestBody(equalToJson("{\"sip_trunk_type\":\"number\",\"phone_number\":\"+14155551234\","
            + "\"nickname\":\"US Support\",\"sip_username\":\"trunk_user\",\"sip_password\":\"pw-4711\","
            + "\"sip_address\":\"sip.provider.com\",\"sip_calling_format\":\"e164\","
            + "\"inbound_authorization_type\":\"ip\",\"allowed_inbound_ips\":[\"203.0.113.10\",\"198.51.100.20\"],"
            + "\"country_code\":\"US\",\"outbound_proxy\":true}", false, false)));
    assertThat(created.id()).isEqualTo("43");
    assertThat(created.authMode()).contains(AuthMode.IP);
    assertThat(created.attributes()).containsEntry("inbound_trunk_id", TextNode.valueOf("ST_xxxxxxxxxxxx"));
  }

  @Test
  void create_infersAnExtensionWithPasswordAuth_whenNotSaid() {
    fx.server().stubFor(post(urlEqualTo(TRUNKS)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(fx.payload("create-201-extension.json"))));

    fx.provider().create(minimalSpec().build());

    fx.server().verify(1, postRequestedFor(urlEqualTo(TRUNKS))
        .withRequestBody(equalToJson("{\"sip_trunk_type\":\"extension\",\"phone_number\":\"1000\","
            + "\"sip_username\":\"myuser\",\"sip_password\":\"pw-4711\",\"sip_address\":\"sip.provider.com\","
            + "\"sip_calling_format\":\"+e164\",\"inbound_authorization_type\":\"auth\",\"country_code\":\"US\"}",
            false, false)));
  }

  @Test
  void create_takesTheTrunkTypeFromAttributes_andTheAuthTypeFromAuthMode() {
    fx.server().stubFor(post(urlEqualTo(TRUNKS)).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(fx.payload("create-201-extension.json"))));

    fx.provider().create(minimalSpec()
        .putAttributes("sip_trunk_type", TextNode.valueOf("extension"))
        .authMode(AuthMode.CREDENTIALS)
        .build());

    fx.server().verify(1, postRequestedFor(urlEqualTo(TRUNKS)).withRequestBody(equalToJson(
        "{\"sip_trunk_type\":\"extension\",\"inbound_authorization_type\":\"auth\"}", false, true)));
  }

  static Stream<Arguments> refusedSpecs() {
    return Stream.of(
        arguments("port", spec(b -> b.port(5060)), "port"),
        arguments("transport", spec(b -> b.transport(Transport.TLS)), "transport"),
        arguments("caller id", spec(b -> b.callerId("+4930901820")), "callerId"),
        arguments("max channels", spec(b -> b.maxChannels(10)), "maxChannels"),
        arguments("no number", spec(b -> b.numbers(List.of())), "numbers (phone_number)"),
        arguments("two numbers", spec(b -> b.numbers(List.of("1000", "1001"))), "numbers (phone_number)"),
        arguments("no username", spec(b -> b.username(java.util.Optional.empty())), "username (sip_username)"),
        arguments("no password", spec(b -> b.password(java.util.Optional.empty())), "password (sip_password)"),
        arguments("no host", spec(b -> b.host(java.util.Optional.empty())), "host (sip_address)"),
        arguments("no country", spec(b -> b.countryCode(java.util.Optional.empty())), "countryCode (country_code)"),
        arguments("no calling format", spec(b -> b.attributes(java.util.Map.of())), "attributes.sip_calling_format"),
        arguments("calling format not a string", spec(b -> b.putAttributes("sip_calling_format", IntNode.valueOf(1))),
            "attributes.sip_calling_format"),
        arguments("outbound_proxy not a boolean", spec(b -> b.putAttributes("outbound_proxy", TextNode.valueOf("yes"))),
            "attributes.outbound_proxy"),
        arguments("neutral field as attribute", spec(b -> b.putAttributes("sip_username", TextNode.valueOf("u"))),
            "attributes.sip_username"),
        arguments("password as attribute", spec(b -> b.putAttributes("sip_password", TextNode.valueOf("pw1"))),
            "attributes.sip_password"),
        arguments("read-only attribute", spec(b -> b.putAttributes("inbound_trunk_id", TextNode.valueOf("ST_1"))),
            "attributes.inbound_trunk_id"),
        arguments("unknown attribute", spec(b -> b.putAttributes("sip_port", IntNode.valueOf(5060))),
            "attributes.sip_port"),
        arguments("auth mode OTHER", spec(b -> b.authMode(AuthMode.OTHER)),
            "authMode (inbound_authorization_type)"),
        arguments("auth mode contradicting attribute", spec(b -> b.authMode(AuthMode.IP)
            .putAttributes("inbound_authorization_type", TextNode.valueOf("auth"))),
            "attributes.inbound_authorization_type"),
        arguments("IP auth without IPs", spec(b -> b.authMode(AuthMode.IP)),
            "allowedIps (allowed_inbound_ips)"),
        arguments("E.164 number typed as extension", spec(b -> b.numbers(List.of("+4930901820123456"))),
            "numbers (phone_number)"),
        arguments("host with port", spec(b -> b.host("sip.provider.com:5080")), "host (sip_address)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedSpecs")
  void create_refusesWhatFamulorCannotHold_beforeSending(String why, TrunkSpec spec, String field) {
    assertThatThrownBy(() -> fx.provider().create(spec))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    assertThat(fx.server().getAllServeEvents()).isEmpty();
  }

  @Test
  void update_sendsOnlyTheMappedFieldsSet() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("get.json"))));   // read first
    fx.server().stubFor(put(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("update-200-ip.json"))));

    SipTrunk updated = fx.provider().update("42", TrunkUpdate.builder()
        .name("Neu")
        .host("sip2.provider.com")
        .username("new_user")
        .password(Secret.of("n3w-pass"))
        .authMode(AuthMode.IP)
        .allowedIps(List.of("203.0.113.10"))
        .numbers(List.of("1001"))
        .countryCode("DE")
        .putAttributes("sip_calling_format", TextNode.valueOf("national"))
        .putAttributes("outbound_proxy", BooleanNode.TRUE)
        .build());

    fx.server().verify(1, putRequestedFor(urlEqualTo(TRUNKS + "/42"))
        .withHeader("Authorization", equalTo("Bearer " + KEY))
        .withRequestBody(equalToJson("{\"phone_number\":\"1001\",\"nickname\":\"Neu\",\"sip_username\":\"new_user\","
            + "\"sip_password\":\"n3w-pass\",\"sip_address\":\"sip2.provider.com\",\"sip_calling_format\":\"national\","
            + "\"inbound_authorization_type\":\"ip\",\"allowed_inbound_ips\":[\"203.0.113.10\"],"
            + "\"country_code\":\"DE\",\"outbound_proxy\":true}", false, false)));
    assertThat(updated.id()).isEqualTo("42");
    assertThat(updated.authMode()).contains(AuthMode.IP);
    assertThat(updated.allowedIps()).containsExactly("203.0.113.10");
    assertThat(updated.updatedAt()).contains(Instant.parse("2026-03-31T12:00:00Z"));
  }

  @Test
  void update_nameOnly_sendsOnlyTheNickname() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("get.json"))));   // read first
    fx.server().stubFor(put(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("update-200-credentials.json"))));

    fx.provider().update("42", TrunkUpdate.builder().name("Front desk").build());

    fx.server().verify(1, putRequestedFor(urlEqualTo(TRUNKS + "/42"))
        .withRequestBody(equalToJson("{\"nickname\":\"Front desk\"}", false, false)));
  }

  @Test
  void update_anEmptyName_clearsTheNickname() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("get.json"))));   // read first
    fx.server().stubFor(put(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("update-200-credentials.json"))));

    fx.provider().update("42", TrunkUpdate.builder().name("").build());

    fx.server().verify(1, putRequestedFor(urlEqualTo(TRUNKS + "/42"))
        .withRequestBody(equalToJson("{\"nickname\":null}", false, false)));
  }

  @Test
  void update_readFromAPatchFile_clearsTheNickname() throws Exception {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("get.json"))));   // read first
    fx.server().stubFor(put(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("update-200-credentials.json"))));
    TrunkUpdate patch = Json.mapper().readValue("{\"name\":\"\",\"countryCode\":\"DE\",\"attributes\":{"
        + "\"sip_calling_format\":\"national\"}}", TrunkUpdate.class);

    fx.provider().update("42", patch);

    fx.server().verify(1, putRequestedFor(urlEqualTo(TRUNKS + "/42")).withRequestBody(equalToJson(
        "{\"nickname\":null,\"country_code\":\"DE\",\"sip_calling_format\":\"national\"}", false, false)));
  }

  static Stream<Arguments> refusedUpdates() {
    return Stream.of(
        arguments("sip_trunk_type", update(b -> b.putAttributes("sip_trunk_type", TextNode.valueOf("number"))),
            "attributes.sip_trunk_type"),
        arguments("nickname not null", update(b -> b.putAttributes("nickname", TextNode.valueOf("x"))),
            "attributes.nickname"),
        arguments("name and clear", update(b -> b.name("x").putAttributes("nickname", NullNode.getInstance())),
            "attributes.nickname"),
        arguments("port", update(b -> b.port(5060)), "port"),
        arguments("transport", update(b -> b.transport(Transport.UDP)), "transport"),
        arguments("caller id", update(b -> b.callerId("+4930901820")), "callerId"),
        arguments("max channels", update(b -> b.maxChannels(3)), "maxChannels"),
        arguments("two numbers", update(b -> b.numbers(List.of("1", "2"))), "numbers (phone_number)"),
        arguments("switch to IP without IPs", update(b -> b.authMode(AuthMode.IP)),
            "allowedIps (allowed_inbound_ips)"),
        arguments("empty allow-list", update(b -> b.allowedIps(List.of())),
            "allowedIps (allowed_inbound_ips)"),
        arguments("unknown attribute", update(b -> b.putAttributes("codec", TextNode.valueOf("opus"))),
            "attributes.codec"),
        arguments("read-only attribute", update(b -> b.putAttributes("created_at", TextNode.valueOf("x"))),
            "attributes.created_at"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedUpdates")
  void update_refusesWhatFamulorCannotChange_beforeSending(String why, TrunkUpdate update, String field) {
    assertThatThrownBy(() -> fx.provider().update("42", update))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo(field));
    assertThat(fx.server().getAllServeEvents()).isEmpty();
  }

  @Test
  void update_thatSetsNothing_readsTheTrunk_andSendsNoPut() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("get.json"))));

    SipTrunk trunk = fx.provider().update("42", TrunkUpdate.builder().build());

    assertThat(trunk.name()).contains("Provider X — Haupt");
    fx.server().verify(0, putRequestedFor(urlEqualTo(TRUNKS + "/42")));
  }

  @Test
  void delete_checksTheIdIsASipTrunk_thenDeletesThroughThePhoneNumberPath() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("get.json"))));
    fx.server().stubFor(delete(urlEqualTo("/api/user/phone-numbers/42"))
        .willReturn(okJson(fx.payload("delete-200.json"))));

    fx.provider().delete("42");

    fx.server().verify(1, getRequestedFor(urlEqualTo(TRUNKS + "/42")));
    fx.server().verify(1, deleteRequestedFor(urlEqualTo("/api/user/phone-numbers/42"))
        .withHeader("Authorization", equalTo("Bearer " + KEY)).withRequestBody(absent()));
  }

  @Test
  void delete_whoseRetryIsAnsweredNotFound_afterA502ThatMayHaveDeletedIt_isDone() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("get.json"))));
    fx.server().stubFor(delete(urlEqualTo("/api/user/phone-numbers/42")).inScenario("d")
        .whenScenarioStateIs("Started").willReturn(aResponse().withStatus(502)).willSetStateTo("gone"));
    fx.server().stubFor(delete(urlEqualTo("/api/user/phone-numbers/42")).inScenario("d")
        .whenScenarioStateIs("gone").willReturn(aResponse().withStatus(404).withHeader("Content-Type",
            "application/json").withBody(fx.payload("error-404-sip-trunk.json"))));

    fx.provider().delete("42");

    fx.server().verify(2, deleteRequestedFor(urlEqualTo("/api/user/phone-numbers/42")));
  }

  @Test
  void delete_whoseRetryIsAnsweredNotFound_afterA503_isNotFound() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("get.json"))));
    fx.server().stubFor(delete(urlEqualTo("/api/user/phone-numbers/42")).inScenario("d")
        .whenScenarioStateIs("Started").willReturn(aResponse().withStatus(503)).willSetStateTo("gone"));
    fx.server().stubFor(delete(urlEqualTo("/api/user/phone-numbers/42")).inScenario("d")
        .whenScenarioStateIs("gone").willReturn(aResponse().withStatus(404).withHeader("Content-Type",
            "application/json").withBody(fx.payload("error-404-sip-trunk.json"))));

    assertThatThrownBy(() -> fx.provider().delete("42")).isInstanceOf(TrunkNotFoundException.class);
  }

  @Test
  void delete_ofAnIdThatIsNoSipTrunk_releasesNothing() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/77"))
        .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
            .withBody(fx.payload("error-404-sip-trunk.json"))));

    assertThatThrownBy(() -> fx.provider().delete("77")).isInstanceOf(TrunkNotFoundException.class);

    fx.server().verify(0, deleteRequestedFor(urlEqualTo("/api/user/phone-numbers/77")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"../admin", "a/b", "+31 500", "?x#y", "", " ", ".", "..", "-1", "0", "4 2", "42;x",
      "99999999999999999999", "９"})
  void hostileOrNonNumericIds_areRefused_withoutARequest(String id) {
    assertThatThrownBy(() -> fx.provider().get(id))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo("id"));
    assertThatThrownBy(() -> fx.provider().delete(id)).isInstanceOf(TrunkValidationException.class);
    assertThatThrownBy(() -> fx.provider().update(id, TrunkUpdate.builder().name("x").build()))
        .isInstanceOf(TrunkValidationException.class);
    assertThat(fx.server().getAllServeEvents()).isEmpty();
  }

  @Test
  void metadata_declaresExactlyTheFiveOperations_andTheDefaultBaseUrl() {
    assertThat(fx.provider().capabilities()).containsExactlyInAnyOrder(Capability.LIST, Capability.GET,
        Capability.CREATE, Capability.UPDATE, Capability.DELETE);
    assertThat(fx.provider().metadata().defaultBaseUrl()).contains("https://app.famulor.de");
    assertThat(fx.provider().unwrap(FamulorClient.class)).isSameAs(fx.provider().unwrap(FamulorClient.class));
  }

  @Test
  void anApiKeyCredential_isSentAsABearerToken() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS)).willReturn(okJson(fx.payload("list.json"))));
    try (var p = new FamulorProviderFactory().create(fx.config().credentials(Credentials.apiKey(Secret.of(KEY)))
        .build())) {
      p.list().toList();
    }
    fx.server().verify(1, getRequestedFor(urlEqualTo(TRUNKS)).withHeader("Authorization", equalTo("Bearer " + KEY))
        .withHeader("X-Api-Key", absent()));
  }

  @Test
  void credentialsFamulorCannotUse_andPlainHttp_areRefusedAtOpen() {
    FamulorProviderFactory factory = new FamulorProviderFactory();
    assertThatThrownBy(() -> factory.create(fx.config()
        .credentials(Credentials.apiKey("X-Api-Key", Secret.of(KEY))).build()))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageNotContaining(KEY);
    assertThatThrownBy(() -> factory.create(fx.config()
        .credentials(Credentials.userPassword("me", Secret.of(KEY))).build()))
        .isInstanceOf(TrunkConfigurationException.class);
    assertThatThrownBy(() -> factory.create(ProviderConfig.builder().baseUrl("http://app.famulor.de")
        .credentials(Credentials.bearer(KEY)).build()))
        .isInstanceOf(TrunkConfigurationException.class);
    assertThat(fx.provider().toString()).doesNotContain(KEY);
  }

  private static TrunkSpec.Builder minimalSpec() {
    return TrunkSpec.builder()
        .host("sip.provider.com")
        .username("myuser")
        .password(Secret.of("pw-4711"))
        .addNumbers("1000")
        .countryCode("US")
        .putAttributes("sip_calling_format", TextNode.valueOf("+e164"));
  }

  private static TrunkSpec spec(UnaryOperator<TrunkSpec.Builder> change) {
    return change.apply(minimalSpec()).build();
  }

  private static TrunkUpdate update(UnaryOperator<TrunkUpdate.Builder> change) {
    return change.apply(TrunkUpdate.builder()).build();
  }

  private static java.util.Map.Entry<String, JsonNode> entry(String key, JsonNode value) {
    return java.util.Map.entry(key, value);
  }
}

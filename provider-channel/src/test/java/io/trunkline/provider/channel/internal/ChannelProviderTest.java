package io.trunkline.provider.channel.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.trunkline.provider.channel.internal.ChannelAccount.ACCOUNT;
import static io.trunkline.provider.channel.internal.ChannelAccount.ACCOUNT_PATH;
import static io.trunkline.provider.channel.internal.ChannelAccount.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Capability;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.Trunkline;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.core.error.TrunkWriteAppliedException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.error.UnsupportedCapabilityException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.CallBarring;
import io.trunkline.core.model.CallerId;
import io.trunkline.core.model.Proxy;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Template;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.provider.channel.ChannelClient;
import io.trunkline.provider.channel.ChannelEdit;
import io.trunkline.contract.WireMockVendor;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The neutral provider: metadata, config checks, the update mapping both ways, the listings. */
class ChannelProviderTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = ChannelAccount.wireMock();
  private TrunkProvider provider = wm.provider();
  private ChannelClient client = provider.unwrap(ChannelClient.class);

  private static final String PASSWORD = "Sip-Pw-7c1e-SECRET";

  // ---- metadata and opening ----

  @Test
  void metadata_describesTheVendorAsDocumented() {
    var metadata = Trunkline.discover().metadata("channel").orElseThrow();

    assertThat(metadata.id()).isEqualTo("channel");
    assertThat(metadata.defaultBaseUrl()).isEmpty();
    assertThat(metadata.credentialKinds()).containsExactlyInAnyOrder(Credentials.Kind.BEARER, Credentials.Kind.API_KEY);
    assertThat(metadata.requiredSettings()).containsExactly("account-id");
    assertThat(metadata.optionalSettings()).containsExactly("id-field-spelling");
    assertThat(metadata.capabilities()).containsExactlyInAnyOrder(Capability.UPDATE, Capability.CONNECT_NUMBER,
        Capability.DISCONNECT_NUMBER, Capability.CALLER_IDS, Capability.PROXIES, Capability.TEMPLATES,
        Capability.CALL_BARRINGS);
    assertThat(metadata.documentation()).isPresent();
  }

  @Test
  void opening_withoutABaseUrl_fails_naming_theBaseUrl() {
    ProviderConfig config = ProviderConfig.builder().credentials(Credentials.bearer(TOKEN))
        .putSettings("account-id", ACCOUNT).build();

    assertThatThrownBy(() -> wm.open(config)).isInstanceOf(TrunkConfigurationException.class)
        .hasMessageContaining("base URL");
  }

  @Test
  void opening_withoutTheAccountId_fails_namingIt() {
    ProviderConfig config = ProviderConfig.builder().from(wm.config().build()).settings(java.util.Map.of()).build();

    assertThatThrownBy(() -> wm.open(config)).isInstanceOf(TrunkConfigurationException.class)
        .hasMessageContaining("account-id");
  }

  @Test
  void opening_withAnAccountIdThatIsNotAUuid_fails_namingIt() {
    assertThatThrownBy(() -> wm.open(wm.config().putSettings("account-id", "013dc5c1").build()))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("account-id").hasMessageContaining("UUID");
  }

  @Test
  void opening_withAnUnknownIdFieldSpelling_fails() {
    assertThatThrownBy(() -> wm.open(wm.config().putSettings("id-field-spelling", "camel").build()))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("id-field-spelling");
  }

  @Test
  void opening_withUserAndPassword_fails_asTheVendorTakesTokensOnly() {
    assertThatThrownBy(() -> wm.open(wm.config().credentials(Credentials.userPassword("u", Secret.of("p"))).build()))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("USER_PASSWORD");
  }

  @Test
  void opening_plainHttpToARemoteHost_fails() {
    assertThatThrownBy(() -> wm.open(wm.config().baseUrl("http://sip.example.net").build()))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("HTTPS");
  }

  @Test
  void theVendorClient_isOneUnwrapAway_andToStringHidesTheToken() {
    assertThat(provider.unwrap(ChannelClient.class)).isSameAs(client);
    assertThat(client.accountId()).isEqualTo(ACCOUNT);
    assertThat(((DefaultChannelClient) client).idFieldSpelling()).isEqualTo(IdFieldSpelling.EXAMPLE);
    assertThat(provider.toString()).doesNotContain(TOKEN);
  }

  @Test
  void listGetCreateDeleteStatusExport_areUnsupported_andSendNothing() {
    wm.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    List<Executable> calls = List.of(() -> provider.list(), () -> provider.get("acme"),
        () -> provider.create(TrunkSpec.builder().name("x").build()), () -> provider.delete("acme"),
        () -> provider.status("acme"), () -> provider.export(new ByteArrayOutputStream()));
    for (Executable call : calls) {
      assertThatThrownBy(call::execute).isInstanceOf(UnsupportedCapabilityException.class);
    }
    assertThat(wm.requests()).isEmpty();
  }

  // ---- update ----

  @Test
  void update_mapsTheNeutralFieldsAndTheAttributes_toOneEditChannel() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/acme-amsterdam"))
        .willReturn(jsonResponse("{\"channel_name\":\"acme-ams-01\"}", 200)));

    SipTrunk trunk = provider.update("acme-amsterdam", TrunkUpdate.builder()
        .name("acme-ams-01")
        .password(Secret.of(PASSWORD))
        .callerId("+31207001100")
        .allowedIps(List.of("198.51.100.10", "203.0.113.0/24"))
        .putAttributes("call_barrings", Json.mapper().createArrayNode().add("DEVPN"))
        .putAttributes("full_e164", BooleanNode.TRUE)
        .putAttributes("sip_trunk", Json.object().put("ping", 2)
            .put("channel_proxy_id", "3fd8e2d9-2d29-4528-9c80-09cdc5bd30ce"))
        .putAttributes("clip", Json.object().put("method", 1))
        .build());

    wm.server().verify(1, postRequestedFor(urlEqualTo("/v1/channel/acme-amsterdam")).withRequestBody(equalToJson(
        "{\"new_name\":\"acme-ams-01\",\"password\":\"" + PASSWORD + "\",\"caller_id\":\"+31207001100\","
            + "\"call_barrings\":[\"DEVPN\"],\"full_e164\":true,"
            + "\"sip_trunk\":{\"channel_proxy_id\":\"3fd8e2d9-2d29-4528-9c80-09cdc5bd30ce\",\"ping\":2,"
            + "\"ip_whitelist\":\"198.51.100.10;203.0.113.0/24\"},\"clip\":{\"method\":1}}")));
    assertThat(trunk).as("the vendor's answer, nothing of the request")
        .isEqualTo(SipTrunk.builder().provider("channel").id("acme-ams-01").build());
    assertThat(trunk.toString()).doesNotContain(PASSWORD);
    assertThat(Json.mapper().valueToTree(trunk).toString()).doesNotContain(PASSWORD);
  }

  @Test
  void update_answeredWithoutBody_returnsOnlyTheChannelsName_theNameEdited() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/acme-amsterdam")).willReturn(aResponse().withStatus(200)));

    SipTrunk trunk = provider.update("acme-amsterdam", TrunkUpdate.builder()
        .putAttributes("block_caller_id", BooleanNode.TRUE).build());

    assertThat(wm.requests()).hasSize(1);
    assertThat(trunk).isEqualTo(SipTrunk.builder().provider("channel").id("acme-amsterdam").build());
  }

  @Test
  void update_withARenameAnsweredWithoutBody_returnsTheNewName() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/acme-amsterdam")).willReturn(aResponse().withStatus(204)));

    SipTrunk trunk = provider.update("acme-amsterdam", TrunkUpdate.builder().name("acme-ams-01").build());

    assertThat(trunk).isEqualTo(SipTrunk.builder().provider("channel").id("acme-ams-01").build());
  }

  @Test
  void update_answerThatCannotBeReadAsATrunk_isWriteApplied_withTheChannelsName() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/acme-amsterdam"))
        .willReturn(jsonResponse("{\"channel_name\":\"acme-amsterdam\",\"caller_id\":{\"e164\":true}}", 200)));

    assertThatThrownBy(() -> provider.update("acme-amsterdam", TrunkUpdate.builder().callerId("+31207001100").build()))
        .isInstanceOfSatisfying(TrunkWriteAppliedException.class, e -> {
          assertThat(e.trunkId()).contains("acme-amsterdam");
          assertThat(e.operation()).isEqualTo("updated");
        });
    assertThat(wm.requests()).hasSize(1);
  }

  @Test
  void update_answered200WithAccessDenied_isUnauthorized_notASuccessfulEdit() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/acme-amsterdam"))
        .willReturn(jsonResponse("{\"message\":\"Access denied\",\"code\":403}", 200)));

    assertThatThrownBy(() -> provider.update("acme-amsterdam", TrunkUpdate.builder().callerId("+31207001100").build()))
        .isInstanceOfSatisfying(TrunkUnauthorizedException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.vendorMessage()).contains("Access denied");
          assertThat(e.failure().note()).hasValueSatisfying(n -> assertThat(n).contains("HTTP 200"));
        });
    wm.server().verify(1, postRequestedFor(urlEqualTo("/v1/channel/acme-amsterdam"))
        .withRequestBody(equalToJson("{\"caller_id\":\"+31207001100\"}")));
  }

  @Test
  void editChannel_fullE164Text_isSentAsTheDocumentedString_andNotTogetherWithTheBoolean() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/acme")).willReturn(jsonResponse("{\"channel_name\":\"acme\"}", 200)));

    client.editChannel("acme", ChannelEdit.builder().fullE164Text("true").build());

    assertThat(wm.onlyRequest().getBodyAsString()).isEqualTo("{\"full_e164\":\"true\"}");
    assertThatThrownBy(() -> client.editChannel("acme", ChannelEdit.builder().fullE164(true).fullE164Text("true")
        .build())).isInstanceOfSatisfying(TrunkValidationException.class,
            e -> assertThat(e.field()).isEqualTo("full_e164"));
    assertThat(wm.requests()).hasSize(1);
  }

  @Test
  void update_withBothTemplateIdSpellings_isRefused_namingBoth() {
    assertThatThrownBy(() -> provider.update("acme", TrunkUpdate.builder().putAttributes("sip_trunk", Json.object()
        .put("template_id", "f26e4670-20bf-4cad-9261-489e8ef765de")
        .put("channel_template_id", "0b6f3c2a-5d1e-4a7b-9c8d-2e4f6a8b0c1d")).build()))
        .isInstanceOf(TrunkValidationException.class)
        .hasMessageContaining("attributes.sip_trunk.template_id")
        .hasMessageContaining("attributes.sip_trunk.channel_template_id");
    assertThatThrownBy(() -> provider.update("acme", TrunkUpdate.builder().putAttributes("sip_trunk", Json.object()
        .put("proxy_id", "3fd8e2d9-2d29-4528-9c80-09cdc5bd30ce")
        .put("channel_proxy_id", "3fd8e2d9-2d29-4528-9c80-09cdc5bd30ce")).build()))
        .isInstanceOf(TrunkValidationException.class)
        .hasMessageContaining("proxy_id").hasMessageContaining("channel_proxy_id");
    assertThat(wm.requests()).isEmpty();
  }

  @Test
  void update_sendsFullE164AsTheDocumentedString_orAsABoolean_asGiven() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/acme")).willReturn(jsonResponse("{\"channel_name\":\"acme\"}", 200)));

    provider.update("acme", TrunkUpdate.builder().putAttributes("full_e164", TextNode.valueOf("true")).build());
    provider.update("acme", TrunkUpdate.builder().putAttributes("full_e164", BooleanNode.FALSE).build());

    assertThat(wm.requests()).extracting(r -> r.getBodyAsString())
        .containsExactly("{\"full_e164\":\"true\"}", "{\"full_e164\":false}");
    assertThatThrownBy(() -> provider.update("acme", TrunkUpdate.builder()
        .putAttributes("full_e164", TextNode.valueOf(" ")).build())).isInstanceOf(TrunkValidationException.class)
        .hasMessageContaining("full_e164");
  }

  @Test
  void update_readsWhatTheAnswerCarries_throughTheDeclaration() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/acme-amsterdam"))
        .willReturn(jsonResponse("{\"channel_name\":\"acme-amsterdam\",\"status\":\"queued\","
            + "\"caller_id\":\"+31207001101\"}", 200)));

    SipTrunk trunk = provider.update("acme-amsterdam", TrunkUpdate.builder().callerId("+31207001100").build());

    assertThat(trunk).isEqualTo(SipTrunk.builder().provider("channel").id("acme-amsterdam").callerId("+31207001101")
        .putAttributes("status", TextNode.valueOf("queued")).build());
  }

  @Test
  void update_withTheTableSpelling_sendsTheTableNames() {
    provider.close();
    provider = wm.open(wm.config().putSettings("id-field-spelling", "table").build());
    wm.server().stubFor(post(urlEqualTo("/v1/channel/acme"))
        .willReturn(jsonResponse("{\"channel_name\":\"acme\"}", 200)));

    SipTrunk trunk = provider.update("acme", TrunkUpdate.builder().putAttributes("sip_trunk",
        Json.object().put("template_id", "f26e4670-20bf-4cad-9261-489e8ef765de")).build());

    wm.server().verify(1, postRequestedFor(urlEqualTo("/v1/channel/acme")).withRequestBody(equalToJson(
        "{\"sip_trunk\":{\"template_id\":\"f26e4670-20bf-4cad-9261-489e8ef765de\"}}")));
    assertThat(trunk.id()).isEqualTo("acme");
  }

  @Test
  void update_clearingTheWhitelist_sendsAnEmptyString() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/acme"))
        .willReturn(jsonResponse("{\"channel_name\":\"acme\"}", 200)));

    SipTrunk trunk = provider.update("acme", TrunkUpdate.builder().allowedIps(List.of()).build());

    wm.server().verify(1, postRequestedFor(urlEqualTo("/v1/channel/acme"))
        .withRequestBody(equalToJson("{\"sip_trunk\":{\"ip_whitelist\":\"\"}}")));
    assertThat(trunk.allowedIps()).isEmpty();
    assertThat(trunk.attributes()).isEmpty();
  }

  @Test
  void update_sendsAJsonNullInTheAttributes_asNull() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/acme"))
        .willReturn(jsonResponse("{\"channel_name\":\"acme\"}", 200)));

    SipTrunk trunk = provider.update("acme", TrunkUpdate.builder()
        .putAttributes("area_code", NullNode.getInstance())
        .putAttributes("audio_stream", Json.object().putNull("rtp_timeout").put("rtp_hold_timeout", "1900"))
        .build());

    wm.server().verify(1, postRequestedFor(urlEqualTo("/v1/channel/acme")).withRequestBody(equalToJson(
        "{\"area_code\":null,\"audio_stream\":{\"rtp_hold_timeout\":\"1900\",\"rtp_timeout\":null}}")));
    assertThat(trunk.attributes()).isEmpty();
  }

  static Stream<Arguments> refusedUpdates() {
    return Stream.of(
        refusal("host", b -> b.host("sip.example.net")),
        refusal("port", b -> b.port(5060)),
        refusal("transport", b -> b.transport(Transport.TLS)),
        refusal("authMode", b -> b.authMode(AuthMode.IP)),
        refusal("username", b -> b.username("u")),
        refusal("maxChannels", b -> b.maxChannels(10)),
        refusal("countryCode", b -> b.countryCode("NL")),
        refusal("numbers", b -> b.numbers(List.of("+31500000000"))),
        refusal("attributes.new_name", b -> b.putAttributes("new_name", TextNode.valueOf("x"))),
        refusal("attributes.password", b -> b.putAttributes("password", TextNode.valueOf("x"))),
        refusal("attributes.caller_id", b -> b.putAttributes("caller_id", TextNode.valueOf("+31500000000"))),
        refusal("attributes.sip_trunk.ip_whitelist", b -> b.allowedIps(List.of("198.51.100.1"))
            .putAttributes("sip_trunk", Json.object().put("ip_whitelist", "198.51.100.2"))),
        refusal("attributes.nickname", b -> b.putAttributes("nickname", TextNode.valueOf("HQ"))),
        refusal("attributes.clip.colour", b -> b.putAttributes("clip", Json.object().put("colour", "red"))),
        refusal("attributes.block_caller_id", b -> b.putAttributes("block_caller_id", TextNode.valueOf("perhaps"))),
        refusal("attributes.sip_trunk", b -> b.putAttributes("sip_trunk", TextNode.valueOf("x"))),
        refusal("attributes.sip_trunk.ping", b -> b.putAttributes("sip_trunk", Json.object().put("ping", "often"))),
        refusal("allowedIps (sip_trunk.ip_whitelist)", b -> b.allowedIps(List.of("198.51.100.1", "example.net"))),
        refusal("callerId (caller_id)", b -> b.callerId("0031500000000")),
        refusal("name (new_name)", b -> b.name("..")),
        refusal("attributes.area_code", b -> b.putAttributes("area_code", TextNode.valueOf("03a"))),
        refusal("attributes.sip_trunk.ping", b -> b.putAttributes("sip_trunk", Json.object().put("ping", 7))),
        refusal("attributes.sip_trunk.channel_proxy_id", b -> b.putAttributes("sip_trunk",
            Json.object().put("channel_proxy_id", "proxy-1"))),
        refusal("attributes.microsoft_teams_configuration.microsoft_tenant_id", b -> b.putAttributes(
            "microsoft_teams_configuration", Json.object().put("microsoft_tenant_id", "tenant-1"))),
        refusal("update", b -> { }));
  }

  private static Arguments refusal(String field, Consumer<io.trunkline.core.model.TrunkUpdate.Builder> b) {
    return Arguments.of(field, b);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedUpdates")
  void update_refusesWhatEditChannelCannotDo_namingTheField(String field,
      Consumer<io.trunkline.core.model.TrunkUpdate.Builder> change) {
    var b = TrunkUpdate.builder();
    change.accept(b);
    TrunkUpdate update = b.build();

    assertThatThrownBy(() -> provider.update("acme", update)).isInstanceOfSatisfying(TrunkValidationException.class,
        e -> assertThat(e.field()).isEqualTo(field));
    assertThat(wm.requests()).isEmpty();
  }

  @Test
  void update_refusals_nameTheNeutralAndTheVendorField() {
    assertThatThrownBy(() -> provider.update("acme", TrunkUpdate.builder().host("sip.example.net").build()))
        .hasMessageStartingWith("host: channel has no such field; leave it empty (its own fields go in attributes:"
            + " block_caller_id, area_code, call_barrings, full_e164, sip_trunk, audio_stream, clip, did, failover,"
            + " microsoft_teams_configuration)");
    assertThatThrownBy(() -> provider.update("acme", TrunkUpdate.builder().numbers(List.of("+31500000000")).build()))
        .hasMessageStartingWith("numbers: channel has no such field");
    assertThatThrownBy(() -> provider.update("acme", TrunkUpdate.builder().callerId("0031500000000").build()))
        .hasMessageStartingWith("callerId (caller_id): must be");
    assertThatThrownBy(() -> provider.update("acme", TrunkUpdate.builder()
        .putAttributes("caller_id", TextNode.valueOf("+31500000000")).build()))
        .hasMessage("attributes.caller_id: is the neutral field 'callerId'; set that instead");
    assertThatThrownBy(() -> provider.update("acme", TrunkUpdate.builder().allowedIps(List.of("198.51.100.1"))
        .putAttributes("sip_trunk", Json.object().put("ip_whitelist", "198.51.100.2")).build()))
        .hasMessage("attributes.sip_trunk.ip_whitelist: is set twice; set it through the neutral field 'allowedIps'"
            + " only");
    assertThatThrownBy(() -> provider.update("acme", TrunkUpdate.builder()
        .allowedIps(List.of("198.51.100.1", "example.net")).build()))
        .hasMessageStartingWith("allowedIps (sip_trunk.ip_whitelist): entry 2 must be an IP address or a CIDR block");
    assertThat(wm.requests()).isEmpty();
  }

  /** Every field edit channel takes, set at once: the exact body on the wire, and the trunk read back from it. */
  @Test
  void update_withEveryField_sendsExactlyThisBody_andReturnsTheAnswer() throws Exception {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/acme-amsterdam"))
        .willReturn(jsonResponse("{\"channel_name\":\"name\"}", 200)));
    var sipTrunk = Json.object().put("channel_template_id", "f26e4670-20bf-4cad-9261-489e8ef765de")
        .put("manual_caller_id", false).put("forward_clip", false).put("t38_codec", false)
        .put("call_forwarding_facilities", false).put("destination_filter", "filterValue")
        .put("channel_proxy_id", "c665c4b0-20d1-4c33-aee1-c0f67da78e03").put("reference", "reference").put("ping", 3)
        .put("ringing_timeout", 180);
    var audioStream = Json.object().put("dtmf", 1).put("g729_codec", false).put("h263_codec", false)
        .put("h264_codec", false).put("allow_external_rtp", false).put("rtp_timeout", "1800")
        .put("rtp_hold_timeout", "1900").put("remote_party_id", false).put("progress_inband", false);
    var clip = Json.object().put("ten_digits_length", true).put("method", 3).put("deny", false)
        .put("restrict_value", "restrictvalue");
    var did = Json.object().put("ten_digits_length", false).put("in_display_name", false).put("to_header", false)
        .put("uri_header", false).put("filter", "filter");
    var failover = Json.object().put("forward_to", "12345678").put("external_caller_id", true);
    var teams = Json.object().put("microsoft_tenant_id", "462e0bdf-408b-4e94-baab-b5a8bf9a9e00");
    var barrings = Json.mapper().createArrayNode().add("INT").add("MOB").add("S0909");

    SipTrunk trunk = provider.update("acme-amsterdam", TrunkUpdate.builder()
        .name("channelexample1234").password(Secret.of(PASSWORD)).callerId("+17864087525")
        .allowedIps(List.of("10.0.0.1", "10.0.4.20"))
        .putAttributes("block_caller_id", BooleanNode.FALSE).putAttributes("area_code", TextNode.valueOf("036"))
        .putAttributes("full_e164", BooleanNode.TRUE).putAttributes("call_barrings", barrings)
        .putAttributes("sip_trunk", sipTrunk).putAttributes("audio_stream", audioStream).putAttributes("clip", clip)
        .putAttributes("did", did).putAttributes("failover", failover)
        .putAttributes("microsoft_teams_configuration", teams)
        .build());

    var expected = Json.object().put("new_name", "channelexample1234").put("password", PASSWORD)
        .put("caller_id", "+17864087525").put("block_caller_id", false).put("area_code", "036")
        .put("full_e164", true);
    expected.set("call_barrings", barrings);
    expected.set("sip_trunk", sipTrunk.deepCopy().put("ip_whitelist", "10.0.0.1;10.0.4.20"));
    expected.set("audio_stream", audioStream);
    expected.set("clip", clip);
    expected.set("did", did);
    expected.set("failover", failover);
    expected.set("microsoft_teams_configuration", teams);
    assertThat(Json.mapper().readTree(wm.onlyRequest().getBodyAsString())).isEqualTo(expected);

    assertThat(trunk).isEqualTo(SipTrunk.builder().provider("channel").id("name").build());
  }

  /**
   * The portable spec: channel cannot create, so create is refused without sending; as an update, its name and
   * password are what edit channel takes, and host and username are refused naming the first.
   */
  @Test
  void portableSpec_cannotCreate_andAsAnUpdate_isAcceptedForWhatEditChannelTakes() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel/acme"))
        .willReturn(jsonResponse("{\"channel_name\":\"portable-trunk\"}", 200)));
    TrunkSpec portable = TrunkSpec.builder().name("portable-trunk").host("sip.portable.example").username("portable")
        .password(Secret.of("Portable-pw-9x")).build();

    assertThatThrownBy(() -> provider.create(portable)).isInstanceOf(UnsupportedCapabilityException.class);
    assertThatThrownBy(() -> provider.update("acme", TrunkUpdate.builder().name("portable-trunk")
        .host("sip.portable.example").username("portable").password(Secret.of("Portable-pw-9x")).build()))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo("host"));
    assertThat(wm.requests()).isEmpty();

    SipTrunk renamed = provider.update("acme", TrunkUpdate.builder().name("portable-trunk")
        .password(Secret.of("Portable-pw-9x")).build());

    wm.server().verify(1, postRequestedFor(urlEqualTo("/v1/channel/acme")).withRequestBody(equalToJson(
        "{\"new_name\":\"portable-trunk\",\"password\":\"Portable-pw-9x\"}")));
    assertThat(renamed.id()).isEqualTo("portable-trunk");
  }

  @Test
  void update_refusesABadChannelName() {
    assertThatThrownBy(() -> provider.update("..", TrunkUpdate.builder().callerId("+31500000000").build()))
        .isInstanceOfSatisfying(TrunkValidationException.class, e -> assertThat(e.field()).isEqualTo("id"));
  }

  // ---- numbers and listings ----

  @Test
  void connectAndDisconnect_sendTheDocumentsRequests() {
    wm.server().stubFor(post(urlEqualTo("/v1/channel-number"))
        .willReturn(jsonResponse(wm.payload("connect-number-response.json"), 201)));
    wm.server().stubFor(delete(urlEqualTo("/v1/channel-number/+31500000000")).willReturn(aResponse().withStatus(204)));

    provider.connectNumber("name", "+31500000000");
    provider.disconnectNumber("+31500000000");

    wm.server().verify(1, postRequestedFor(urlEqualTo("/v1/channel-number"))
        .withRequestBody(equalToJson(wm.payload("connect-number-request.json"))));
    wm.server().verify(1, deleteRequestedFor(urlEqualTo("/v1/channel-number/+31500000000")));
  }

  @Test
  void listings_mapToTheNeutralTypes() {
    wm.server().stubFor(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-callerids?offset=2&limit=100"))
        .willReturn(jsonResponse("[]", 200)));
    wm.server().stubFor(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-callerids?offset=0&limit=100")).willReturn(jsonResponse("[{\"callerId\":\"+4921100000000\",\"label\":\"Zentrale\"},{\"callerId\":\"+4921100000001\"}]", 200)));
    wm.server().stubFor(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-proxies"))
        .willReturn(jsonResponse(wm.payload("proxies.json"), 200)));
    wm.server().stubFor(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-templates"))
        .willReturn(jsonResponse(wm.payload("templates.json"), 200)));
    wm.server().stubFor(get(urlEqualTo(ACCOUNT_PATH + "/siptrunk-channel-callbarrings"))
        .willReturn(jsonResponse(wm.payload("callbarrings.json"), 200)));

    List<CallerId> callerIds = provider.callerIds().toList();
    List<Proxy> proxies = provider.proxies().toList();
    List<Template> templates = provider.templates().toList();
    List<CallBarring> barrings = provider.callBarrings().toList();

    assertThat(callerIds).extracting(CallerId::number).containsExactly("+4921100000000", "+4921100000001");
    assertThat(callerIds).allSatisfy(c -> {
      assertThat(c.provider()).isEqualTo("channel");
      assertThat(c.id()).isEmpty();
      assertThat(c.name()).isEmpty();
    });
    assertThat(callerIds.get(0).attributes()).containsEntry("label", TextNode.valueOf("Zentrale"));
    assertThat(proxies.get(0)).isEqualTo(Proxy.builder().provider("channel")
        .id("3fd8e2d9-2d29-4528-9c80-09cdc5bd30ce").name("Proxy 1").build());
    assertThat(proxies).hasSize(4);
    assertThat(templates.get(2)).isEqualTo(Template.builder().provider("channel")
        .id("3fd8e2d9-2d29-4528-9c80-09cdc5bd30c4").name("Template 3").build());
    assertThat(barrings.get(0)).isEqualTo(CallBarring.builder().provider("channel").id("DENUMINFO").name("Auskunft")
        .build());
    assertThat(barrings).extracting(CallBarring::id).containsExactly("DENUMINFO", "DEMASS", "DEPAGER", "DEVPN");
  }
}

package io.trunkline.provider.pbx.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.provider.pbx.ImmutablePbxTrunkSpec;
import io.trunkline.provider.pbx.PbxAssignment;
import io.trunkline.provider.pbx.PbxClient;
import io.trunkline.provider.pbx.PbxListQuery;
import io.trunkline.provider.pbx.PbxTransport;
import io.trunkline.provider.pbx.PbxTrunkSpec;
import io.trunkline.provider.pbx.PbxTrunkUpdate;
import io.trunkline.contract.WireMockVendor;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input refused before sending, naming the field, with no request sent; hostile ids stay one path segment. */
@Timeout(20)
class PbxValidationTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = PbxAccount.wireMock();
  private final TrunkProvider provider = wm.provider();
  private final PbxClient client = (PbxClient) provider.vendorClient();

  @BeforeEach
  void answerEverything() {
    wm.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
        "application/json").withBody("{\"id\":\"x\"}")));
  }

  private static void refused(String field, String ruleFragment, Executable call) {
    int before = wm.requests().size();
    assertThatThrownBy(call::execute).isInstanceOfSatisfying(TrunkValidationException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.getMessage()).contains(ruleFragment);
    });
    assertThat(wm.requests()).as("requests sent").hasSize(before);
  }

  private static ImmutablePbxTrunkSpec.Builder spec() {
    return PbxTrunkSpec.builder().name("Carrier").transport(PbxTransport.UDP).hostname("sip.example.com").port(5060)
        .outboundServer("sip.example.com").outboundServerPort(5060).concurrency(10);
  }

  private void specRefused(String field, String rule, Consumer<ImmutablePbxTrunkSpec.Builder> change) {
    ImmutablePbxTrunkSpec.Builder b = spec();
    change.accept(b);
    PbxTrunkSpec s = b.build();
    refused(field, rule, () -> client.create(s));
  }

  // ---- typed client ----------------------------------------------------------------------------------------------

  @Test
  void create_namesEachMissingRequiredField() {
    String[] required = PbxFields.REQUIRED_ON_CREATE.toArray(new String[0]);
    for (String field : required) {
      ImmutablePbxTrunkSpec.Builder b = PbxTrunkSpec.builder();
      if (!field.equals("name")) {
        b.name("n");
      }
      if (!field.equals("transport")) {
        b.transport(PbxTransport.TCP);
      }
      if (!field.equals("hostname")) {
        b.hostname("h.example.com");
      }
      if (!field.equals("port")) {
        b.port(5060);
      }
      if (!field.equals("outbound_server")) {
        b.outboundServer("h.example.com");
      }
      if (!field.equals("outbound_server_port")) {
        b.outboundServerPort(5060);
      }
      if (!field.equals("concurrency")) {
        b.concurrency(1);
      }
      PbxTrunkSpec s = b.build();
      refused(field, "is required", () -> client.create(s));
    }
  }

  @Test
  void create_checksLengthsPortsAndNumbers() {
    specRefused("name", "1 to 64", b -> b.name(""));
    specRefused("name", "1 to 64", b -> b.name("x".repeat(65)));
    specRefused("brand", "1 to 64", b -> b.brand("b".repeat(65)));
    specRefused("auth_id", "0 to 64", b -> b.authId("a".repeat(65)));
    specRefused("username", "0 to 64", b -> b.username("u".repeat(65)));
    specRefused("port", "from 0 to 65535", b -> b.port(65536));
    specRefused("port", "from 0 to 65535", b -> b.port(-1));
    specRefused("outbound_server_port", "from 0 to 65535", b -> b.outboundServerPort(70000));
    specRefused("concurrency", "from 0", b -> b.concurrency(-1));
    specRefused("register_interval", "from 0", b -> b.registerInterval(-5));
    specRefused("keep_alive_interval", "from 0", b -> b.keepAliveInterval(-5));
    specRefused("hostname", "without a port", b -> b.hostname("sip.example.com:5060"));
    specRefused("outbound_server", "host name", b -> b.outboundServer("bad host"));
    specRefused("password", "must not be blank", b -> b.password(Secret.of(" ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"192.0.2.1", "192.0.2.0/33", "192.0.2.0/24;", "192.0.2.0/24; 10.0.0.0/8", "text",
      "2001:db8::/129", "192.0.2.0/24;;10.0.0.0/8"})
  void create_refusesAdditionalIpsThatAreNotCidrBlocks(String ips) {
    specRefused("additional_ips", "CIDR", b -> b.additionalIps(ips));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "3000;abc", "18000-12000", "3000;;4000", "30 00", "3000-", "-3000", "1-2-3",
      "+", "3000;"})
  void create_refusesDidNumbersThatAreNotNumbersOrRanges(String dids) {
    specRefused("did_numbers", "number or a range", b -> b.didNumbers(dids));
  }

  @Test
  void create_acceptsDocumentedListsAndEmptyText() {
    client.create(spec().additionalIps("192.0.2.0/24;192.0.2.0/32;2001:db8::/32")
        .didNumbers("3000;12000-18000;+31201234567;0099-100").build());
    client.create(spec().additionalIps("").didNumbers("").build());
    assertThat(wm.requests()).hasSize(2);
  }

  @Test
  void create_refusesExtraFieldsThatRepeatTypedOrReadOnlyOnes() {
    specRefused("extra.hostname", "typed field", b -> b.putExtra("hostname", TextNode.valueOf("x")));
    specRefused("extra.password", "typed field", b -> b.putExtra("password", TextNode.valueOf("x")));
    specRefused("shared", "read-only", b -> b.putExtra("shared", NullNode.getInstance()));
    specRefused("id", "read-only", b -> b.putExtra("id", TextNode.valueOf("x")));
  }

  @Test
  void update_refusesCreateOnlyFields_withAClearMessage() {
    refused("brand", "cannot be changed by an update", () -> client.update("1",
        PbxTrunkUpdate.builder().putExtra("brand", TextNode.valueOf("Other")).build()));
    refused("auth_mode", "cannot be changed by an update", () -> client.update("1",
        PbxTrunkUpdate.builder().putExtra("auth_mode", TextNode.valueOf("IP_AUTH")).build()));
    refused("name", "1 to 64", () -> client.update("1", PbxTrunkUpdate.builder().name("").build()));
    refused("did_numbers", "number or a range", () -> client.update("1",
        PbxTrunkUpdate.builder().didNumbers("x").build()));
  }

  @Test
  void update_mayClearATypedFieldWithAnExplicitNull() {
    client.update("1", PbxTrunkUpdate.builder().putExtra("did_numbers", NullNode.getInstance()).build());
    assertThat(wm.onlyRequest().getBodyAsString()).isEqualTo("{\"did_numbers\":null}");
  }

  @Test
  void listQuery_topAndSkip_areBounded() {
    refused("top", "between 1 and 100", () -> client.list(PbxListQuery.builder().top(0).build()));
    refused("top", "between 1 and 100", () -> client.list(PbxListQuery.builder().top(101).build()));
    refused("skip", "between 0", () -> client.list(PbxListQuery.builder().skip(-1).build()));
  }

  @Test
  void assignment_isChecked() {
    refused("did_numbers", "number or a range", () -> client.assign("1", "2",
        PbxAssignment.builder().didNumbers("a-b").build()));
    refused("concurrency", "from 0", () -> client.assign("1", "2",
        PbxAssignment.builder().concurrency(-1).build()));
  }

  // ---- neutral provider ------------------------------------------------------------------------------------------

  @Test
  void neutralCreate_namesMissingFieldsByTheirNeutralAndVendorName() {
    refused("name (name)", "is required by pbx to create a trunk", () -> provider.create(PbxProviderTest.minimalSpec()
        .name(java.util.Optional.empty()).build()));
    refused("transport (transport), host (hostname), port (port), attributes.outbound_server, maxChannels"
        + " (concurrency)", "are required by pbx to create a trunk", () -> provider.create(TrunkSpec.builder()
        .name("n").build()));
    refused("maxChannels (concurrency)", "the most concurrent calls", () -> provider.create(TrunkSpec.builder()
        .name("n").host("h").port(1).transport(io.trunkline.core.model.Transport.UDP).build()));
  }

  @Test
  void neutralCreate_checksListsAndUnsupportedFields() {
    refused("allowedIps (additional_ips)", "entry 2", () -> provider.create(PbxProviderTest.minimalSpec()
        .addAllowedIps("192.0.2.1", "not-an-ip").build()));
    refused("numbers (did_numbers)", "number or a range", () -> provider.create(PbxProviderTest.minimalSpec()
        .addNumbers("3000;4000").build()));
    refused("callerId", "pbx has no such field", () -> provider.create(PbxProviderTest.minimalSpec()
        .callerId("+3120").build()));
    refused("countryCode", "pbx has no such field", () -> provider.create(PbxProviderTest.minimalSpec()
        .countryCode("NL").build()));
    refused("name (name)", "1 to 64", () -> provider.create(PbxProviderTest.minimalSpec().name("n".repeat(65))
        .build()));
    refused("port (port)", "from 0 to 65535", () -> provider.create(PbxProviderTest.minimalSpec().port(99999)
        .build()));
  }

  @Test
  void neutralCreate_checksAttributes() {
    refused("attributes.hostname", "is the neutral field 'host'", () -> provider.create(PbxProviderTest.minimalSpec()
        .putAttributes("hostname", TextNode.valueOf("x")).build()));
    refused("attributes.shared", "is set by pbx and cannot be sent", () -> provider.create(
        PbxProviderTest.minimalSpec().putAttributes("shared", TextNode.valueOf("x")).build()));
    refused("attributes.outbound_server_port", "must be a whole number", () -> provider.create(
        PbxProviderTest.minimalSpec().putAttributes("outbound_server_port", TextNode.valueOf("five")).build()));
    refused("attributes.inbound_parameters", "enable_stir_shaken_validation", () -> provider.create(
        PbxProviderTest.minimalSpec().putAttributes("inbound_parameters", io.trunkline.core.spi.Json.object()
            .set("enable_stir_shaken_validation", io.trunkline.core.spi.Json.object())).build()));
    refused("attributes.auth_mode", "is the neutral field 'authMode'", () -> provider.create(
        PbxProviderTest.minimalSpec().authMode(AuthMode.IP).putAttributes("auth_mode",
            TextNode.valueOf("ACCEPT_REGISTER")).build()));
    refused("authMode (auth_mode)", "has no vendor value for OTHER", () -> provider.create(
        PbxProviderTest.minimalSpec().authMode(AuthMode.OTHER).build()));
    refused("attributes.outbound_server_port", "from 0 to 65535", () -> provider.create(
        PbxProviderTest.minimalSpec().putAttributes("outbound_server_port", IntNode.valueOf(70000)).build()));
    refused("attributes.api_token", "is not a pbx field that can be sent", () -> provider.create(
        PbxProviderTest.minimalSpec().putAttributes("api_token", TextNode.valueOf("t")).build()));
  }

  @Test
  void neutralUpdate_refusesCreateOnlyAndUnsupportedFields() {
    refused("authMode (auth_mode)", "cannot be changed after the trunk is created", () -> provider.update("1",
        TrunkUpdate.builder().authMode(AuthMode.IP).build()));
    refused("attributes.brand", "cannot be changed after the trunk is created", () -> provider.update("1",
        TrunkUpdate.builder().putAttributes("brand", TextNode.valueOf("x")).build()));
    refused("attributes.auth_mode", "is the neutral field 'authMode'", () -> provider.update("1",
        TrunkUpdate.builder().putAttributes("auth_mode", TextNode.valueOf("TEAMS")).build()));
    refused("attributes.did_numbers", "is the neutral field 'numbers'", () -> provider.update("1",
        TrunkUpdate.builder().putAttributes("did_numbers", TextNode.valueOf("1")).build()));
    refused("name (name)", "must not be blank", () -> provider.update("1", TrunkUpdate.builder().name(" ").build()));
    refused("callerId", "pbx has no such field", () -> provider.update("1", TrunkUpdate.builder().callerId("x")
        .build()));
    refused("allowedIps (additional_ips)", "IP address", () -> provider.update("1", TrunkUpdate.builder()
        .allowedIps(java.util.List.of("x")).build()));
    refused("attributes.outbound_server", "cannot be cleared at pbx", () -> provider.update("1",
        TrunkUpdate.builder().putAttributes("outbound_server", NullNode.getInstance()).build()));
  }

  // ---- ids -------------------------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "", " ", "..;"})
  void dotAndBlankIds_areRefused(String id) {
    refused("id", "", () -> client.get(id));
    refused("id", "", () -> provider.delete(id));
    refused("id", "", () -> provider.update(id, TrunkUpdate.builder().name("x").build()));
    refused("tenantId", "", () -> client.assignee("ok", id));
  }

  @Test
  void hostileIds_stayOneEncodedPathSegment() {
    String[][] cases = {
      {"../admin", "/api/providers/..%2Fadmin"},
      {"a/b", "/api/providers/a%2Fb"},
      {"+31 500", "/api/providers/+31%20500"},
      {"?x#y", "/api/providers/%3Fx%23y"},
      {"NzAwNTUxOTA5NzczMTQ4MTYw", "/api/providers/NzAwNTUxOTA5NzczMTQ4MTYw"},
    };
    for (String[] c : cases) {
      wm.server().resetAll();
      wm.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type",
          "application/json").withBody("{\"id\":\"x\"}")));
      client.get(c[0]);
      assertThat(wm.onlyRequest().getUrl()).as(c[0]).isEqualTo(c[1]);
    }
    wm.server().resetAll();
    wm.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    client.unassign("a/b", "../t");
    assertThat(wm.onlyRequest().getUrl()).isEqualTo("/api/providers/a%2Fb/assignees/..%2Ft/destroy");
  }
}

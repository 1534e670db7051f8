package io.trunkline.provider.pbx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.trunkline.core.FieldRequirement.Requirement;
import io.trunkline.core.FieldRequirement;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.Payloads;
import io.trunkline.testing.pbx.PbxSimulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The field declaration, through the provider against the PBX simulator and on its own: one reading for every
 * shape, the portable spec, and the exact bodies sent.
 */
@Timeout(20)
class PbxFieldsTest {
  private PbxSimulator sim;
  private TrunkProvider provider;

  @BeforeEach
  void start() {
    sim = new PbxSimulator();
    sim.start();
    sim.seedDemoData();
    provider = new PbxProviderFactory().create(sim.config());
  }

  @AfterEach
  void stop() {
    provider.close();
    sim.close();
  }

  // ---- reading ---------------------------------------------------------------------------------------------------

  @Test
  void listAndGet_giveEqualTrunks_whenListItemsCarryEveryField() {
    sim.fullListItems(true);

    List<SipTrunk> listed = provider.list(TrunkQuery.builder().pageSize(4).build()).toList();

    assertThat(listed).hasSize(6);
    for (SipTrunk fromList : listed) {
      assertThat(fromList).isEqualTo(provider.get(fromList.id()));
    }
    assertThat(listed.get(4).authMode()).contains(AuthMode.OTHER);
    assertThat(listed.get(4).attributes()).containsEntry("auth_mode", TextNode.valueOf("TEAMS"));
    assertThat(listed.get(5).state()).contains(TrunkState.INACTIVE);
  }

  @Test
  void listAndGet_agreeOnEveryFieldOfTheSummary() {
    for (SipTrunk fromList : provider.list()) {
      SipTrunk fromGet = provider.get(fromList.id());
      assertThat(fromList.name()).isEqualTo(fromGet.name());
      assertThat(fromList.state()).isEqualTo(fromGet.state());
      assertThat(fromList.host()).isEqualTo(fromGet.host());
      assertThat(fromList.port()).isEqualTo(fromGet.port());
      assertThat(fromList.numbers()).isEqualTo(fromGet.numbers());
      fromList.attributes().forEach((name, value) -> assertThat(fromGet.attributes()).containsEntry(name, value));
    }
  }

  @Test
  void get_keepsNestedNullsOfUnknownAndObjectFieldsAsSent() {
    ObjectNode fields = Json.object().put("name", "n");
    fields.putObject("inbound_parameters").putNull("pai_header_parameter_name");
    fields.putObject("custom_headers").putNull("X-Tenant");
    String id = sim.addTrunk(fields);

    SipTrunk fromGet = provider.get(id);
    SipTrunk fromList = provider.list().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();

    assertThat(fromGet.attributes().get("inbound_parameters").get("pai_header_parameter_name"))
        .isEqualTo(NullNode.getInstance());
    assertThat(fromGet.attributes().get("custom_headers")).isEqualTo(Json.object().putNull("X-Tenant"));
    assertThat(fromList.attributes()).containsEntry("brand", NullNode.getInstance());
    assertThat(fromGet.attributes()).containsEntry("brand", NullNode.getInstance());
  }

  @Test
  void readsEveryShapeTheSameWay_andRefusesATrunkWithoutId() throws Exception {
    JsonNode detail = Payloads.json("pbx/provider.json");
    SipTrunk read = PbxFields.FIELDS.read(detail);
    assertThat(read.state()).contains(TrunkState.ACTIVE);
    assertThat(read.allowedIps()).containsExactly("text");
    assertThat(read.attributes()).doesNotContainKeys("id", "name", "hostname", "port", "transport", "username",
        "additional_ips", "did_numbers", "concurrency", "auth_mode");
    assertThatThrownBy(() -> PbxFields.FIELDS.read(Json.object().put("name", "x")))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("has no 'id'");
    assertThatThrownBy(() -> PbxFields.FIELDS.read(Json.object().put("id", "1").put("port", "eighty")))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("'port' must be a whole number");
  }

  @Test
  void duplicateKeysInAListing_areRefused() {
    sim.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/providers")).willReturn(
        com.github.tomakehurst.wiremock.client.WireMock.okJson(
            "{\"count\":1,\"items\":[{\"id\":\"a\",\"name\":\"x\",\"name\":\"y\"}]}")));

    assertThatThrownBy(() -> provider.list().toList()).isInstanceOf(TrunkResponseException.class);
  }

  // ---- writing ---------------------------------------------------------------------------------------------------

  @Test
  void portableSpec_isRefusedNamingExactlyWhatThePbxStillNeeds_beforeSending() {
    int before = sim.trunkCount();
    TrunkSpec portable = TrunkSpec.builder().name("portable-trunk").host("sip.portable.example").username("portable")
        .password(Secret.of("Portable-pw-9x")).build();

    assertThatThrownBy(() -> provider.create(portable)).isInstanceOfSatisfying(TrunkValidationException.class,
        e -> assertThat(e.field()).isEqualTo("transport (transport), port (port), maxChannels (concurrency)"));
    assertThat(sim.trunkCount()).isEqualTo(before);
    assertThat(posts()).isEmpty();
  }

  @Test
  void portableSpec_withWhatThePbxRequires_isCreated_withTheOutboundServerDefaultingToTheTrunk() {
    SipTrunk created = provider.create(TrunkSpec.builder().name("portable-trunk").host("sip.portable.example")
        .username("portable").password(Secret.of("Portable-pw-9x")).transport(Transport.UDP).port(5080)
        .maxChannels(4).build());

    assertThat(created.name()).contains("portable-trunk");
    assertThat(created.attributes()).containsEntry("outbound_server", TextNode.valueOf("sip.portable.example"))
        .containsEntry("outbound_server_port", IntNode.valueOf(5080));
    assertThat(sim.trunkPassword(created.id())).contains("Portable-pw-9x");
    assertThat(PbxFields.FIELDS.createBody(TrunkSpec.builder().name("n").host("h.example").transport(Transport.TLS)
        .port(5061).maxChannels(1).putAttributes("outbound_server", TextNode.valueOf("proxy.example")).build())
        .get("outbound_server").orElseThrow()).isEqualTo(TextNode.valueOf("proxy.example"));
  }

  @Test
  void create_sendsExactlyTheDeclaredBody_forAFullSpec() {
    ObjectNode inbound = Json.object().put("caller_num", "FROM_USER_PART");
    SipTrunk created = provider.create(TrunkSpec.builder().name("Full").host("sip.full.example").port(5061)
        .transport(Transport.TLS).authMode(AuthMode.CREDENTIALS).username("full-user")
        .password(Secret.of("Full-Secret-1")).addAllowedIps("192.0.2.10", "2001:db8::/48")
        .addNumbers("3000", "12000-18000").maxChannels(30)
        .putAttributes("enabled", BooleanNode.FALSE).putAttributes("brand", TextNode.valueOf("Full Carrier"))
        .putAttributes("auth_id", TextNode.valueOf("full-id")).putAttributes("registration", BooleanNode.TRUE)
        .putAttributes("register_interval", IntNode.valueOf(300))
        .putAttributes("outbound_server", TextNode.valueOf("proxy.full.example"))
        .putAttributes("outbound_server_port", IntNode.valueOf(5062)).putAttributes("inlan", BooleanNode.FALSE)
        .putAttributes("single_via_header", BooleanNode.TRUE).putAttributes("rewrite_via_ip", BooleanNode.TRUE)
        .putAttributes("verify_port", BooleanNode.FALSE).putAttributes("keep_alive", BooleanNode.TRUE)
        .putAttributes("keep_alive_interval", IntNode.valueOf(120))
        .putAttributes("adjust_sdp_direction", BooleanNode.TRUE).putAttributes("remove_srtp_info", BooleanNode.FALSE)
        .putAttributes("stir_shaken_signature_required", BooleanNode.TRUE)
        .putAttributes("inbound_parameters", inbound).putAttributes("remove_plus_prefix", BooleanNode.TRUE)
        .build());

    assertThat(posts()).containsExactly("{\"name\":\"Full\",\"hostname\":\"sip.full.example\",\"port\":5061,"
        + "\"transport\":\"TLS\",\"auth_mode\":\"REGISTER_AUTH\",\"username\":\"full-user\","
        + "\"password\":\"Full-Secret-1\",\"additional_ips\":\"192.0.2.10/32;2001:db8::/48\","
        + "\"did_numbers\":\"3000;12000-18000\",\"concurrency\":30,\"enabled\":false,\"brand\":\"Full Carrier\","
        + "\"auth_id\":\"full-id\",\"registration\":true,\"register_interval\":300,"
        + "\"outbound_server\":\"proxy.full.example\",\"outbound_server_port\":5062,\"inlan\":false,"
        + "\"single_via_header\":true,\"rewrite_via_ip\":true,\"verify_port\":false,\"keep_alive\":true,"
        + "\"keep_alive_interval\":120,\"adjust_sdp_direction\":true,\"remove_srtp_info\":false,"
        + "\"stir_shaken_signature_required\":true,\"inbound_parameters\":{\"caller_num\":\"FROM_USER_PART\"},"
        + "\"remove_plus_prefix\":true}");
    assertThat(created.state()).contains(TrunkState.INACTIVE);
    assertThat(created.allowedIps()).containsExactly("192.0.2.10/32", "2001:db8::/48");
    assertThat(created.attributes()).containsEntry("remove_plus_prefix", BooleanNode.TRUE)
        .containsEntry("brand", TextNode.valueOf("Full Carrier"));
  }

  @Test
  void update_sendsExactlyWhatItSets_andReadsTheTrunkBack() {
    String id = provider.list().toList().get(0).id();

    SipTrunk updated = provider.update(id, TrunkUpdate.builder().name("Renamed").port(5070).maxChannels(2)
        .password(Secret.of("N3w-Secret")).numbers(List.of()).putAttributes("enabled", BooleanNode.FALSE)
        .putAttributes("auth_id", NullNode.getInstance()).putAttributes("keep_alive_interval", IntNode.valueOf(60))
        .build());

    assertThat(posts()).containsExactly("{\"name\":\"Renamed\",\"port\":5070,\"password\":\"N3w-Secret\","
        + "\"did_numbers\":\"\",\"concurrency\":2,\"enabled\":false,\"auth_id\":null,\"keep_alive_interval\":60}");
    assertThat(updated.name()).contains("Renamed");
    assertThat(updated.state()).contains(TrunkState.INACTIVE);
    assertThat(updated.numbers()).isEmpty();
    assertThat(updated.attributes()).containsEntry("auth_id", NullNode.getInstance())
        .containsEntry("keep_alive_interval", IntNode.valueOf(60));
    assertThat(PbxFields.FIELDS.changes(updated, TrunkUpdate.builder().name("Renamed").port(5071).build()))
        .containsExactly("port (port)");
  }

  // ---- requirements ----------------------------------------------------------------------------------------------

  @Test
  void requirements_sayBeforeSendingWhatThePbxNeeds() {
    Map<String, FieldRequirement> byLabel = new java.util.LinkedHashMap<>();
    provider.metadata().trunkFields().forEach(r -> byLabel.put(r.label(), r));

    assertThat(byLabel.get("transport (transport)").onCreate()).isEqualTo(Requirement.REQUIRED);
    assertThat(byLabel.get("maxChannels (concurrency)").onCreate()).isEqualTo(Requirement.REQUIRED);
    assertThat(byLabel.get("attributes.outbound_server").onCreate()).isEqualTo(Requirement.ACCEPTED);
    assertThat(byLabel.get("attributes.outbound_server").description()).contains(
        "the outbound server's host name or IP address, without a port; default on create: host");
    assertThat(byLabel.get("authMode (auth_mode)").onUpdate()).isEqualTo(Requirement.REFUSED);
    assertThat(byLabel.get("attributes.shared").readOnly()).isTrue();
    assertThat(byLabel.get("password (password)").secret()).isTrue();
    assertThat(byLabel.get("callerId").onCreate()).isEqualTo(Requirement.REFUSED);
    assertThat(byLabel.get("countryCode").onUpdate()).isEqualTo(Requirement.REFUSED);
    assertThat(provider.metadata().trunkFields()).filteredOn(r -> r.vendorField().isPresent())
        .allSatisfy(r -> assertThat(r.description()).as(r.label()).isPresent());
    assertThat(provider.metadata().trunkFields().stream().filter(r -> r.neutralField().isPresent())
        .map(r -> r.neutralField().get())).doesNotContain(NeutralField.STATE);
  }

  /** The bodies of the trunk writes the simulator received, as sent. */
  private List<String> posts() {
    List<String> bodies = new ArrayList<>();
    List<ServeEvent> events = new ArrayList<>(sim.server().getAllServeEvents());
    java.util.Collections.reverse(events);
    for (ServeEvent e : events) {
      String url = e.getRequest().getUrl();
      if (e.getRequest().getMethod().equals(RequestMethod.POST) && url.startsWith("/api/providers")
          && !url.endsWith("/destroy")) {
        bodies.add(e.getRequest().getBodyAsString());
      }
    }
    return bodies;
  }
}

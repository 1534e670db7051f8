package io.trunkline.provider.pbx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkApiValidationException;
import io.trunkline.core.error.TrunkConflictException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.provider.pbx.internal.PbxProviderFactory;
import io.trunkline.testing.pbx.PbxSimulator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The provider against the stateful simulator: paging, filters, state changes, tenant assignment. */
@Timeout(30)
class PbxSimulatorTest {
  private PbxSimulator sim;
  private TrunkProvider provider;
  private PbxClient client;

  @BeforeEach
  void start() {
    sim = new PbxSimulator();
    sim.start();
    provider = new PbxProviderFactory().create(sim.config());
    client = (PbxClient) provider.vendorClient();
  }

  @AfterEach
  void stop() {
    provider.close();
    sim.close();
  }

  private List<String> listingUrls() {
    return sim.journal().stream()
        .filter(e -> e.getRequest().getUrl().startsWith("/api/providers?"))
        .map(e -> e.getRequest().getUrl()).toList();
  }

  @Test
  void listing250Trunks_requestsExactlyThreePages_eachOnce() {
    List<String> ids = sim.addTrunks(250);

    List<SipTrunk> all = provider.list().toList();

    assertThat(all).extracting(SipTrunk::id).containsExactlyElementsOf(ids);
    assertThat(listingUrls()).containsExactly("/api/providers?skip=0&top=100", "/api/providers?skip=100&top=100",
        "/api/providers?skip=200&top=100");
  }

  @Test
  void demoData_isSixRealisticTrunks() {
    sim.seedDemoData();

    List<SipTrunk> trunks = provider.list().toList();

    assertThat(trunks).hasSize(6);
    assertThat(trunks).extracting(t -> t.name().orElseThrow()).contains("Telnyx US", "Teams Direct Routing");
    SipTrunk bt = provider.get(trunks.get(2).id());
    assertThat(bt.authMode()).contains(AuthMode.IP);
    assertThat(bt.allowedIps()).containsExactly("203.0.113.0/28", "198.51.100.7/32");
    assertThat(provider.list(TrunkQuery.builder().state(TrunkState.INACTIVE).build()).toList()).hasSize(1);
    assertThat(provider.list(TrunkQuery.builder().authMode(AuthMode.OTHER).build()).toList())
        .extracting(t -> t.name().orElseThrow()).containsExactly("Teams Direct Routing");
    assertThat(provider.list(TrunkQuery.builder().authMode(AuthMode.CREDENTIALS).build()).toList()).hasSize(4);
  }

  @Test
  void createdTrunk_showsUpChangesAndGoes() {
    SipTrunk created = provider.create(TrunkSpec.builder().name("New carrier").host("sip.new.example").port(5060)
        .transport(Transport.UDP).authMode(AuthMode.CREDENTIALS).username("u").password(Secret.of("Pw-1234567"))
        .addNumbers("5000-5099").maxChannels(3)
        .putAttributes("outbound_server", TextNode.valueOf("proxy.new.example"))
        .putAttributes("outbound_server_port", IntNode.valueOf(5070)).build());

    assertThat(created.state()).contains(TrunkState.ACTIVE);
    assertThat(created.attributes().get("register_interval").asInt()).isEqualTo(600);
    assertThat(created.attributes()).doesNotContainKey("password");
    assertThat(sim.trunkPassword(created.id())).contains("Pw-1234567");
    assertThat(sim.trunk(created.id()).orElseThrow().has("password")).isFalse();
    assertThat(provider.list().toList()).extracting(SipTrunk::id).containsExactly(created.id());
    assertThat(provider.status(created.id()).vendorStatus()).contains("ONLINE");

    SipTrunk updated = provider.update(created.id(), TrunkUpdate.builder().numbers(List.of())
        .putAttributes("enabled", com.fasterxml.jackson.databind.node.BooleanNode.FALSE).build());
    assertThat(updated.numbers()).isEmpty();
    assertThat(updated.state()).contains(TrunkState.INACTIVE);
    assertThat(updated.username()).contains("u");
    assertThat(provider.status(created.id()).vendorStatus()).contains("OFFLINE");

    provider.delete(created.id());
    assertThatThrownBy(() -> provider.get(created.id())).isInstanceOf(TrunkNotFoundException.class);
    assertThat(provider.list().toList()).isEmpty();
  }

  @Test
  void typedQueryOptions_filterSearchOrderAndSkip() {
    sim.seedDemoData();

    assertThat(client.list(PbxListQuery.builder().filter("startswith(name,'T')").orderby("name desc").build())
        .toList()).extracting(t -> t.name().orElseThrow())
        .containsExactly("Twilio Elastic SIP (EU)", "Telnyx US", "Teams Direct Routing");
    assertThat(client.list(PbxListQuery.builder().search("microsoft").build()).toList()).hasSize(1);
    assertThat(client.list(PbxListQuery.builder().skip(4).top(1).build()).toList()).hasSize(2);
    assertThatThrownBy(() -> client.list(PbxListQuery.builder().filter("name in ('a')").build()).toList())
        .isInstanceOfSatisfying(TrunkApiValidationException.class,
            e -> assertThat(e.vendorCode()).contains("VALIDATE_FAILED"));
  }

  @Test
  void assignedTrunk_cannotBeDestroyed_untilUnassigned() {
    String id = sim.addTrunks(1).get(0);
    client.assign(id, "tenant-1", PbxAssignment.builder().didNumbers("3001").concurrency(2).build());

    assertThat(client.assignees(id).toList()).extracting(a -> a.tenantId().orElseThrow()).containsExactly("tenant-1");
    assertThat(client.assignee(id, "tenant-1").concurrency()).contains(2);
    assertThatThrownBy(() -> provider.delete(id)).isInstanceOfSatisfying(TrunkConflictException.class,
        e -> assertThat(e.vendorCode()).contains("RESOURCE_IN_USE"));

    client.unassign(id, "tenant-1");
    assertThatThrownBy(() -> client.assignee(id, "tenant-1")).isInstanceOf(TrunkNotFoundException.class);
    provider.delete(id);
    assertThat(sim.trunkCount()).isZero();
  }

  @Test
  void export_isACsvOfAllTrunks() {
    sim.seedDemoData();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    provider.export(out);

    assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(7).first().asString().startsWith("id,name");
    assertThat(sim.server().getAllServeEvents()).extracting(ServeEvent::getRequest)
        .anySatisfy(r -> assertThat(r.getUrl()).isEqualTo("/api/providers/export"));
  }
}

package io.trunkline.provider.famulor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.RetryTiming;
import io.trunkline.testing.famulor.FamulorSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 15: Famulor re-creates its voice trunks (calls drop) when a re-creating field is sent, so the neutral update
 * reads the trunk and sends only what differs. The simulator plays the cautious reading ({@code recreateWhenSent}):
 * every re-creating field sent re-creates, whatever its value.
 */
@Timeout(30)
class FamulorUpdateChangesTest {
  private static final String TRUNKS = "/api/user/phone-numbers/sip-trunks";
  private FamulorSimulator sim;
  private TrunkProvider provider;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    sim = (FamulorSimulator) new FamulorSimulator().recreateWhenSent().start();
    sim.seedDemoData();
    provider = RetryTiming.of(sleeps::add).open(() -> Trunkline.discover().open("famulor", sim.config()));
  }

  @AfterEach
  void stop() {
    provider.close();
    sim.close();
  }

  /** Trunk 43 of the demo data: +4930901820, IP auth from two addresses, outbound proxy on. */
  private SipTrunk ipTrunk() {
    SipTrunk trunk = provider.get("43");
    sim.resetStubs();
    return trunk;
  }

  /** Every neutral field the trunk has, as a desired-state update would repeat them. */
  private static TrunkUpdate.Builder sameAs(SipTrunk t) {
    return TrunkUpdate.builder().name(t.name().orElseThrow()).host(t.host().orElseThrow())
        .username(t.username().orElseThrow()).authMode(t.authMode().orElseThrow()).allowedIps(t.allowedIps())
        .numbers(t.numbers()).countryCode(t.countryCode().orElseThrow())
        .putAttributes("sip_calling_format", t.attributes().get("sip_calling_format"))
        .putAttributes("outbound_proxy", t.attributes().get("outbound_proxy"));
  }

  /** The requests the simulator saw, in order: method, path and (JSON, so key order does not matter) body. */
  private List<String> requests() throws Exception {
    List<String> lines = new ArrayList<>();
    for (ServeEvent e : sim.server().getAllServeEvents()) {
      String body = e.getRequest().getBodyAsString();
      lines.add(0, e.getRequest().getMethod() + " " + e.getRequest().getUrl()
          + (body.isEmpty() ? "" : " " + sorted(body)));
    }
    return lines;
  }

  private static String sorted(String json) throws Exception {
    return Json.mapper().writeValueAsString(Json.mapper().readValue(json, java.util.TreeMap.class));
  }

  @Test
  void update_repeatingEveryCurrentValue_sendsNoPut_returnsTheTrunk_andRecreatesNothing() throws Exception {
    SipTrunk before = ipTrunk();

    SipTrunk after = provider.update("43", sameAs(before).build());

    assertThat(requests()).containsExactly("GET " + TRUNKS + "/43");
    assertThat(after).isEqualTo(before);
    assertThat(sim.recreations()).isZero();
  }

  /** The kit takes a JSON null for a clearable field under its vendor name: a TrunkUpdate cannot clear a name. */
  @Test
  void update_nicknameNullInAttributes_clearsTheName_sendingOnlyThat() throws Exception {
    SipTrunk before = ipTrunk();

    SipTrunk after = provider.update("43", TrunkUpdate.builder()
        .putAttributes("nickname", NullNode.getInstance()).build());

    assertThat(before.name()).isPresent();
    assertThat(requests()).containsExactly("GET " + TRUNKS + "/43",
        "PUT " + TRUNKS + "/43 " + sorted("{\"nickname\":null}"));
    assertThat(after.name()).isEmpty();
    assertThat(after.attributes().get("inbound_trunk_id")).isEqualTo(before.attributes().get("inbound_trunk_id"));
  }

  @Test
  void update_changingTheNameAmongRepeatedValues_sendsOnlyTheNickname_andRecreatesNothing() throws Exception {
    SipTrunk before = ipTrunk();

    SipTrunk after = provider.update("43", sameAs(before).name("Vertrieb neu").build());

    assertThat(requests()).containsExactly("GET " + TRUNKS + "/43",
        "PUT " + TRUNKS + "/43 " + sorted("{\"nickname\":\"Vertrieb neu\"}"));
    assertThat(after.name()).contains("Vertrieb neu");
    assertThat(after.attributes().get("inbound_trunk_id")).isEqualTo(before.attributes().get("inbound_trunk_id"));
    assertThat(after.attributes().get("outbound_trunk_id")).isEqualTo(before.attributes().get("outbound_trunk_id"));
    assertThat(sim.recreations()).isZero();
  }

  @Test
  void update_theSameAllowedIpsInAnotherOrder_isNoChange() throws Exception {
    SipTrunk before = ipTrunk();
    List<String> reversed = new ArrayList<>(before.allowedIps());
    java.util.Collections.reverse(reversed);

    provider.update("43", TrunkUpdate.builder().authMode(AuthMode.IP).allowedIps(reversed).build());

    assertThat(requests()).containsExactly("GET " + TRUNKS + "/43");
    assertThat(sim.recreations()).isZero();
  }

  @Test
  void update_changingTheHost_sendsOnlyTheHost_andFamulorRecreatesOnlyTheOutboundTrunk() throws Exception {
    SipTrunk before = ipTrunk();

    SipTrunk after = provider.update("43", sameAs(before).host("sip2.easybell.de").build());

    assertThat(requests()).containsExactly("GET " + TRUNKS + "/43",
        "PUT " + TRUNKS + "/43 " + sorted("{\"sip_address\":\"sip2.easybell.de\"}"));
    assertThat(after.attributes().get("inbound_trunk_id")).isEqualTo(before.attributes().get("inbound_trunk_id"));
    assertThat(after.attributes().get("outbound_trunk_id")).isNotEqualTo(before.attributes().get("outbound_trunk_id"));
    assertThat(sim.recreations()).isEqualTo(1);
  }

  @Test
  void update_settingAPassword_alwaysSendsIt_evenAmongRepeatedValues_becauseFamulorNeverReturnsIt() throws Exception {
    SipTrunk before = ipTrunk();

    provider.update("43", sameAs(before).password(Secret.of("demo-vertrieb_did")).build());

    assertThat(requests()).containsExactly("GET " + TRUNKS + "/43",
        "PUT " + TRUNKS + "/43 " + sorted("{\"sip_password\":\"demo-vertrieb_did\"}"));
    assertThat(sim.recreations()).isEqualTo(2);
  }

  @Test
  void update_switchingToCredentials_sendsTheAuthTypeAndTheEmptyList_andRecreatesOnlyTheInboundTrunk() throws Exception {
    ipTrunk();

    SipTrunk after = provider.update("43", TrunkUpdate.builder().authMode(AuthMode.CREDENTIALS)
        .allowedIps(List.of()).putAttributes("outbound_proxy", BooleanNode.TRUE)
        .putAttributes("sip_calling_format", TextNode.valueOf("national")).build());

    assertThat(requests()).containsExactly("GET " + TRUNKS + "/43",
        "PUT " + TRUNKS + "/43 " + sorted("{\"inbound_authorization_type\":\"auth\",\"allowed_inbound_ips\":[]}"));
    assertThat(after.authMode()).contains(AuthMode.CREDENTIALS);
    assertThat(after.allowedIps()).isEmpty();
    assertThat(sim.recreations()).isEqualTo(1);
  }

  @Test
  void theSimulatorsCautiousReading_recreatesOnARepeatedValue_whichIsWhyNoneIsSent() throws Exception {
    SipTrunk before = ipTrunk();
    FamulorClient client = provider.unwrap(FamulorClient.class);

    client.update(43, FamulorSipTrunkUpdate.builder().sipUsername(before.username().orElseThrow()).build());

    assertThat(Json.mapper().readTree(sim.server().getAllServeEvents().get(0).getRequest().getBodyAsString()))
        .isEqualTo(Json.mapper().readTree("{\"sip_username\":\"vertrieb_did\"}"));
    assertThat(sim.recreations()).isEqualTo(2);
  }
}

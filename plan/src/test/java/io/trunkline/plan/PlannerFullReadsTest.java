package io.trunkline.plan;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Paged;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.error.TrunklineException;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.testing.pbx.PbxSimulator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A match is read in full only when its listing lacks a field the comparison needs: the PBX lists summaries
 * ({@code id, name, enabled, brand, hostname, port, did_numbers, shared}); its detail has every field.
 */
class PlannerFullReadsTest {
  private PbxSimulator pbx;

  @BeforeEach
  void start() {
    pbx = new PbxSimulator();
    pbx.start();
    pbx.seedDemoData();
  }

  @AfterEach
  void stop() {
    pbx.close();
  }

  private DesiredState desired(String trunks) {
    return Desired.read("accounts:\n" + Desired.pbxAccount(pbx) + "trunks:\n" + trunks);
  }

  private List<String> detailReads() {
    return pbx.server().findAll(getRequestedFor(urlPathMatching("/api/providers/[^/]+"))).stream()
        .map(r -> r.getUrl()).collect(Collectors.toList());
  }

  private int listings() {
    return pbx.server().findAll(getRequestedFor(urlPathEqualTo("/api/providers"))).size();
  }

  @Test
  void aListingThatCarriesEveryDesiredField_isComparedAsListed_withoutAnyDetailRead() {
    DesiredState desired = desired(""
        + "  - {account: eu-pbx, name: Telnyx US, host: sip.telnyx.com, port: 5060}\n"
        + "  - {account: eu-pbx, name: sipgate team, host: sipgate.de, port: 5060, numbers: ['4930123456']}\n"
        + "  - {account: eu-pbx, name: BT SIP Trunk (UK), attributes: {brand: BT}}\n");
    try (Accounts accounts = Desired.open(desired)) {
      Plan plan = new Planner().plan(desired, accounts);

      assertThat(plan.updates()).isEqualTo(1);
      assertThat(plan.unchanged()).isEqualTo(2);
      assertThat(PlanPrinter.human(plan)).contains("~ trunk \"Telnyx US\"", "~ port: 5061 -> 5060");
      assertThat(detailReads()).isEmpty();
      assertThat(listings()).isEqualTo(1);
    }
  }

  @Test
  void aDesiredFieldTheListingLacks_readsThatTrunkInFull_andOnlyThatOne() {
    DesiredState desired = desired(""
        + "  - {account: eu-pbx, name: Telnyx US, host: sip.telnyx.com, maxChannels: 60}\n"
        + "  - {account: eu-pbx, name: sipgate team, host: sipgate.de, port: 5060}\n"
        + "  - {account: eu-pbx, name: BT SIP Trunk (UK), transport: UDP}\n");
    try (Accounts accounts = Desired.open(desired)) {
      Plan plan = new Planner().plan(desired, accounts);

      assertThat(plan.updates()).isEqualTo(1);
      assertThat(plan.unchanged()).isEqualTo(2);
      assertThat(PlanPrinter.human(plan)).contains("~ maxChannels: 40 -> 60").doesNotContain("transport");
      assertThat(detailReads()).containsExactlyInAnyOrder("/api/providers/" + observedId(plan, "Telnyx US"),
          "/api/providers/" + observedId(plan, "BT SIP Trunk (UK)"));
      assertThat(listings()).isEqualTo(1);
    }
  }

  @Test
  void anAttributeTheListingLacks_orAnEmptyList_isReadInFull_butNotAPasswordItNeverShows() {
    DesiredState desired = desired(""
        + "  - {account: eu-pbx, name: Telnyx US, attributes: {outbound_server: sip.telnyx.com}}\n"
        + "  - {account: eu-pbx, name: Teams Direct Routing, numbers: []}\n"
        + "  - {account: eu-pbx, name: sipgate team, password: env:SIP_BERLIN, attributes: {brand: sipgate}}\n");
    try (Accounts accounts = Desired.open(desired)) {
      Plan plan = new Planner().plan(desired, accounts);

      assertThat(plan.hasChanges()).as(PlanPrinter.human(plan)).isFalse();
      assertThat(plan.unchanged()).isEqualTo(3);
      // outbound_server is in the detail only; Teams lists no numbers, which may mean "not carried"
      assertThat(detailReads()).containsExactlyInAnyOrder("/api/providers/" + observedId(plan, "Telnyx US"),
          "/api/providers/" + observedId(plan, "Teams Direct Routing"));
    }
  }

  @Test
  void aListingOfFullItems_needsNoDetailRead() {
    pbx.fullListItems(true);
    DesiredState desired = desired(""
        + "  - {account: eu-pbx, name: Telnyx US, transport: TLS, maxChannels: 60, username: acmeus}\n"
        + "  - {account: eu-pbx, name: BT SIP Trunk (UK), allowedIps: [203.0.113.0/28, 198.51.100.7/32],"
        + " attributes: {outbound_server: 203.0.113.10}}\n");
    try (Accounts accounts = Desired.open(desired)) {
      Plan plan = new Planner().plan(desired, accounts);

      assertThat(plan.updates()).isEqualTo(1);
      assertThat(plan.unchanged()).isEqualTo(1);
      assertThat(PlanPrinter.human(plan)).contains("~ maxChannels: 40 -> 60");
      assertThat(detailReads()).isEmpty();
    }
  }

  @Test
  void manyDetailReads_runAtMostConcurrencyAtOnce_andGiveThePlanOfOneAtATime() {
    List<String> ids = pbx.addTrunks(12);
    StringBuilder trunks = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      trunks.append(String.format("  - {account: eu-pbx, name: trunk-%04d, maxChannels: %d}%n", i, i % 3 == 0 ? 20 : 10));
    }
    DesiredState desired = desired(trunks.toString());
    try (Accounts accounts = Desired.open(desired)) {
      Plan parallel = new Planner().concurrency(3).plan(desired, accounts);
      assertThat(detailReads()).hasSize(12);
      Plan sequential = new Planner().concurrency(1).plan(desired, accounts);

      assertThat(parallel.updates()).isEqualTo(4);
      assertThat(parallel.unchanged()).isEqualTo(8);
      assertThat(PlanPrinter.json(parallel)).isEqualTo(PlanPrinter.json(sequential));
      assertThat(detailReads()).hasSize(24)
          .containsAll(ids.stream().map(id -> "/api/providers/" + id).collect(Collectors.toList()));
    }
    assertThatThrownBy(() -> new Planner().concurrency(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("concurrency: must be at least 1, got 0");
  }

  @Test
  void aDetailRead_startsAsSoonAsTheListingShowsItIsNeeded_whileTheListingGoesOn() throws Exception {
    List<String> ids = pbx.addTrunks(250);   // three pages of the PBX's 100
    DesiredState desired = desired("  - {account: eu-pbx, name: trunk-0001, maxChannels: 20}\n");
    CountDownLatch read = new CountDownLatch(1);
    AtomicBoolean readBeforeTheLastPage = new AtomicBoolean();
    try (TrunkProvider pbxAccount = Trunkline.discover().open("pbx", pbx.config())) {
      // hands out the last trunk of the listing only once the detail read has been asked for (or after 10 s)
      TrunkProvider watched = new Delegating(pbxAccount) {
        @Override
        public Paged<SipTrunk> list(TrunkQuery query) {
          return pbxAccount.list(query).map(trunk -> {
            if (trunk.id().equals(ids.get(ids.size() - 1))) {
              readBeforeTheLastPage.set(await(read));
            }
            return trunk;
          });
        }

        @Override
        public SipTrunk get(String id) {
          read.countDown();
          return pbxAccount.get(id);
        }
      };
      Plan plan = new Planner().plan(desired, Accounts.of(Map.of("eu-pbx", watched), Desired.ENV));

      assertThat(readBeforeTheLastPage).isTrue();
      assertThat(PlanPrinter.human(plan)).contains("~ trunk \"trunk-0001\"", "~ maxChannels: 10 -> 20");
      assertThat(detailReads()).containsExactly("/api/providers/" + ids.get(0));
      assertThat(listings()).isEqualTo(3);
    }
  }

  @Test
  void theFullReadsOfOneAccount_goOnWhileTheNextAccountIsListed() throws Exception {
    pbx.addTrunks(2);
    DesiredState desired = Desired.read("accounts:\n" + Desired.pbxAccount(pbx)
        + Desired.pbxAccount(pbx).replace("id: eu-pbx", "id: eu-pbx-2") + "trunks:\n"
        + "  - {account: eu-pbx, name: trunk-0001, maxChannels: 20}\n"
        + "  - {account: eu-pbx-2, name: trunk-0002, maxChannels: 10}\n");
    CountDownLatch secondListed = new CountDownLatch(1);
    AtomicBoolean readWhileTheSecondWasListed = new AtomicBoolean();
    try (TrunkProvider first = Trunkline.discover().open("pbx", pbx.config());
        TrunkProvider second = Trunkline.discover().open("pbx", pbx.config())) {
      // the first account's detail read finishes only once the second account is listed (or after 10 s)
      TrunkProvider waiting = new Delegating(first) {
        @Override
        public SipTrunk get(String id) {
          readWhileTheSecondWasListed.set(await(secondListed));
          return first.get(id);
        }
      };
      TrunkProvider listed = new Delegating(second) {
        @Override
        public Paged<SipTrunk> list(TrunkQuery query) {
          Paged<SipTrunk> all = second.list(query);
          return all.map(t -> {
            if (t.name().filter("trunk-0002"::equals).isPresent()) {
              secondListed.countDown();
            }
            return t;
          });
        }
      };
      Plan plan = new Planner().plan(desired, Accounts.of(Map.of("eu-pbx", waiting, "eu-pbx-2", listed),
          Desired.ENV));

      assertThat(readWhileTheSecondWasListed).isTrue();
      assertThat(plan.accounts()).extracting(AccountPlan::account).containsExactly("eu-pbx", "eu-pbx-2");
      assertThat(PlanPrinter.human(plan)).contains("~ maxChannels: 10 -> 20");
      assertThat(plan.updates()).isEqualTo(1);
      assertThat(plan.unchanged()).isEqualTo(1);
    }
  }

  /** A provider that passes every call to another (and does not close it). */
  static class Delegating implements TrunkProvider {
    private final TrunkProvider to;

    Delegating(TrunkProvider to) {
      this.to = to;
    }

    @Override
    public ProviderMetadata metadata() {
      return to.metadata();
    }

    @Override
    public Paged<SipTrunk> list(TrunkQuery query) {
      return to.list(query);
    }

    @Override
    public SipTrunk get(String id) {
      return to.get(id);
    }

    @Override
    public Object vendorClient() {
      return to.vendorClient();
    }

    @Override
    public void close() {}
  }

  @Test
  void aNameListedTwice_isRefused_andNeitherTrunkIsReadInFullOneAtATime() {
    pbx.addTrunks(2);
    pbx.addTrunks(1);   // a second trunk-0001
    DesiredState desired = desired("  - {account: eu-pbx, name: trunk-0001, maxChannels: 20}\n");
    try (Accounts accounts = Desired.open(desired)) {
      assertThatThrownBy(() -> new Planner().concurrency(1).plan(desired, accounts))
          .isInstanceOf(PlanRefusedException.class)
          .hasMessageContaining("the name 'trunk-0001' matches 2 live trunks");
      assertThat(detailReads()).isEmpty();
    }
  }

  /** Waits up to 10 s for {@code latch}; false on timeout or interrupt (the interrupt kept). */
  static boolean await(CountDownLatch latch) {
    try {
      return latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void aFailedDetailRead_failsThePlan() {
    pbx.addTrunks(6);
    pbx.failDetailReads(100, 400);
    StringBuilder trunks = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      trunks.append(String.format("  - {account: eu-pbx, name: trunk-%04d, maxChannels: 10}%n", i));
    }
    DesiredState desired = desired(trunks.toString());
    try (Accounts accounts = Desired.open(desired)) {
      assertThatThrownBy(() -> new Planner().plan(desired, accounts)).isInstanceOf(TrunklineException.class);
    }
  }

  private static String observedId(Plan plan, String name) {
    return plan.accounts().get(0).observed().stream().filter(o -> o.name().orElse("").equals(name)).findFirst()
        .orElseThrow().id();
  }
}

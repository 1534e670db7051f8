package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Paged;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.testing.pbx.PbxSimulator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plan's accounts are listed at once, at most {@link Planner#concurrency(int)} of them (the first on the caller's
 * thread), and each compared in the file's order; with a concurrency of 1, one after the other on the caller's thread.
 */
class PlannerListingsTest {
  private static final List<String> IDS = List.of("eu-pbx", "eu-pbx-2", "eu-pbx-3");

  private PbxSimulator pbx;
  private final List<TrunkProvider> opened = new java.util.ArrayList<>();

  @BeforeEach
  void start() {
    pbx = new PbxSimulator();
    pbx.start();
    pbx.addTrunks(3);
  }

  @AfterEach
  void stop() {
    opened.forEach(TrunkProvider::close);
    pbx.close();
  }

  /** Three accounts on the simulator: trunk-0001 to change at the first, trunk-0002 at the second, none at the third. */
  private DesiredState desired() {
    StringBuilder accounts = new StringBuilder("accounts:\n");
    IDS.forEach(id -> accounts.append(Desired.pbxAccount(pbx).replace("id: eu-pbx", "id: " + id)));
    return Desired.read(accounts + "trunks:\n"
        + "  - {account: eu-pbx, name: trunk-0001, maxChannels: 20}\n"
        + "  - {account: eu-pbx-2, name: trunk-0002, maxChannels: 30}\n"
        + "  - {account: eu-pbx-3, name: trunk-0003, maxChannels: 10}\n");
  }

  private TrunkProvider open() {
    TrunkProvider provider = Trunkline.discover().open("pbx", pbx.config());
    opened.add(provider);
    return provider;
  }

  @Test
  void theAccounts_areListedAtOnce_theFirstOnTheCallersThread_andPlannedAsOneAtATime() {
    Map<String, String> listedOn = new ConcurrentHashMap<>();
    CountDownLatch othersListing = new CountDownLatch(2);
    AtomicBoolean waitForOthers = new AtomicBoolean(true);
    AtomicBoolean othersListedMeanwhile = new AtomicBoolean();
    Map<String, TrunkProvider> providers = new LinkedHashMap<>();
    for (String id : IDS) {
      TrunkProvider to = open();
      providers.put(id, new PlannerFullReadsTest.Delegating(to) {
        @Override
        public Paged<SipTrunk> list(TrunkQuery query) {
          return to.list(query).map(trunk -> {
            if (listedOn.putIfAbsent(id, Thread.currentThread().getName()) == null) {
              if (!id.equals("eu-pbx")) {
                othersListing.countDown();
              } else if (waitForOthers.get()) {
                // the first account's listing goes on only once the other two are being listed (or after 10 s)
                othersListedMeanwhile.set(PlannerFullReadsTest.await(othersListing));
              }
            }
            return trunk;
          });
        }
      });
    }
    DesiredState desired = desired();
    Accounts accounts = Accounts.of(providers, Desired.ENV);
    String caller = Thread.currentThread().getName();

    Plan atOnce = new Planner().concurrency(3).plan(desired, accounts);

    assertThat(othersListedMeanwhile).isTrue();
    assertThat(listedOn.get("eu-pbx")).isEqualTo(caller);
    assertThat(listedOn.get("eu-pbx-2")).startsWith("trunkline-plan-list-");
    assertThat(listedOn.get("eu-pbx-3")).startsWith("trunkline-plan-list-");
    assertThat(atOnce.accounts()).extracting(AccountPlan::account).containsExactlyElementsOf(IDS);
    assertThat(atOnce.updates()).isEqualTo(2);
    assertThat(atOnce.unchanged()).isEqualTo(1);
    assertThat(PlanPrinter.human(atOnce)).contains("~ maxChannels: 10 -> 20", "~ maxChannels: 10 -> 30");

    waitForOthers.set(false);
    listedOn.clear();
    Plan oneAtATime = new Planner().concurrency(1).plan(desired, accounts);

    assertThat(listedOn).containsOnlyKeys(IDS).allSatisfy((id, thread) -> assertThat(thread).isEqualTo(caller));
    assertThat(PlanPrinter.json(oneAtATime)).isEqualTo(PlanPrinter.json(atOnce));
  }

  @Test
  void aFailedListing_failsThePlanAsItFailed_theFirstAccountInTheFilesOrder() {
    Map<String, TrunkProvider> providers = new LinkedHashMap<>();
    providers.put("eu-pbx", open());
    for (String id : IDS.subList(1, IDS.size())) {
      TrunkProvider to = open();
      providers.put(id, new PlannerFullReadsTest.Delegating(to) {
        @Override
        public Paged<SipTrunk> list(TrunkQuery query) {
          throw new IllegalStateException("cannot list " + id);
        }
      });
    }
    DesiredState desired = desired();
    Accounts accounts = Accounts.of(providers, Desired.ENV);

    for (int concurrency : new int[] {1, 2, 3}) {
      assertThatThrownBy(() -> new Planner().concurrency(concurrency).plan(desired, accounts))
          .as("concurrency %d", concurrency)
          .isExactlyInstanceOf(IllegalStateException.class).hasMessage("cannot list eu-pbx-2");
    }
  }

  @Test
  void aFileInAnyOrder_matchesEachListedTrunkByItsName() {
    String accounts = "accounts:\n" + Desired.pbxAccount(pbx) + "trunks:\n";
    String[] trunks = {   // trunk-0002, listed between them, is not named
        "  - {account: eu-pbx, name: trunk-0001, maxChannels: 20}\n",
        "  - {account: eu-pbx, name: new-trunk, host: sip.example.net, port: 5060, transport: UDP,"
            + " maxChannels: 10}\n",
        "  - {account: eu-pbx, name: trunk-0003, maxChannels: 10}\n"};
    DesiredState inOrder = Desired.read(accounts + String.join("", trunks));
    DesiredState shuffled = Desired.read(accounts + trunks[2] + trunks[1] + trunks[0]);
    try (Accounts open = Desired.open(inOrder)) {
      Plan a = new Planner().plan(inOrder, open);
      Plan b = new Planner().plan(shuffled, open);

      for (Plan plan : List.of(a, b)) {
        assertThat(plan.creates()).isEqualTo(1);
        assertThat(plan.updates()).isEqualTo(1);
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(PlanPrinter.human(plan)).contains("~ trunk \"trunk-0001\"", "~ maxChannels: 10 -> 20",
            "+ trunk \"new-trunk\"");
      }
      assertThat(b.accounts().get(0).observed()).isEqualTo(a.accounts().get(0).observed()).hasSize(3)
          .filteredOn(o -> o.fields().isPresent()).extracting(o -> o.name().orElseThrow())
          .containsExactly("trunk-0001", "trunk-0003");
    }
  }
}

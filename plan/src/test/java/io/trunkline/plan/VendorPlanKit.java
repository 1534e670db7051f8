package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.testing.SimRequest;
import io.trunkline.testing.SimResponse;
import io.trunkline.testing.VendorSimulator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The "Done when" tests of desired state, once for every vendor that can list: a subclass names its simulator, its
 * account, a trunk with every field its vendor requires, an update of a seeded trunk and what a create request looks
 * like. Each test runs against a fresh simulator.
 */
abstract class VendorPlanKit {
  VendorSimulator sim;

  abstract VendorSimulator newSimulator();

  /** The YAML list item of the account (Desired.xxxAccount). */
  abstract String account();

  abstract String accountId();

  /** A YAML list item: a trunk named {@code name} with every field the vendor requires on create. */
  abstract String newTrunk(String name);

  /** The name of a seeded trunk that {@link #seededUpdate()} changes. */
  abstract String seededName();

  /** A YAML list item changing one field of {@link #seededName()}. */
  abstract String seededUpdate();

  /** True for the request that creates a trunk. */
  abstract boolean isCreate(SimRequest request);

  /** An update with what the vendor requires on every update (Flex: the password). */
  TrunkUpdate.Builder update() {
    return TrunkUpdate.builder();
  }

  /** Changes the seeded trunk {@code id} behind the plan's back, in a field {@link #seededUpdate()} compares. */
  void changeAtVendor(TrunkProvider provider, String id) {
    provider.update(id, update().maxChannels(77).build());
  }

  @BeforeEach
  void start() {
    sim = newSimulator();
    sim.start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  String file(String... trunks) {
    return "accounts:\n" + account() + "trunks:" + (trunks.length == 0 ? " []\n" : "\n" + String.join("", trunks));
  }

  /** Makes the account empty (a pruning apply of a file without trunks). */
  void empty() {
    DesiredState none = Desired.read(file());
    try (Accounts accounts = Desired.open(none)) {
      ApplyReport report = new Applier().apply(new Planner().prune(true).plan(none, accounts), accounts);
      assertThat(report.allApplied()).as(PlanPrinter.human(report)).isTrue();
    }
  }

  @Test
  void onAnEmptyAccount_thePlanOnlyCreates() {
    empty();
    DesiredState desired = Desired.read(file(newTrunk("Kit one"), newTrunk("Kit two")));
    try (Accounts accounts = Desired.open(desired)) {
      Plan plan = new Planner().prune(true).plan(desired, accounts);
      assertThat(plan.creates()).isEqualTo(2);
      assertThat(plan.updates() + plan.deletes() + plan.unchanged()).isZero();
      assertThat(plan.accounts().get(0).observed()).isEmpty();
      assertThat(PlanPrinter.human(plan)).contains("account " + accountId() + " (" + sim.providerId() + ")",
          "+ trunk \"Kit one\"", "+ trunk \"Kit two\"", "Plan: 2 to create, 0 to update, 0 to delete, 0 unchanged.");
    }
  }

  @Test
  void createsUpdatesAndDeletes_applied_thenANewPlanHasNoChanges_andNoOutputShowsASecret() {
    sim.seedDemoData();
    DesiredState desired = Desired.read(file(newTrunk("Kit new"), seededUpdate()));
    try (Accounts accounts = Desired.open(desired)) {
      Plan plan = new Planner().prune(true).plan(desired, accounts);
      assertThat(plan.creates()).isEqualTo(1);
      assertThat(plan.updates()).isEqualTo(1);
      assertThat(plan.deletes()).isPositive();
      assertNoSecret(plan);
      List<StepResult> seen = Collections.synchronizedList(new ArrayList<>());

      ApplyReport report = new Applier().onStep(seen::add).apply(plan, accounts);

      assertThat(report.allApplied()).as(PlanPrinter.human(report)).isTrue();
      assertThat(seen).containsExactlyInAnyOrderElementsOf(report.results());
      List<Step.Action> order = report.results().stream().map(StepResult::action).toList();
      assertThat(order.subList(0, 2)).doesNotContain(Step.Action.DELETE);
      assertThat(order.subList(2, order.size())).containsOnly(Step.Action.DELETE);
      assertThat(PlanPrinter.human(report) + PlanPrinter.json(report)).doesNotContain(Desired.SIP_SECRET,
          accountSecret());
      Plan again = new Planner().prune(true).plan(desired, accounts);
      assertThat(again.hasChanges()).as(PlanPrinter.human(again)).isFalse();
      assertThat(again.unchanged()).isEqualTo(2);
      assertThat(PlanPrinter.human(again)).contains("No changes: 2 trunk(s) as wanted.");
    }
  }

  @Test
  void aCreateCarriedOutButCutOff_isOutcomeUnknown_andTheNextPlanFindsItByName_noDuplicate() {
    AtomicInteger creates = new AtomicInteger();
    sim.intercept(request -> {
      SimResponse answer = sim.dispatchToRoutes(request);
      if (isCreate(request)) {
        creates.incrementAndGet();
        return SimResponse.json(504, "{\"message\":\"upstream timed out\"}");
      }
      return answer;
    });
    DesiredState desired = Desired.read(file(newTrunk("Kit cut off")));
    try (Accounts accounts = Desired.open(desired)) {
      ApplyReport report = new Applier().apply(new Planner().plan(desired, accounts), accounts);
      assertThat(report.results()).singleElement()
          .satisfies(r -> assertThat(r.outcome()).isEqualTo(StepResult.Outcome.OUTCOME_UNKNOWN));
      assertThat(creates).hasValue(1);

      sim.intercept(null);
      Plan again = new Planner().plan(desired, accounts);
      assertThat(again.creates()).isZero();
      assertThat(again.hasChanges()).as(PlanPrinter.human(again)).isFalse();
      assertThat(accounts.provider(accountId()).orElseThrow().list().toList())
          .filteredOn(t -> t.name().filter("Kit cut off"::equals).isPresent()).hasSize(1);
    }
  }

  @Test
  void aFailureMidway_isRefused_theOthersApply_andARerunAppliesOnlyWhatIsLeft() {
    sim.intercept(request -> isCreate(request) && request.bodyText().contains("Kit second")
        ? SimResponse.json(503, "{\"message\":\"maintenance\"}")
        : sim.dispatchToRoutes(request));
    DesiredState desired = Desired.read(file(newTrunk("Kit first"), newTrunk("Kit second"), newTrunk("Kit third")));
    try (Accounts accounts = Desired.open(desired)) {
      ApplyReport first = new Applier().concurrency(2).apply(new Planner().plan(desired, accounts), accounts);
      assertThat(first.count(StepResult.Outcome.APPLIED)).as(PlanPrinter.human(first)).isEqualTo(2);
      assertThat(first.results()).filteredOn(r -> r.outcome() != StepResult.Outcome.APPLIED).singleElement()
          .satisfies(r -> assertThat(r.name()).contains("Kit second"))
          .satisfies(r -> assertThat(r.outcome()).isIn(StepResult.Outcome.REFUSED));

      sim.intercept(null);
      Plan rest = new Planner().plan(desired, accounts);
      assertThat(rest.creates()).isEqualTo(1);
      assertThat(rest.unchanged()).isEqualTo(2);
      assertThat(rest.accounts().get(0).steps()).singleElement()
          .satisfies(s -> assertThat(s.name()).contains("Kit second"));
      assertThat(new Applier().apply(rest, accounts).allApplied()).isTrue();
      assertThat(new Planner().plan(desired, accounts).hasChanges()).isFalse();
    }
  }

  @Test
  void withoutPrune_nothingIsDeleted_andAPlanThatDeletesWithoutPruneIsRefusedBeforeAnythingIsSent() {
    sim.seedDemoData();
    DesiredState desired = Desired.read(file(newTrunk("Kit kept")));
    try (Accounts accounts = Desired.open(desired)) {
      int live = accounts.provider(accountId()).orElseThrow().list().toList().size();
      Plan plan = new Planner().plan(desired, accounts);
      assertThat(plan.deletes()).isZero();
      assertThat(PlanPrinter.human(plan)).contains("Live trunks absent from the file are kept (no pruning).");

      Plan pruning = new Planner().prune(true).plan(desired, accounts);
      assertThat(pruning.deletes()).isEqualTo(live);
      Plan forged = Plan.builder().prune(false).accounts(pruning.accounts()).build();
      assertThatThrownBy(() -> new Applier().apply(forged, accounts))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not made with pruning");
      assertThat(accounts.provider(accountId()).orElseThrow().list().toList()).hasSize(live);
    }
  }

  @Test
  void aNameMatchingTwoLiveTrunks_isRefused_namingBothIds() {
    DesiredState two = Desired.read(file(newTrunk("Kit twin"), newTrunk("Kit twin b")));
    try (Accounts accounts = Desired.open(two)) {
      ApplyReport created = new Applier().apply(new Planner().plan(two, accounts), accounts);
      assertThat(created.allApplied()).as(PlanPrinter.human(created)).isTrue();
      TrunkProvider provider = accounts.provider(accountId()).orElseThrow();
      provider.update(created.results().get(1).id().orElseThrow(), update().name("Kit twin").build());
      List<String> ids = provider.list().toList().stream()
          .filter(t -> t.name().filter("Kit twin"::equals).isPresent()).map(SipTrunk::id).toList();
      assertThat(ids).hasSize(2);

      DesiredState desired = Desired.read(file(newTrunk("Kit twin")));
      assertThatThrownBy(() -> new Planner().plan(desired, accounts))
          .isInstanceOf(PlanRefusedException.class)
          .hasMessageContaining("account '" + accountId() + "' (" + sim.providerId() + "): the name 'Kit twin'"
              + " matches 2 live trunks (ids ")
          .hasMessageContaining(ids.get(0)).hasMessageContaining(ids.get(1));
    }
  }

  @Test
  void aSavedPlan_isReadBack_andAppliedWhileTheLiveStateIsUnchanged() {
    sim.seedDemoData();
    DesiredState desired = Desired.read(file(newTrunk("Kit saved"), seededUpdate()));
    try (Accounts accounts = Desired.open(desired)) {
      Plan plan = new Planner().plan(desired, accounts);
      String json = PlanPrinter.json(plan);
      assertThat(json).doesNotContain(Desired.SIP_SECRET, accountSecret()).contains("\"env:");

      Plan saved = new PlanReader().read(json);
      assertThat(saved).isEqualTo(plan);
      ApplyReport report = new Applier().applySaved(saved, accounts);
      assertThat(report.allApplied()).as(PlanPrinter.human(report)).isTrue();
      assertThat(report.results()).hasSize(2);
      assertThat(new Planner().plan(desired, accounts).hasChanges()).isFalse();
    }
  }

  @Test
  void aSavedPlan_whoseTrunksChangedAtTheVendor_isRefused_namingAccountAndTrunk_andNothingIsSent() {
    sim.seedDemoData();
    DesiredState desired = Desired.read(file(newTrunk("Kit drift"), seededUpdate()));
    try (Accounts accounts = Desired.open(desired)) {
      Plan saved = new PlanReader().read(PlanPrinter.json(new Planner().plan(desired, accounts)));
      TrunkProvider provider = accounts.provider(accountId()).orElseThrow();
      String id = provider.list().toList().stream().filter(t -> t.name().filter(seededName()::equals).isPresent())
          .findFirst().orElseThrow().id();
      changeAtVendor(provider, id);
      int live = provider.list().toList().size();

      assertThatThrownBy(() -> new Applier().applySaved(saved, accounts))
          .isInstanceOf(SavedPlanDriftException.class)
          .hasMessageStartingWith("saved plan refused: the live state changed since it was made")
          .hasMessageContaining("account '" + accountId() + "' (" + sim.providerId() + "): trunk \"" + seededName()
              + "\" (id " + id + ") changed");
      assertThat(provider.list().toList()).hasSize(live);
    }
  }

  @Test
  void aYamlError_isReportedWithLineAndColumn() {
    String yaml = file(newTrunk("Kit bad")) + "    hots: sip.example.com\n";
    int line = (int) yaml.lines().count();
    assertThatThrownBy(() -> Desired.read(yaml))
        .isInstanceOfSatisfying(DesiredStateException.class, e -> {
          assertThat(e.line()).isEqualTo(line);
          assertThat(e.column()).isPositive();
          assertThat(e.field()).contains("trunks[0].hots");
        })
        .hasMessageStartingWith("line " + line + ", column ")
        .hasMessageContaining(": trunks[0].hots: unknown field 'hots'; expected one of");
  }

  String accountSecret() {
    return sim.config().credentials().secret().reveal();
  }

  void assertNoSecret(Plan plan) {
    for (String shown : new String[] {PlanPrinter.human(plan), PlanPrinter.human(plan, true),
        PlanPrinter.json(plan), plan.toString()}) {
      assertThat(shown).doesNotContain(Desired.SIP_SECRET, accountSecret());
    }
  }
}

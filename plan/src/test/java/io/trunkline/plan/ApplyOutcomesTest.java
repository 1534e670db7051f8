package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.testing.SimResponse;
import io.trunkline.testing.famulor.FamulorSimulator;
import io.trunkline.testing.pbx.PbxSimulator;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ApplyOutcomesTest {
  private static final String OFFICE = Desired.famulorTrunk("Office Hamburg");

  @Test
  void aCreateCarriedOutButAnsweredWith504_isOutcomeUnknown_andTheNextPlanFindsItByName_noDuplicate() {
    try (FamulorSimulator famulor = new FamulorSimulator()) {
      famulor.start();
      AtomicInteger posts = new AtomicInteger();
      famulor.intercept(request -> {
        SimResponse answer = famulor.dispatchToRoutes(request);
        if (request.method().equals("POST")) {
          posts.incrementAndGet();
          return SimResponse.json(504, "{\"message\":\"upstream timed out\"}");
        }
        return answer;
      });
      DesiredState desired = Desired.read("accounts:\n" + Desired.famulorAccount(famulor) + "trunks:\n" + OFFICE);
      try (Accounts accounts = Desired.open(desired)) {
        ApplyReport report = new Applier().apply(new Planner().plan(desired, accounts), accounts);
        assertThat(report.results()).singleElement()
            .satisfies(r -> assertThat(r.outcome()).isEqualTo(StepResult.Outcome.OUTCOME_UNKNOWN));
        assertThat(posts).hasValue(1);   // sent once, never repeated blind

        famulor.intercept(null);
        Plan again = new Planner().plan(desired, accounts);
        assertThat(again.creates()).isZero();
        assertThat(again.hasChanges()).as(PlanPrinter.human(again)).isFalse();
      }
    }
  }

  @Test
  void aFailureMidway_atOneAccount_isRefused_theOtherAccountApplies_andARerunAppliesOnlyWhatIsLeft() {
    try (FamulorSimulator famulor = new FamulorSimulator(); PbxSimulator pbx = new PbxSimulator()) {
      famulor.start();
      pbx.start();
      famulor.intercept(request -> request.method().equals("POST")
          ? SimResponse.json(503, "{\"message\":\"maintenance\"}")
          : famulor.dispatchToRoutes(request));
      DesiredState desired = Desired.read("accounts:\n" + Desired.famulorAccount(famulor) + Desired.pbxAccount(pbx)
          + "trunks:\n" + OFFICE + Desired.berlinMain());
      try (Accounts accounts = Desired.open(desired)) {
        ApplyReport first = new Applier().apply(new Planner().plan(desired, accounts), accounts);
        assertThat(first.count(StepResult.Outcome.REFUSED)).isEqualTo(1);
        assertThat(first.count(StepResult.Outcome.APPLIED)).isEqualTo(1);
        assertThat(PlanPrinter.human(first)).contains("refused", "+ agency \"Office Hamburg\"",
            "applied          + eu-pbx \"Berlin main\" (id ");
        assertThat(PlanPrinter.json(first)).doesNotContain(Desired.SIP_SECRET);

        famulor.intercept(null);
        Plan rest = new Planner().plan(desired, accounts);
        assertThat(rest.creates()).isEqualTo(1);
        assertThat(rest.accounts().get(0).steps()).singleElement()
            .satisfies(s -> assertThat(s.name()).contains("Office Hamburg"));
        assertThat(new Applier().apply(rest, accounts).allApplied()).isTrue();
        assertThat(new Planner().plan(desired, accounts).hasChanges()).isFalse();
      }
    }
  }

  @Test
  void deletesWait_whenAnEarlierStepAtTheSameAccountDidNotApply() {
    try (PbxSimulator pbx = new PbxSimulator()) {
      pbx.start();
      pbx.seedDemoData();
      DesiredState desired = Desired.read("accounts:\n" + Desired.pbxAccount(pbx) + "trunks:\n"
          + Desired.berlinMain().replace("port: 5060\n", "port: 70000\n"));
      try (Accounts accounts = Desired.open(desired)) {
        ApplyReport report = new Applier().apply(new Planner().prune(true).plan(desired, accounts), accounts);
        assertThat(report.results().get(0).outcome()).isEqualTo(StepResult.Outcome.REFUSED);
        assertThat(report.count(StepResult.Outcome.NOT_ATTEMPTED)).isEqualTo(6);
        assertThat(pbx.trunkCount()).isEqualTo(6);
      }
    }
  }
}

package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.testing.propertiesv2.PropertiesV2Simulator;
import org.junit.jupiter.api.Test;

class PropertiesV2PlanTest {
  @Test
  void createsAndUpdates_applied_thenANewPlanHasNoChanges() {
    try (PropertiesV2Simulator pv2 = new PropertiesV2Simulator()) {
      pv2.start();
      pv2.seedDemoData();
      DesiredState desired = Desired.read("accounts:\n" + Desired.propertiesV2Account(pv2) + "trunks:\n"
          + "  - {account: au, name: Hobart office, callerId: \"+61361234567\", allowedIps: [52.62.30.40/32],"
          + " maxChannels: 5}\n"
          + "  - {account: au, name: Sydney PBX primary, maxChannels: 40}\n"
          + "  - {account: au, name: Brisbane branch office, maxChannels: 10}\n");
      try (Accounts accounts = Desired.open(desired)) {
        Plan plan = new Planner().plan(desired, accounts);
        assertThat(plan.creates()).isEqualTo(1);
        assertThat(plan.updates()).isEqualTo(1);
        assertThat(plan.deletes()).isZero();
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(PlanPrinter.human(plan)).contains("~ maxChannels: 30 -> 40");

        ApplyReport report = new Applier().apply(plan, accounts);
        assertThat(report.allApplied()).as(PlanPrinter.human(report)).isTrue();
        Plan again = new Planner().plan(desired, accounts);
        assertThat(again.hasChanges()).as(PlanPrinter.human(again)).isFalse();
        assertThat(again.unchanged()).isEqualTo(3);
      }
    }
  }
}

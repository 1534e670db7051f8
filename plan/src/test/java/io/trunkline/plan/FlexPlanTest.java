package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.testing.flex.FlexSimulator;
import org.junit.jupiter.api.Test;

class FlexPlanTest {
  @Test
  void flexRequiresThePasswordOnEveryUpdate_soAnUpdateCarriesIt_andThePlanSaysWhy() {
    try (FlexSimulator flex = new FlexSimulator()) {
      flex.start();
      flex.seedDemoData();
      String account = "accounts:\n" + Desired.flexAccount(flex) + "trunks:\n";
      DesiredState unchanged = Desired.read(account + "  - {account: wavix, name: Call center, maxChannels: 30}\n");
      DesiredState noPassword = Desired.read(account + "  - {account: wavix, name: Call center, maxChannels: 40}\n");
      DesiredState withPassword = Desired.read(account
          + "  - {account: wavix, name: Call center, maxChannels: 40, password: env:SIP_BERLIN}\n");
      try (Accounts accounts = Desired.open(withPassword)) {
        assertThat(new Planner().plan(unchanged, accounts).hasChanges()).isFalse();
        assertThatThrownBy(() -> new Planner().plan(noPassword, accounts))
            .isInstanceOf(PlanRefusedException.class)
            .hasMessageContaining("trunk 'Call center' (id ")
            .hasMessageContaining("password (password) is required by flex on every update");

        Plan plan = new Planner().plan(withPassword, accounts);
        assertThat(PlanPrinter.human(plan)).contains("~ maxChannels: 30 -> 40",
            "~ password: (changed)   # the vendor requires it on every update");
        PbxPlanTest.assertNoSecret(plan);
        assertThat(new Applier().apply(plan, accounts).allApplied()).isTrue();
        assertThat(new Planner().plan(withPassword, accounts).hasChanges()).isFalse();

        DesiredState token = Desired.read(account + "  - {account: wavix, name: Call center,"
            + " attributes: {access_token: tok-Very-Secret-1}}\n"
            + "  - {account: wavix, name: New, password: env:SIP_BERLIN, callerId: \"+13132847320\","
            + " attributes: {access_token: tok-Very-Secret-1}}\n");
        assertThatThrownBy(() -> new Planner().plan(token, accounts))
            .isInstanceOf(PlanRefusedException.class)
            .hasMessageContaining("trunk 'Call center' (id ")
            .hasMessageContaining("attributes.access_token cannot be set at flex (the vendor sets it)")
            .hasMessageContaining("trunk 'New': attributes.access_token cannot be set at flex (the vendor sets it)")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("tok-Very-Secret-1"));
      }
    }
  }
}

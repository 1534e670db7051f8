package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.testing.channel.ChannelSimulator;
import io.trunkline.testing.famulor.FamulorSimulator;
import io.trunkline.testing.pbx.PbxSimulator;
import org.junit.jupiter.api.Test;

class FamulorAndChannelPlanTest {
  private static final String OFFICE = Desired.famulorTrunk("Office Hamburg");

  @Test
  void famulor_createsUpdatesAndDeletes_applied_thenANewPlanHasNoChanges() {
    try (FamulorSimulator famulor = new FamulorSimulator()) {
      famulor.start();
      famulor.seedDemoData();
      DesiredState desired = Desired.read("accounts:\n" + Desired.famulorAccount(famulor) + "trunks:\n" + OFFICE
          + "  - {account: agency, name: Vertrieb Hotline, host: sip2.easybell.de}\n"
          + "  - {account: agency, name: US Support, countryCode: US}\n");
      try (Accounts accounts = Desired.open(desired)) {
        Plan plan = new Planner().prune(true).plan(desired, accounts);
        assertThat(plan.creates()).isEqualTo(1);
        assertThat(plan.updates()).isEqualTo(1);
        assertThat(plan.deletes()).isEqualTo(3);   // two named, one without a name
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(PlanPrinter.human(plan)).contains("~ host: \"sip.easybell.de\" -> \"sip2.easybell.de\"",
            "- trunk (no name) (id ");
        PbxPlanTest.assertNoSecret(plan);

        ApplyReport report = new Applier().apply(plan, accounts);
        assertThat(report.allApplied()).as(PlanPrinter.human(report)).isTrue();

        Plan again = new Planner().prune(true).plan(desired, accounts);
        assertThat(again.hasChanges()).as(PlanPrinter.human(again)).isFalse();
        assertThat(again.unchanged()).isEqualTo(3);
      }
    }
  }

  @Test
  void famulor_onAnEmptyAccount_afterPruningTheSeed_onlyCreates() {
    try (FamulorSimulator famulor = new FamulorSimulator()) {
      famulor.start();
      famulor.seedDemoData();
      DesiredState none = Desired.read("accounts:\n" + Desired.famulorAccount(famulor) + "trunks: []\n");
      try (Accounts accounts = Desired.open(none)) {
        assertThat(new Applier().apply(new Planner().prune(true).plan(none, accounts), accounts).allApplied())
            .isTrue();
      }
      DesiredState desired = Desired.read("accounts:\n" + Desired.famulorAccount(famulor) + "trunks:\n" + OFFICE);
      try (Accounts accounts = Desired.open(desired)) {
        Plan plan = new Planner().prune(true).plan(desired, accounts);
        assertThat(plan.creates()).isEqualTo(1);
        assertThat(plan.deletes() + plan.updates() + plan.unchanged()).isZero();
        assertThat(PlanPrinter.human(plan)).contains("+ trunk \"Office Hamburg\"", "+ password = (set)",
            "+ attributes.sip_calling_format = \"+e164\"");
      }
    }
  }

  @Test
  void famulor_aTrunkToCreate_lackingRequiredFields_isRefused() {
    try (FamulorSimulator famulor = new FamulorSimulator()) {
      famulor.start();
      DesiredState desired = Desired.read("accounts:\n" + Desired.famulorAccount(famulor) + "trunks:\n"
          + "  - {account: agency, name: Bare, host: sip.example.com}\n");
      try (Accounts accounts = Desired.open(desired)) {
        assertThatThrownBy(() -> new Planner().plan(desired, accounts))
            .isInstanceOf(PlanRefusedException.class)
            .hasMessageContaining("trunk 'Bare': password (sip_password) is required by famulor on create")
            .hasMessageContaining("trunk 'Bare': attributes.sip_calling_format is required by famulor on create");
      }
    }
  }

  @Test
  void channel_cannotBeObserved_soItIsNeverPlanned_andOtherAccountsProblemsAreNamedToo() {
    try (ChannelSimulator channel = new ChannelSimulator(); PbxSimulator pbx = new PbxSimulator()) {
      channel.start();
      channel.seedDemoData();
      pbx.start();
      DesiredState desired = Desired.read("accounts:\n" + Desired.channelAccount(channel) + Desired.pbxAccount(pbx)
          + "trunks:\n  - {account: teams, name: Amsterdam}\n  - {account: eu-pbx, name: Half}\n");
      try (Accounts accounts = Desired.open(desired)) {
        assertThatThrownBy(() -> new Planner().plan(desired, accounts))
            .isInstanceOf(PlanRefusedException.class)
            .hasMessageContaining("account 'teams' (channel): its trunks cannot be observed")
            .hasMessageContaining("never apply blind")
            .hasMessageContaining("trunk 'Half': host (hostname) is required by pbx on create")
            .satisfies(e -> assertThat(((PlanRefusedException) e).problems()).hasSizeGreaterThan(1));
      }
    }
  }
}

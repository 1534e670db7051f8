package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.trunkline.testing.pbx.PbxSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PbxPlanTest {
  private PbxSimulator pbx;

  @BeforeEach
  void start() {
    pbx = new PbxSimulator();
    pbx.start();
  }

  @AfterEach
  void stop() {
    pbx.close();
  }

  @Test
  void onAnEmptyAccount_everyDesiredTrunkIsCreated() {
    DesiredState desired = Desired.read("accounts:\n" + Desired.pbxAccount(pbx) + "trunks:\n" + Desired.berlinMain());
    try (Accounts accounts = Desired.open(desired)) {
      Plan plan = new Planner().plan(desired, accounts);

      assertThat(plan.creates()).isEqualTo(1);
      assertThat(plan.updates() + plan.deletes() + plan.unchanged()).isZero();
      String human = PlanPrinter.human(plan);
      assertThat(human).contains("account eu-pbx (pbx)", "  + trunk \"Berlin main\"",
          "+ host = \"sip.carrier.example\"", "+ password = (set)",
          "Plan: 1 to create, 0 to update, 0 to delete, 0 unchanged.");
      assertThat(PlanPrinter.json(plan)).contains("\"create\" : 1", "\"action\" : \"CREATE\"");
    }
  }

  @Test
  void createsUpdatesAndDeletes_applied_thenANewPlanHasNoChanges() {
    pbx.seedDemoData();
    String yaml = "accounts:\n" + Desired.pbxAccount(pbx) + "trunks:\n" + Desired.berlinMain()
        + "  - account: eu-pbx\n"
        + "    name: Telnyx US\n"
        + "    host: sip.telnyx.com\n"
        + "    port: 5061\n"
        + "    transport: TLS\n"
        + "    maxChannels: 60\n"
        + "    attributes: {no_such_field_at_all: null}\n"
        + "  - account: eu-pbx\n"
        + "    name: sipgate team\n"
        + "    host: sipgate.de\n";
    DesiredState desired = Desired.read(yaml);
    try (Accounts accounts = Desired.open(desired)) {
      Plan plan = new Planner().prune(true).plan(desired, accounts);

      assertThat(plan.creates()).isEqualTo(1);
      assertThat(plan.updates()).isEqualTo(1);
      assertThat(plan.deletes()).isEqualTo(4);
      assertThat(plan.unchanged()).isEqualTo(1);
      String human = PlanPrinter.human(plan);
      assertThat(human).contains("~ trunk \"Telnyx US\" (id ", "~ maxChannels: 40 -> 60",
          "- trunk \"Twilio Elastic SIP (EU)\" (id ", "1 unchanged");
      assertThat(human).doesNotContain("~ host", "~ port", "~ transport");

      ApplyReport report = new Applier().apply(plan, accounts);
      assertThat(report.allApplied()).as(PlanPrinter.human(report)).isTrue();
      assertThat(report.results()).hasSize(6);
      assertThat(report.results().get(report.results().size() - 1).action()).isEqualTo(Step.Action.DELETE);
      assertThat(pbx.trunkCount()).isEqualTo(3);

      Plan again = new Planner().prune(true).plan(desired, accounts);
      assertThat(again.hasChanges()).as(PlanPrinter.human(again)).isFalse();
      assertThat(again.unchanged()).isEqualTo(3);
      assertThat(PlanPrinter.human(again)).contains("No changes: 3 trunk(s) as wanted.");
    }
  }

  @Test
  void withoutPrune_nothingIsDeleted_andApplyRefusesAPlanThatDeletesWithoutPrune() {
    pbx.seedDemoData();
    DesiredState desired = Desired.read("accounts:\n" + Desired.pbxAccount(pbx) + "trunks:\n" + Desired.berlinMain());
    try (Accounts accounts = Desired.open(desired)) {
      Plan plan = new Planner().plan(desired, accounts);
      assertThat(plan.deletes()).isZero();
      assertThat(PlanPrinter.human(plan)).contains("Live trunks absent from the file are kept (no pruning).");

      Plan pruning = new Planner().prune(true).plan(desired, accounts);
      Plan forged = Plan.builder().prune(false).accounts(pruning.accounts()).build();
      assertThatThrownBy(() -> new Applier().apply(forged, accounts))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not made with pruning");
      assertThat(pbx.trunkCount()).isEqualTo(6);   // refused before anything was sent
    }
  }

  @Test
  void aNameMatchingTwoLiveTrunks_isRefused_namingBothIds() {
    String first = pbx.addTrunk(trunk("Twin"));
    String second = pbx.addTrunk(trunk("Twin"));
    DesiredState desired = Desired.read("accounts:\n" + Desired.pbxAccount(pbx) + "trunks:\n"
        + "  - {account: eu-pbx, name: Twin, maxChannels: 3}\n");
    try (Accounts accounts = Desired.open(desired)) {
      assertThatThrownBy(() -> new Planner().plan(desired, accounts))
          .isInstanceOf(PlanRefusedException.class)
          .hasMessageContaining("account 'eu-pbx' (pbx): the name 'Twin' matches 2 live trunks (ids " + first + ", "
              + second + ")");
    }
  }

  @Test
  void aTrunkToCreate_lackingFieldsThePbxRequires_isRefused_namingNeutralAndVendorField() {
    DesiredState desired = Desired.read("accounts:\n" + Desired.pbxAccount(pbx) + "trunks:\n"
        + "  - {account: eu-pbx, name: Half, host: sip.example.com}\n");
    try (Accounts accounts = Desired.open(desired)) {
      assertThatThrownBy(() -> new Planner().plan(desired, accounts))
          .isInstanceOf(PlanRefusedException.class)
          .hasMessageContaining("trunk 'Half': port (port) is required by pbx on create")
          .hasMessageContaining("trunk 'Half': transport (transport) is required by pbx on create")
          .hasMessageContaining("trunk 'Half': maxChannels (concurrency) is required by pbx on create");
      assertThat(pbx.trunkCount()).isZero();
    }
  }

  @Test
  void aPassword_isSentOnUpdateOnlyWhenRotationIsAsked_andNoPlanOutputShowsIt() {
    DesiredState created = Desired.read("accounts:\n" + Desired.pbxAccount(pbx) + "trunks:\n" + Desired.berlinMain());
    try (Accounts accounts = Desired.open(created)) {
      Plan create = new Planner().plan(created, accounts);
      assertThat(new Applier().apply(create, accounts).allApplied()).isTrue();
      assertThat(new Planner().plan(created, accounts).hasChanges()).isFalse();   // a password is not compared
      assertNoSecret(create);

      DesiredState rotate = Desired.read("accounts:\n" + Desired.pbxAccount(pbx) + "trunks:\n" + Desired.berlinMain()
          + "    rotatePassword: true\n");
      Plan plan = new Planner().plan(rotate, accounts);
      assertThat(plan.updates()).isEqualTo(1);
      assertThat(PlanPrinter.human(plan)).contains("~ password: (changed)   # rotation asked (rotatePassword)");
      assertThat(PlanPrinter.json(plan)).contains("\"after\" : \"(changed)\"", "\"secret\" : true");
      assertNoSecret(plan);
      assertThat(new Applier().apply(plan, accounts).allApplied()).isTrue();
      String id = plan.accounts().get(0).steps().get(0).id().orElseThrow();
      assertThat(pbx.trunkPassword(id)).contains(Desired.SIP_SECRET);
    }
  }

  static void assertNoSecret(Plan plan) {
    for (String shown : new String[] {PlanPrinter.human(plan), PlanPrinter.json(plan), plan.toString()}) {
      assertThat(shown).doesNotContain(Desired.SIP_SECRET, PbxSimulator.PASSWORD);
    }
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode trunk(String name) {
    return JsonNodeFactory.instance.objectNode().put("name", name).put("auth_mode", "IP_AUTH")
        .put("transport", "UDP").put("hostname", "203.0.113.9").put("port", 5060)
        .put("outbound_server", "203.0.113.9").put("outbound_server_port", 5060).put("concurrency", 3);
  }
}

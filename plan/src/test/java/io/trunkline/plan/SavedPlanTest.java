package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trunkline.testing.pbx.PbxSimulator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SavedPlanTest {
  @Test
  void aPlanMadeFromLiteralSecrets_savesNone_andCannotBeAppliedFromItsJson() {
    try (PbxSimulator pbx = new PbxSimulator()) {
      pbx.start();
      String yaml = "accounts:\n" + Desired.pbxAccount(pbx).replace("env:PBX_PASSWORD", PbxSimulator.PASSWORD)
          + "trunks:\n" + Desired.berlinMain().replace("env:SIP_BERLIN", Desired.SIP_SECRET);
      DesiredState desired = new DesiredStateReader().allowLiteralSecrets(true).readYaml(yaml);
      try (Accounts accounts = Desired.open(desired)) {
        Plan plan = new Planner().plan(desired, accounts);
        String json = PlanPrinter.json(plan);
        assertThat(json).doesNotContain(Desired.SIP_SECRET, PbxSimulator.PASSWORD).contains(Plan.LITERAL_NOT_SAVED);

        Plan saved = new PlanReader().read(json);
        assertThatThrownBy(() -> new Applier().applySaved(saved, accounts))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("accounts[0].credentials.password, trunks[0].password");
        assertThat(pbx.trunkCount()).isZero();
      }
    }
  }

  @Test
  void aTrunkUnchangedAsListed_withALiteralPassword_isSavedWithoutIt() {
    try (PbxSimulator pbx = new PbxSimulator()) {
      pbx.start();
      pbx.seedDemoData();
      String yaml = "accounts:\n" + Desired.pbxAccount(pbx) + "trunks:\n"
          + "  - {account: eu-pbx, name: Telnyx US, port: 5061, host: sip.telnyx.com, password: " + Desired.SIP_SECRET
          + "}\n";
      DesiredState desired = new DesiredStateReader().allowLiteralSecrets(true).readYaml(yaml);
      try (Accounts accounts = Desired.open(desired)) {
        Plan plan = new Planner().plan(desired, accounts);

        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.desired().orElseThrow().trunks().get(0).password()).contains(Plan.LITERAL_NOT_SAVED);
        assertThat(PlanPrinter.json(plan)).doesNotContain(Desired.SIP_SECRET);
      }
    }
  }

  @Test
  void aSavedPlan_holdsTheSha256OfTheComparedFieldsLiveValues_inTheirCanonicalForm() throws Exception {
    try (PbxSimulator pbx = new PbxSimulator()) {
      pbx.start();
      pbx.seedDemoData();
      DesiredState desired = Desired.read("accounts:\n" + Desired.pbxAccount(pbx) + "trunks:\n"
          + "  - {account: eu-pbx, name: Telnyx US, port: 5060, host: sip.telnyx.com,"
          + " numbers: ['12025550100-12025550199'], attributes: {brand: Telnyx}}\n");
      try (Accounts accounts = Desired.open(desired)) {
        Plan plan = new Planner().plan(desired, accounts);
        JsonNode observed = new ObjectMapper().readTree(PlanPrinter.json(plan)).at("/accounts/0/observed");
        JsonNode telnyx = null;
        for (JsonNode trunk : observed) {
          telnyx = "Telnyx US".equals(trunk.path("name").asText()) ? trunk : telnyx;
        }
        // sorted keys, the live values as JSON (lists as sorted sets), compact: what saved plans have always held
        String canonical = "{\"attributes.brand\":\"Telnyx\",\"host\":\"sip.telnyx.com\","
            + "\"numbers\":[\"12025550100-12025550199\"],\"port\":5061}";
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
            .digest(canonical.getBytes(StandardCharsets.UTF_8)));

        assertThat(telnyx).isNotNull();
        assertThat(telnyx.path("fields").asText()).isEqualTo(sha256);
        ObservedTrunk inPlan = plan.accounts().get(0).observed().stream()
            .filter(o -> o.name().orElse("").equals("Telnyx US")).findFirst().orElseThrow();
        assertThat(inPlan.fields()).contains(sha256);
        assertThat(new PlanReader().read(PlanPrinter.json(plan))).isEqualTo(plan);
        assertThat(observed.findValues("fields")).hasSize(1);   // only the trunk the file names is hashed
      }
    }
  }

  @Test
  void aFileOfEnvReferences_isSavedAsItIs() {
    try (PbxSimulator pbx = new PbxSimulator()) {
      pbx.start();
      DesiredState desired = Desired.read("accounts:\n" + Desired.pbxAccount(pbx) + "trunks:\n"
          + Desired.berlinMain());
      try (Accounts accounts = Desired.open(desired)) {
        assertThat(new Planner().plan(desired, accounts).desired()).containsSame(desired);
      }
    }
  }

  @Test
  void notASavedPlan_isRefusedWithLineAndColumn_withoutQuotingIt() {
    assertThatThrownBy(() -> new PlanReader().read("{\"prune\": false,\n \"accounts\": [{\"account\": \"x\","
        + " \"secretish\": \"Hunter2\"}]}"))
        .isInstanceOfSatisfying(DesiredStateException.class, e -> assertThat(e.line()).isEqualTo(2))
        .hasMessageStartingWith("line 2, column ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Hunter2"));
    assertThatThrownBy(() -> new PlanReader().read("{\"format\": 99, \"prune\": false, \"accounts\": []}"))
        .hasMessageContaining("a saved plan of format 99");
  }

  @Test
  void aPlanReadBack_appliedAsIfMadeNow_isRefusedBeforeAnythingIsSent() {
    try (PbxSimulator pbx = new PbxSimulator()) {
      pbx.start();
      DesiredState desired = Desired.read("accounts:\n" + Desired.pbxAccount(pbx) + "trunks:\n"
          + Desired.berlinMain());
      try (Accounts accounts = Desired.open(desired)) {
        Plan saved = new PlanReader().read(PlanPrinter.json(new Planner().plan(desired, accounts)));
        assertThatThrownBy(() -> new Applier().apply(saved, accounts))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("carries no request: apply a saved plan with applySaved");
        assertThat(pbx.trunkCount()).isZero();
      }
    }
  }

  @Test
  void concurrency_belowOne_isRefusedNamingTheRule() {
    assertThatThrownBy(() -> new Applier().concurrency(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("concurrency: must be at least 1, got 0");
  }
}

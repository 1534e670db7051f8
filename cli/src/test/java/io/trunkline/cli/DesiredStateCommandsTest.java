package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.Trunkline;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.plan.DesiredStateSchema;
import io.trunkline.testing.SimResponse;
import io.trunkline.testing.channel.ChannelSimulator;
import io.trunkline.testing.pbx.PbxSimulator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** plan, apply and diff against the PBX simulator: outputs, exit codes, the saved plan, the question, colour. */
class DesiredStateCommandsTest {
  private static final String SIP_SECRET = "Sip-Berlin-s3cret-77";
  private PbxSimulator pbx;
  private Map<String, String> env;
  @TempDir
  Path dir;
  private Path desired;

  @BeforeEach
  void start() throws Exception {
    pbx = new PbxSimulator();
    pbx.start();
    pbx.seedDemoData();
    env = Map.of("PBX_PASSWORD", PbxSimulator.PASSWORD, "SIP_BERLIN", SIP_SECRET);
    desired = dir.resolve("desired.yaml");
    Files.writeString(desired, "accounts:\n"
        + "  - id: eu-pbx\n"
        + "    provider: pbx\n"
        + "    baseUrl: " + pbx.baseUrl() + "\n"
        + "    credentials: {user: admin, password: env:PBX_PASSWORD}\n"
        + "trunks:\n"
        + "  - account: eu-pbx\n"
        + "    name: Berlin main\n"
        + "    host: sip.carrier.example\n"
        + "    port: 5060\n"
        + "    transport: UDP\n"
        + "    authMode: CREDENTIALS\n"
        + "    username: berlin\n"
        + "    password: env:SIP_BERLIN\n"
        + "    maxChannels: 30\n"
        + "    attributes: {outbound_server: sip.carrier.example, outbound_server_port: 5060}\n"
        + "  - {account: eu-pbx, name: Telnyx US, maxChannels: 60}\n");
  }

  @AfterEach
  void stop() {
    pbx.close();
  }

  private Cli.Result run(String... args) {
    return Cli.run(env, args);
  }

  @Test
  void plan_showsTheDiff_exit0_or4WithDetailedExitcode_andNeverASecret() throws Exception {
    Cli.Result plan = run("plan", "--file", desired.toString());
    assertThat(plan.code).as(plan.toString()).isZero();
    assertThat(plan.out).contains("account eu-pbx (pbx)", "  + trunk \"Berlin main\"", "+ password = (set)",
        "~ trunk \"Telnyx US\" (id ", "~ maxChannels: 40 -> 60", "Plan: 1 to create, 1 to update, 0 to delete")
        .doesNotContain("\u001b[");
    assertThat(run("plan", "--file", desired.toString(), "--detailed-exitcode").code).isEqualTo(4);
    Cli.Result json = run("plan", "--file", desired.toString(), "--output", "json");
    JsonNode node = Json.mapper().readTree(json.out);
    assertThat(node.get("create").asInt()).isEqualTo(1);
    for (Cli.Result r : new Cli.Result[] {plan, json}) {
      assertThat(r.out + r.err).doesNotContain(SIP_SECRET, PbxSimulator.PASSWORD);
    }
    assertThat(pbx.trunkCount()).isEqualTo(6);
  }

  @Test
  void planOut_thenApplyPlanJson_applies_thenThereIsNothingLeft() throws Exception {
    Path saved = dir.resolve("plan.json");
    assertThat(run("plan", "--file", desired.toString(), "--prune", "--out", saved.toString()).code).isZero();
    assertThat(Files.readString(saved)).doesNotContain(SIP_SECRET, PbxSimulator.PASSWORD);

    Cli.Result apply = run("apply", saved.toString(), "--yes", "--detailed-exitcode");
    assertThat(apply.code).as(apply.toString()).isEqualTo(4);
    assertThat(apply.out).contains("applied          + eu-pbx \"Berlin main\" (id ",
        "Apply: 7 applied, 0 refused, 0 outcome unknown, 0 not attempted.");
    assertThat(apply.out + apply.err).doesNotContain(SIP_SECRET, PbxSimulator.PASSWORD);
    assertThat(pbx.trunkCount()).isEqualTo(2);

    Cli.Result again = run("plan", "--file", desired.toString(), "--prune", "--detailed-exitcode");
    assertThat(again.code).as(again.toString()).isZero();
    assertThat(again.out).contains("No changes: 2 trunk(s) as wanted.");
  }

  @Test
  void aSavedPlan_whoseTrunkChanged_isRefused_exit2_namingAccountAndTrunk_nothingSent() throws Exception {
    Path saved = dir.resolve("plan.json");
    assertThat(run("plan", "--file", desired.toString(), "--out", saved.toString()).code).isZero();
    try (TrunkProvider provider = Trunkline.discover().open("pbx", pbx.config())) {
      String id = provider.list().toList().stream().filter(t -> t.name().filter("Telnyx US"::equals).isPresent())
          .findFirst().orElseThrow().id();
      provider.update(id, TrunkUpdate.builder().maxChannels(45).build());

      Cli.Result apply = run("apply", saved.toString(), "--yes");
      assertThat(apply.code).as(apply.toString()).isEqualTo(2);
      assertThat(apply.err).startsWith("trunkline: saved plan refused: the live state changed since it was made")
          .contains("  account 'eu-pbx' (pbx): trunk \"Telnyx US\" (id " + id + ") changed");
      assertThat(pbx.trunkCount()).isEqualTo(6);
      assertThat(provider.get(id).maxChannels()).contains(45);
    }
  }

  @Test
  void apply_withoutYes_inAScript_refusesWithoutAsking_exit2_butOnATerminalAsks() {
    Cli.Result script = run("apply", "--file", desired.toString());
    assertThat(script.code).isEqualTo(2);
    assertThat(script.err).contains("stdin is not a terminal", "give --yes");
    assertThat(pbx.trunkCount()).isEqualTo(6);

    Cli.Result no = Cli.run(b -> b.env(env).terminals(fd -> fd == DesiredFiles.STDIN)
        .stdin(new ByteArrayInputStream("no\n".getBytes(StandardCharsets.UTF_8))), "apply", "--file",
        desired.toString());
    assertThat(no.code).isZero();
    assertThat(no.err).contains("Only 'yes' applies", "apply cancelled; nothing was changed");
    assertThat(pbx.trunkCount()).isEqualTo(6);

    Cli.Result yes = Cli.run(b -> b.env(env).terminals(fd -> fd == DesiredFiles.STDIN || fd == Terminals.STDERR)
        .stdin(new ByteArrayInputStream("yes\n".getBytes(StandardCharsets.UTF_8))), "apply", "--file",
        desired.toString());
    assertThat(yes.code).as(yes.toString()).isZero();
    assertThat(yes.err).contains("apply: 2 of 2 steps done");
    assertThat(pbx.trunkCount()).isEqualTo(7);
  }

  @Test
  void colour_onlyWhenStdoutIsATerminal() {
    Cli.Result terminal = Cli.run(b -> b.env(env).terminals(fd -> fd == Terminals.STDOUT), "plan", "--file",
        desired.toString());
    assertThat(terminal.out).contains("\u001b[32m+\u001b[0m trunk \"Berlin main\"", "\u001b[33m~\u001b[0m");
    assertThat(Cli.run(b -> b.env(env).terminals(fd -> fd == Terminals.STDOUT), "plan", "--file",
        desired.toString(), "-o", "json").out).doesNotContain("\u001b[");
  }

  @Test
  void aFailedStep_isExit3_andARerunAppliesWhatIsLeft() {
    pbx.intercept(r -> r.method().equals("POST") && r.rawPath().equals("/api/providers")
        ? SimResponse.json(503, "{\"message\":\"maintenance\"}") : pbx.dispatchToRoutes(r));
    Cli.Result first = run("apply", "--file", desired.toString(), "--yes");
    assertThat(first.code).as(first.toString()).isEqualTo(3);
    assertThat(first.out).contains("refused          + eu-pbx \"Berlin main\"",
        "applied          ~ eu-pbx \"Telnyx US\"");
    assertThat(first.err).contains("some steps did not apply");
    pbx.intercept(null);
    Cli.Result rest = run("apply", "--file", desired.toString(), "--yes", "-o", "json");
    assertThat(rest.code).as(rest.toString()).isZero();
    assertThat(rest.out).contains("\"outcome\" : \"APPLIED\"").doesNotContain("Telnyx US");
  }

  @Test
  void badInput_isExit2_withFileLineAndColumn_andARefusedPlanOneProblemALine() throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Files.readString(desired).replace("port: 5060", "port: five"));
    Cli.Result r = run("plan", "--file", bad.toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).startsWith("trunkline: " + bad + ": line 10, column 11: trunks[0].port: expected a whole number");

    try (ChannelSimulator channel = new ChannelSimulator()) {
      channel.start();
      Path teams = dir.resolve("teams.yaml");
      Files.writeString(teams, "accounts:\n  - {id: teams, provider: channel, baseUrl: " + channel.baseUrl()
          + ", credentials: {token: env:CHANNEL_TOKEN}, settings: {account-id: " + ChannelSimulator.ACCOUNT_ID
          + "}}\ntrunks:\n  - {account: teams, name: Amsterdam}\n");
      Cli.Result refused = Cli.run(Map.of("CHANNEL_TOKEN", ChannelSimulator.TOKEN), "apply", "--file",
          teams.toString(), "--yes");
      assertThat(refused.code).isEqualTo(2);
      assertThat(refused.err).isEqualTo("trunkline: cannot plan:\n  account 'teams' (channel): its trunks cannot be"
          + " observed (the vendor's API has no listing); never apply blind — leave it out of the file, or manage it"
          + " with single writes\n");
    }
    Cli.Result unset = Cli.run(Map.of(), "plan", "--file", desired.toString());
    assertThat(unset.code).isEqualTo(2);
    assertThat(unset.err).contains("the environment variable PBX_PASSWORD (for accounts[0].credentials.password) is"
        + " not set");
    assertThat(run("plan", "--file", desired.toString(), "-o", "csv").code).isEqualTo(2);
    assertThat(run("apply", "--file", desired.toString(), dir.resolve("plan.json").toString()).err)
        .contains("give either --file FILE");
  }

  @Test
  void diff_againstTheFile_andBetweenTwoSnapshots() throws Exception {
    Cli.Result drift = run("diff", "--file", desired.toString(), "--detailed-exitcode");
    assertThat(drift.code).as(drift.toString()).isEqualTo(4);
    assertThat(drift.out).contains("+ trunk \"Berlin main\"", "~ maxChannels: 40 -> 60",
        "- trunk \"BT SIP Trunk (UK)\"");
    assertThat(drift.out + drift.err).doesNotContain(SIP_SECRET, PbxSimulator.PASSWORD);
    Cli.Result driftJson = run("diff", "--file", desired.toString(), "-o", "json");
    assertThat(driftJson.out).contains("\"after\" : \"(set)\"").doesNotContain(SIP_SECRET, PbxSimulator.PASSWORD);
    assertThat(pbx.trunkCount()).isEqualTo(6);

    Path before = dir.resolve("before.json");
    Path after = dir.resolve("after.json");
    Files.writeString(before, "[{\"account\": \"eu-pbx\", \"provider\": \"pbx\", \"id\": \"1\", \"name\": \"A\","
        + " \"maxChannels\": 40, \"attributes\": {\"auth_password\": \"x1\"}}]");
    Files.writeString(after, "[{\"account\": \"eu-pbx\", \"provider\": \"pbx\", \"id\": \"1\", \"name\": \"A\","
        + " \"maxChannels\": 60, \"attributes\": {\"auth_password\": \"x2\"}},"
        + " {\"account\": \"eu-pbx\", \"provider\": \"pbx\", \"id\": \"2\", \"name\": \"B\"}]");
    Cli.Result diff = run("diff", before.toString(), after.toString(), "--detailed-exitcode");
    assertThat(diff.code).as(diff.toString()).isEqualTo(4);
    assertThat(diff.out).isEqualTo("account eu-pbx (pbx)\n  + trunk \"B\" (id 2)\n  ~ trunk \"A\" (id 1)\n"
        + "      ~ maxChannels: 40 -> 60\n      ~ attributes.auth_password: (changed)\n"
        + "\nDifferences: 1 added, 0 removed, 1 changed.\n");
    assertThat(run("diff", before.toString(), before.toString(), "--detailed-exitcode").code).isZero();
    Cli.Result notASnapshot = run("diff", desired.toString(), after.toString());
    assertThat(notASnapshot.code).isEqualTo(2);
    assertThat(notASnapshot.err).contains(desired + ": line 1, column ");
  }

  @Test
  void aSavedPlanMadeFromLiteralSecrets_isRefused_exit2_withoutShowingThem() throws Exception {
    Path literal = dir.resolve("literal.json");
    Path saved = dir.resolve("plan.json");
    Files.writeString(saved, "{\"format\": 1, \"prune\": false, \"accounts\": [], \"desired\": {\"accounts\": [{\"id\":"
        + " \"eu-pbx\", \"provider\": \"pbx\", \"baseUrl\": \"" + pbx.baseUrl() + "\", \"credentials\": {\"user\":"
        + " \"admin\", \"password\": \"(literal secret, not saved)\"}}], \"trunks\": []}}");
    Cli.Result r = run("apply", saved.toString(), "--yes");
    assertThat(r.code).as(r.toString()).isZero();   // nothing to do: an empty plan is not applied at all
    Files.writeString(literal, Files.readString(saved).replace("\"accounts\": [], ", "\"accounts\": [{\"account\":"
        + " \"eu-pbx\", \"provider\": \"pbx\", \"steps\": [{\"action\": \"DELETE\", \"id\": \"1\"}],"
        + " \"unchanged\": 0}], "));
    Cli.Result refused = run("apply", literal.toString(), "--yes");
    assertThat(refused.code).as(refused.toString()).isEqualTo(2);
    assertThat(refused.err).startsWith("trunkline: " + literal + ": the saved plan was made from a file with literal"
        + " secrets").contains("accounts[0].credentials.password");
    assertThat(pbx.trunkCount()).isEqualTo(6);
  }

  @Test
  void planSchema_printsTheGeneratedSchema() {
    Cli.Result r = Cli.run("plan", "--schema");
    assertThat(r.code).isZero();
    assertThat(r.out).isEqualTo(DesiredStateSchema.json());
  }
}

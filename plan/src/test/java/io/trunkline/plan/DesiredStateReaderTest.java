package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Trunkline;
import io.trunkline.core.model.Transport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesiredStateReaderTest {
  private static final String ACCOUNT = "accounts:\n"
      + "  - id: eu-pbx\n"
      + "    provider: pbx\n"
      + "    baseUrl: http://127.0.0.1:9\n"
      + "    credentials: {user: admin, password: env:PBX_PASSWORD}\n";

  @Test
  void yamlAndJson_readTheSameState(@TempDir Path dir) throws Exception {
    String yaml = ACCOUNT + "trunks:\n  - {account: eu-pbx, name: A, port: 5061, transport: TLS,"
        + " allowedIps: [203.0.113.0/28], attributes: {brand: Telnyx}}\n";
    String json = "{\"accounts\": [{\"id\": \"eu-pbx\", \"provider\": \"pbx\", \"baseUrl\": \"http://127.0.0.1:9\","
        + " \"credentials\": {\"user\": \"admin\", \"password\": \"env:PBX_PASSWORD\"}}],"
        + " \"trunks\": [{\"account\": \"eu-pbx\", \"name\": \"A\", \"port\": 5061, \"transport\": \"TLS\","
        + " \"allowedIps\": [\"203.0.113.0/28\"], \"attributes\": {\"brand\": \"Telnyx\"}}]}";
    Files.writeString(dir.resolve("desired.yaml"), yaml);
    Files.writeString(dir.resolve("desired.json"), json);

    DesiredState fromYaml = new DesiredStateReader().read(dir.resolve("desired.yaml"));
    DesiredState fromJson = new DesiredStateReader().read(dir.resolve("desired.json"));

    assertThat(fromYaml).isEqualTo(fromJson);
    assertThat(fromYaml.trunks().get(0).transport()).contains(Transport.TLS);
    assertThat(fromYaml.trunks().get(0).allowedIps()).contains(java.util.List.of("203.0.113.0/28"));
  }

  @Test
  void aWrongType_isReportedWithLineColumnAndField() {
    String yaml = ACCOUNT + "trunks:\n"
        + "  - account: eu-pbx\n"
        + "    name: A\n"
        + "    port: five\n";
    assertThatThrownBy(() -> Desired.read(yaml))
        .isInstanceOfSatisfying(DesiredStateException.class, e -> {
          assertThat(e.line()).isEqualTo(9);
          assertThat(e.column()).isEqualTo(11);
          assertThat(e.field()).contains("trunks[0].port");
        })
        .hasMessage("line 9, column 11: trunks[0].port: expected a whole number");
  }

  @Test
  void anUnknownField_aBadEnum_aMissingName_andBadSyntax_areEachPlaced() {
    assertThatThrownBy(() -> Desired.read(ACCOUNT + "trunks:\n  - {account: eu-pbx, name: A, hots: x}\n"))
        .isInstanceOf(DesiredStateException.class)
        .hasMessageStartingWith("line 7, column ")
        .hasMessageContaining("trunks[0].hots: unknown field 'hots'; expected one of ");
    assertThatThrownBy(() -> Desired.read(ACCOUNT + "trunks:\n  - {account: eu-pbx, name: A, transport: SCTP}\n"))
        .isInstanceOf(DesiredStateException.class)
        .hasMessageContaining("trunks[0].transport: expected one of UDP, TCP, TLS");
    assertThatThrownBy(() -> Desired.read(ACCOUNT + "trunks:\n  - {account: eu-pbx, host: x}\n"))
        .isInstanceOf(DesiredStateException.class)
        .hasMessageContaining("line 7")
        .hasMessageContaining("missing required field(s) [name]");
    assertThatThrownBy(() -> Desired.read(ACCOUNT + "trunks:\n  - {account: eu-pbx, name: \"A}\n"))
        .isInstanceOfSatisfying(DesiredStateException.class, e -> assertThat(e.line()).isPositive())
        .hasMessageContaining("syntax error");
    assertThatThrownBy(() -> Desired.read(ACCOUNT + "trunks:\n  - {account: eu-pbx, name: \" \"}\n"))
        .isInstanceOf(DesiredStateException.class)
        .hasMessageContaining("line 7")
        .hasMessageContaining("a trunk's account and name must not be blank");
    assertThatThrownBy(() -> Desired.read(ACCOUNT + "trunks:\n  - {account: elsewhere, name: A}\n"))
        .isInstanceOf(DesiredStateException.class)
        .hasMessageContaining("names the account 'elsewhere', which is not in accounts");
  }

  @Test
  void aLiteralSecret_isRefusedWithoutShowingIt_unlessExplicitlyAllowed() {
    String literal = ACCOUNT.replace("env:PBX_PASSWORD", "Hunter2-literal") + "trunks: []\n";
    assertThatThrownBy(() -> Desired.read(literal))
        .isInstanceOf(DesiredStateException.class)
        .hasMessageContaining("line 5, column 42: accounts[0].credentials.password: a secret must be an env:NAME"
            + " reference")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Hunter2"));
    String trunkLiteral = ACCOUNT + "trunks:\n  - {account: eu-pbx, name: A, password: Hunter2-literal}\n";
    assertThatThrownBy(() -> Desired.read(trunkLiteral))
        .hasMessageContaining("line 7, column 42: trunks[0].password")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Hunter2"));

    DesiredState allowed = new DesiredStateReader().allowLiteralSecrets(true).readYaml(trunkLiteral);
    assertThat(allowed.toString()).doesNotContain("Hunter2");
  }

  @Test
  void theReadmesExampleFile_isRead() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
    DesiredState example = Desired.read(readme.substring(start, readme.indexOf("```", start)));
    assertThat(example.accounts()).extracting(AccountSpec::id).containsExactly("eu-pbx", "agency");
    assertThat(example.trunks()).extracting(DesiredTrunk::name).containsExactly("Berlin main", "Office Hamburg");
  }

  @Test
  void anEnvReferenceThatIsNotSet_isAnErrorNamingTheVariable() {
    DesiredState desired = Desired.read(ACCOUNT + "trunks: []\n");
    assertThatThrownBy(() -> Accounts.open(desired, Trunkline.discover(), Map.of()))
        .isInstanceOf(DesiredStateException.class)
        .hasMessage("the environment variable PBX_PASSWORD (for accounts[0].credentials.password) is not set");
  }
}

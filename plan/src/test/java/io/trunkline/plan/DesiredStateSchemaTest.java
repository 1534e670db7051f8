package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed schema is the one the model generates, and it accepts the README's example file and refuses a bad
 * one (checked by an independent validator).
 */
class DesiredStateSchemaTest {
  static final Path COMMITTED = Path.of("desired-state.schema.json");
  static final String REGENERATE = "mvn -B -o test -pl plan -am -Dtest=DesiredStateSchemaTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dtrunkline.regenerateSchema=true";

  @Test
  void theCommittedSchema_isTheOneTheModelGenerates() throws Exception {
    String generated = DesiredStateSchema.json();
    if (Boolean.getBoolean("trunkline.regenerateSchema")) {
      Files.writeString(COMMITTED, generated);
    }
    assertThat(Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "")
        .as("plan/desired-state.schema.json is stale: regenerate with " + REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void theReadmesExampleFile_isValid() throws Exception {
    assertThat(validate(readmeExample())).isEmpty();
  }

  @Test
  void aBadFile_isRefused_namingEachPlace() {
    String bad = "accounts:\n"
        + "  - {id: eu-pbx, provider: pbx, credentials: {user: admin, password: Hunter2}}\n"
        + "trunks:\n"
        + "  - {account: eu-pbx, name: A, port: five, transport: SCTP, hots: x}\n"
        + "  - {account: eu-pbx, host: y}\n";
    List<String> errors = validate(bad).stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList();
    assertThat(errors).anySatisfy(e -> assertThat(e).startsWith("/accounts/0/credentials/password"))
        .anySatisfy(e -> assertThat(e).startsWith("/trunks/0/port"))
        .anySatisfy(e -> assertThat(e).startsWith("/trunks/0/transport"))
        .anySatisfy(e -> assertThat(e).startsWith("/trunks/0 ").contains("hots"))
        .anySatisfy(e -> assertThat(e).startsWith("/trunks/1 ").contains("name"));
  }

  private static List<Error> validate(String yaml) {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(DesiredStateSchema.json(), InputFormat.JSON);
    return schema.validate(yaml, InputFormat.YAML);
  }

  static String readmeExample() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }
}

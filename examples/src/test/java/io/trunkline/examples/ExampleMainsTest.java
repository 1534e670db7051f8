package io.trunkline.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Capability;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.Trunkline;
import io.trunkline.testing.pbx.PbxSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 #1: every example's {@code main} runs against the simulators in the build and does its job; an example
 * that cannot do its job ends with {@link ExampleFailedException} (a non-zero exit), never with a quiet success.
 * Issue 19 #2: every command of examples/README.md runs as the README gives it.
 */
class ExampleMainsTest {
  /** The examples with a {@code main}; a new one fails {@link #everyMain_isCoveredHere} until a test runs it. */
  static final Set<String> TESTED = Set.of("InventoryExample", "TrunkLifecycleExample", "MoveNumberExample",
      "ExportPbxExample", "DesiredStateExample");

  @Test
  void everyMain_isCoveredHere() throws Exception {
    Set<String> mains = new TreeSet<>();
    Path classes = Paths.get(ExampleAccount.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolve("io/trunkline/examples");
    try (Stream<Path> files = Files.list(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
        String name = file.getFileName().toString().replace(".class", "");
        Class<?> type = Class.forName("io.trunkline.examples." + name);
        for (Method m : type.getDeclaredMethods()) {
          if (m.getName().equals("main") && Modifier.isStatic(m.getModifiers())) {
            mains.add(name);
          }
        }
      }
    }
    assertThat(mains).isEqualTo(new TreeSet<>(TESTED));
  }

  @Test
  void inventory_listsEveryAccount() {
    String out = capture(o -> InventoryExample.run(new String[0], o));
    assertThat(out).doesNotContain("FAILED").contains("channel: its API cannot list trunks")
        .containsPattern("(?m)^famulor: [1-9]\\d* trunks$").containsPattern("(?m)^pbx: [1-9]\\d* trunks$")
        .containsPattern("(?m)^flex: [1-9]\\d* trunks$").containsPattern("(?m)^properties-v2: [1-9]\\d* trunks$");
  }

  @TestFactory
  Stream<DynamicTest> lifecycle_createsReadsUpdatesAndDeletes_atEveryVendorThatCan() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ProviderMetadata metadata : Trunkline.discover().providers()) {
      tests.add(DynamicTest.dynamicTest(metadata.id(), () -> {
        if (!metadata.capabilities().contains(Capability.CREATE)) {
          assertThatThrownBy(() -> capture(o -> TrunkLifecycleExample.run(metadata.id(), o)))
              .isInstanceOf(ExampleFailedException.class).hasMessageContaining("cannot create trunks");
          return;
        }
        String out = capture(o -> TrunkLifecycleExample.run(metadata.id(), o));
        assertThat(out).containsPattern("(?m)^created:  \\S+ example-office");
        if (metadata.capabilities().contains(Capability.GET)) {
          assertThat(out).containsPattern("(?m)^read:     \\S+ example-office$");
        }
        if (metadata.capabilities().contains(Capability.UPDATE)) {
          assertThat(out).containsPattern("(?m)^updated:  \\S+ example-office-renamed$");
        }
        if (metadata.capabilities().contains(Capability.DELETE)) {
          assertThat(out).containsPattern("(?m)^deleted:  \\S+$")
              .contains("get after delete: not found, as it should be");
        }
      }));
    }
    assertThat(tests).hasSizeGreaterThanOrEqualTo(5);
    return tests.stream();
  }

  @Test
  void moveNumber_movesTheSampleNumber() {
    String out = capture(o -> MoveNumberExample.run(new String[0], o));
    assertThat(out).contains("took +31207001101 off its channel", "routed +31207001101 to acme-duesseldorf",
        "moved +31207001101 to acme-duesseldorf");
  }

  @Test
  void moveNumber_ofANumberOnNoChannel_movesNothingAndFails() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertThatThrownBy(() -> MoveNumberExample.run(new String[] {"channel", "+31209999999", "acme-amsterdam",
        "acme-duesseldorf"}, new PrintStream(bytes, true, StandardCharsets.UTF_8)))
        .isInstanceOf(ExampleFailedException.class).hasMessageContaining("nothing was changed");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("moved");
  }

  @Test
  void moveNumber_toAChannelThatDoesNotExist_putsItBackAndFails() {
    assertThatThrownBy(() -> capture(o -> MoveNumberExample.run(new String[] {"channel", "+31207001101",
        "acme-amsterdam", "no-such-channel"}, o)))
        .isInstanceOf(ExampleFailedException.class).hasMessageContaining("it is back on acme-amsterdam, not moved");
  }

  @Test
  void desiredState_plansAppliesAndPlansAgain_withNoChangesLeft() {
    String out = capture(o -> DesiredStateExample.run(new String[0], o));
    assertThat(out).contains("account eu-pbx (pbx)", "  + trunk \"Berlin main\"", "+ password = (set)",
        "~ maxChannels: 40 -> 60", "account wavix (flex)", "+ trunk \"Hamburg office\"",
        "Plan: 2 to create, 1 to update, 0 to delete, 0 unchanged.",
        "applied          + eu-pbx \"Berlin main\" (id ", "applied          + wavix \"Hamburg office\" (id ",
        "No changes: 3 trunk(s) as wanted.")
        .doesNotContain("Sip-", "refused", "outcome_unknown");
  }

  @Test
  void desiredState_ofAFileThatCannotBeApplied_fails(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("desired.yaml");
    Files.writeString(file, "accounts:\n  - {id: x, provider: pbx, baseUrl: http://127.0.0.1:9,"
        + " credentials: {user: admin, password: env:TRUNKLINE_EXAMPLE_UNSET_VARIABLE}}\ntrunks: []\n");
    assertThatThrownBy(() -> capture(o -> DesiredStateExample.run(new String[] {file.toString()}, o)))
        .hasMessageContaining("the environment variable TRUNKLINE_EXAMPLE_UNSET_VARIABLE");
  }

  @Test
  void export_writesThePbxCsvExport(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("pbx-providers.csv");
    String out = capture(o -> ExportPbxExample.run(new String[] {file.toString()}, o));
    assertThat(out).contains("to " + file);
    String csv = Files.readString(file);
    assertThat(csv).startsWith("id,name,");
    try (PbxSimulator simulator = new PbxSimulator()) {
      simulator.start();
      simulator.seedDemoData();
      try (var pbx = Trunkline.discover().open("pbx", simulator.config());
           ByteArrayOutputStream direct = new ByteArrayOutputStream()) {
        pbx.export(direct);
        assertThat(csv.lines().count()).isEqualTo(direct.toString(StandardCharsets.UTF_8).lines().count());
      }
    }
  }

  /** Every {@code mvn … exec:java -Dexec.mainClass=X [-Dexec.args=…]} line of examples/README.md, run in-process. */
  @TestFactory
  Stream<DynamicTest> readmeCommands_runAsWritten() throws IOException {
    String readme = Files.readString(Paths.get("README.md"));
    Pattern command = Pattern.compile("mvn -q -pl examples exec:java -Dexec\\.mainClass=io\\.trunkline\\.examples\\.(\\w+)"
        + "(?: -Dexec\\.args=(\"[^\"]*\"|\\S+))?");
    Matcher m = command.matcher(readme);
    List<DynamicTest> tests = new ArrayList<>();
    while (m.find()) {
      String type = m.group(1);
      String args = m.group(2) == null ? "" : m.group(2).replace("\"", "").replace("`", "").trim();
      tests.add(DynamicTest.dynamicTest(m.group(), () -> {
        Method main = Class.forName("io.trunkline.examples." + type).getMethod("main", String[].class);
        String[] argv = args.isEmpty() ? new String[0] : args.split(" ");
        PrintStream original = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
          main.invoke(null, (Object) argv);
        } catch (java.lang.reflect.InvocationTargetException e) {
          throw new AssertionError(m.group() + " failed: " + e.getCause(), e.getCause());
        } finally {
          System.setOut(original);
        }
      }));
    }
    assertThat(tests).as("README commands").hasSizeGreaterThanOrEqualTo(4);
    return tests.stream();
  }

  /** What {@code example} prints. */
  static String capture(ThrowingConsumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      example.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  interface ThrowingConsumer<T> {
    void accept(T value) throws Exception;
  }
}

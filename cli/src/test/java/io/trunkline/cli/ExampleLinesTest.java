package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 19 #2: every example line of every {@code --help} text and of the READMEs runs against the simulators and
 * gives the documented result (see {@link ExampleLines} for what is replaced by the simulator's). New examples are
 * picked up without a change here.
 */
@Timeout(300)
class ExampleLinesTest {
  @TestFactory
  Stream<DynamicTest> everyHelpExample_runsAgainstTheSimulators() {
    List<List<String>> paths = Cli.commandPaths();
    return paths.stream().map(path -> DynamicTest.dynamicTest("trunkline " + String.join(" ", path) + " --help",
        () -> {
          List<String> args = new ArrayList<>(path);
          args.add("--help");
          Cli.Result help = Cli.run(args.toArray(String[]::new));
          Path dir = Files.createTempDirectory("trunkline-help-");
          try (ExampleLines lines = new ExampleLines(dir)) {
            List<String> commands = lines.fromHelp(help.out);
            assertThat(commands).as(help.out).isNotEmpty();
            for (String command : commands) {
              lines.run(command);
            }
            assertThat(lines.ran).as("lines run").hasSize(commands.size() - (int) commands.stream()
                .filter(c -> c.startsWith("export ")).count());
          }
        }));
  }

  @Test
  void cliReadme_everyCommandLineRuns() throws Exception {
    runMarkdown(Paths.get("README.md"));
  }

  @Test
  void rootReadme_theCommandLineLinesRun() throws Exception {
    List<String> ran = runMarkdown(Paths.get("..", "README.md"));
    assertThat(ran).anySatisfy(l -> assertThat(l).contains("trunkline.jar demo"));
  }

  @Test
  void examplesReadme_theCommandLineLinesRun() throws Exception {
    // its mvn exec:java lines are run by the examples module's ExampleMainsTest
    List<String> ran = runMarkdown(Paths.get("..", "examples", "README.md"));
    assertThat(ran).anySatisfy(l -> assertThat(l).contains("trunkline.jar demo"));
  }

  private static List<String> runMarkdown(Path readme) throws Exception {
    List<String> commands = ExampleLines.fromMarkdown(Files.readString(readme));
    assertThat(commands).isNotEmpty();
    Path dir = Files.createTempDirectory("trunkline-readme-");
    try (ExampleLines lines = new ExampleLines(dir)) {
      for (String command : commands) {
        lines.run(command);
      }
      return lines.ran;
    }
  }

  @Test
  void words_likeAShell() {
    assertThat(ExampleLines.words("JAVA_OPTS=\"-Da=b -Dc=d\" trunkline list --name 'x y' # comment"))
        .containsExactly("JAVA_OPTS=-Da=b -Dc=d", "trunkline", "list", "--name", "x y");
  }

  @Test
  void helpLines_joinContinuationsAndReadFiles() throws IOException {
    Path dir = Files.createTempDirectory("trunkline-help-");
    ExampleLines lines = new ExampleLines(dir);
    List<String> commands = lines.fromHelp("Usage: x\n\nExample:\n  trunkline a \\\n      --b c\n\n  spec.json:\n"
        + "  {\"name\": \"n\",\n   \"port\": 1}\n");
    assertThat(commands).containsExactly("trunkline a --b c");
    assertThat(Files.readString(dir.resolve("spec.json"))).isEqualTo("{\"name\": \"n\",\n\"port\": 1}\n");
  }

}

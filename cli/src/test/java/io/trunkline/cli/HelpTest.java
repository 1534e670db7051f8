package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command and subcommand answers --help with its usage and an example, and exits 0. */
class HelpTest {
  /** The subcommands of {@code numbers}. */
  static final List<String> NUMBERS_COMMANDS = List.of("connect", "disconnect", "move");
  static final List<String> DESIGN_COMMANDS = List.of("providers", "list", "get", "create", "update", "delete",
      "status", "numbers", "caller-ids", "proxies", "templates", "call-barrings", "export", "inventory", "plan", "apply", "diff", "demo",
      "simulate");

  @Test
  void everyCommandOfTheDesign_exists() {
    CommandLine root = Cli.root();
    assertThat(root.getSubcommands().keySet()).containsExactlyElementsOf(DESIGN_COMMANDS);
    assertThat(root.getSubcommands().get("numbers").getSubcommands().keySet())
        .containsExactlyElementsOf(NUMBERS_COMMANDS);
  }

  @Test
  void everyCommand_hasHelpWithAnExample() {
    List<List<String>> paths = Cli.commandPaths();
    assertThat(paths).hasSize(1 + DESIGN_COMMANDS.size() + NUMBERS_COMMANDS.size());
    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      String name = String.join(" ", path);
      assertThat(r.code).as(name).isZero();
      assertThat(r.out).as(name).startsWith("Usage: trunkline" + (name.isEmpty() ? "" : " " + name))
          .contains("Example:").containsPattern("\n  (java -jar \\S*trunkline\\.jar|(TRUNKLINE_TOKEN=\\S+ )?trunkline) ");
      assertThat(r.err).as(name).isEmpty();
    }
  }

  @Test
  void providerCommands_documentTheSecretEnvironmentVariables() {
    Cli.Result r = Cli.run("list", "--help");
    assertThat(r.out).contains("TRUNKLINE_TOKEN", "TRUNKLINE_API_KEY", "TRUNKLINE_PASSWORD", "--setting",
        "--base-url", "--output", "--limit");
  }

}

package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.pbx.PbxSimulator;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the example command lines of a help text or a README against the vendor simulators, as a reader would type
 * them, and checks each gives the documented result: exit 0, and output (or the file it is redirected to) in the
 * format asked for. What a reader replaces with their own is replaced by the simulator's:
 *
 * <ul>
 *   <li>{@code --base-url} (any URL) becomes the base URL of the simulator of the line's {@code --provider}; a line
 *       without one (a vendor with a public host) gets it added;</li>
 *   <li>credentials ({@code --token}, {@code --api-key}, {@code --user}, {@code --password}, and
 *       {@code TRUNKLINE_TOKEN}, {@code TRUNKLINE_API_KEY}, {@code TRUNKLINE_PASSWORD} in the environment, set on the
 *       line or by an {@code export} line) get the simulator's values, of the kind the line uses;</li>
 *   <li>{@code --setting key=value} gets the simulator's value for a setting it has;</li>
 *   <li>in an inventory file, each account's {@code baseUrl}, its {@code env:NAME} credentials and its settings
 *       likewise;</li>
 *   <li>a relative file name ({@code spec.json}, {@code trunks.csv}) is a file in a fresh working directory; a
 *       {@code NAME.json:} line in a help text followed by indented JSON defines that file, as written.</li>
 * </ul>
 *
 * A line ending in a comment {@code # … exit N} must exit with N; every other line with 0. {@code echo 'TEXT' > FILE}
 * writes the file.
 *
 * <p>Everything else is run as written: commands, ids, numbers, options, spec files. {@code trunkline simulate} starts
 * the simulators (on free ports) for the lines after it; other sources get fresh simulators of their own.
 * Lines of other programs a README shows ({@code mvn}, {@code ln}, {@code export PATH=…}) are skipped.
 */
final class ExampleLines implements AutoCloseable {
  private static final Pattern FILE_NAME = Pattern.compile("[\\w.-]+\\.(json|csv|yaml)");
  private static final Pattern FILE_START = Pattern.compile("[\\w.-]+\\.(json|csv|yaml)\\b");
  /** What an unset {@code env:NAME} of a desired-state trunk (a SIP password) gets. */
  static final String EXAMPLE_SECRET = "Example-sip-secret-1";
  private final Path dir;
  private final Map<String, VendorSimulator> simulators = new LinkedHashMap<>();
  private final Map<String, String> exported = new HashMap<>();
  private PipedOutputStream simulateStdin;
  private CompletableFuture<Integer> simulate;
  private final StringWriter simulateOut = new StringWriter();
  final List<String> ran = new ArrayList<>();

  ExampleLines(Path dir) {
    this.dir = dir;
  }

  /** Starts fresh, seeded simulators of the five vendors (when {@code simulate} is not among the lines). */
  ExampleLines startSimulators() {
    for (VendorSimulator simulator : fiveSimulators()) {
      simulator.start();
      simulator.seedDemoData();
      simulators.put(simulator.providerId(), simulator);
    }
    return this;
  }

  private static List<VendorSimulator> fiveSimulators() {
    return CliContext.loadSimulators().stream().filter(s -> RealProvidersTest.REAL.contains(s.providerId())).toList();
  }

  /** Writes {@code name} in the working directory. */
  void file(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /**
   * The example lines of a help footer (after "Example:"): command lines (joined where they end in {@code \}), and
   * files ("  spec.json:" and the JSON below it), written to the working directory at once.
   */
  List<String> fromHelp(String help) throws IOException {
    int at = help.indexOf("Example:\n");
    assertThat(at).as("an Example: section in\n" + help).isNotNegative();
    List<String> lines = join(help.substring(at + "Example:\n".length()).lines().toList());
    List<String> commands = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      // a description of the file that goes on over more lines, up to the one ending in ':'
      while (FILE_START.matcher(line).lookingAt() && !line.endsWith(":") && i + 1 < lines.size()) {
        line = line + " " + lines.get(++i).trim();
      }
      // "spec.json:" or "spec.json: what it holds, …:" and the JSON below
      Matcher file = Pattern.compile("(" + FILE_NAME.pattern() + ")(?::|\\b.*:)").matcher(line);
      if (file.matches()) {
        StringBuilder content = new StringBuilder();
        boolean yaml = file.group(1).endsWith(".yaml");
        while (i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
          // YAML keeps its indentation (less the help's own two spaces); JSON is trimmed
          String next = lines.get(++i);
          content.append(yaml ? next.replaceFirst("^  ", "").stripTrailing() : next.trim()).append('\n');
        }
        file(file.group(1), content.toString());
      } else if (!line.isEmpty()) {
        commands.add(line);
      }
    }
    return commands;
  }

  /** The lines of every {@code ```sh} block of a README. */
  static List<String> fromMarkdown(String markdown) {
    List<String> lines = new ArrayList<>();
    boolean inSh = false;
    for (String line : markdown.lines().toList()) {
      if (line.startsWith("```")) {
        inSh = !inSh && line.equals("```sh");
        continue;
      }
      if (inSh) {
        lines.add(line);
      }
    }
    return join(lines).stream().map(String::trim).filter(l -> !l.isEmpty()).toList();
  }

  private static List<String> join(List<String> lines) {
    List<String> joined = new ArrayList<>();
    StringBuilder current = null;
    for (String line : lines) {
      String trimmed = line.stripTrailing();
      if (current != null) {
        current.append(' ').append(trimmed.trim());
      } else {
        current = new StringBuilder(trimmed);
      }
      if (current.toString().endsWith("\\")) {
        current.setLength(current.length() - 1);
        current = new StringBuilder(current.toString().stripTrailing());
        continue;
      }
      joined.add(current.toString());
      current = null;
    }
    if (current != null) {
      joined.add(current.toString());
    }
    return joined;
  }

  /** Runs one line; fails the test with the line and its output when it does not give the documented result. */
  void run(String line) throws Exception {
    for (String part : line.split(" && ")) {
      runOne(part.trim());
    }
  }

  private void runOne(String line) throws Exception {
    List<String> words = words(line);
    if (words.isEmpty()) {
      return;
    }
    Matcher expected = Pattern.compile("#.*\\bexit (\\d+)\\b").matcher(line);
    int expectedCode = expected.find() ? Integer.parseInt(expected.group(1)) : 0;
    String first = words.get(0);
    if (first.equals("echo") && words.size() == 4 && words.get(2).equals(">")) {
      file(words.get(3), words.get(1) + "\n");
      ran.add(line);
      return;
    }
    if (first.equals("mvn") || first.equals("ln")) {
      return; // the build and the link to the launcher: other tests cover them
    }
    if (first.equals("export")) {
      for (String assignment : words.subList(1, words.size())) {
        int eq = assignment.indexOf('=');
        assertThat(eq).as(line).isPositive();
        if (!assignment.startsWith("PATH=")) {
          exported.put(assignment.substring(0, eq), assignment.substring(eq + 1));
        }
      }
      return;
    }
    Map<String, String> env = new HashMap<>(exported);
    int i = 0;
    while (i < words.size() && words.get(i).matches("[A-Z_]+=.*")) {
      int eq = words.get(i).indexOf('=');
      env.put(words.get(i).substring(0, eq), words.get(i).substring(eq + 1));
      i++;
    }
    if (i < words.size() && words.get(i).equals("java") && words.size() > i + 2 && words.get(i + 1).equals("-jar")
        && words.get(i + 2).endsWith("trunkline.jar")) {
      i += 3;
    } else if (i < words.size() && words.get(i).equals("trunkline")) {
      i++;
    } else {
      throw new AssertionError("not a trunkline command line: " + line);
    }
    List<String> args = new ArrayList<>(words.subList(i, words.size()));
    Path redirect = null;
    int gt = args.indexOf(">");
    if (gt >= 0) {
      redirect = dir.resolve(args.get(gt + 1));
      args = new ArrayList<>(args.subList(0, gt));
    }
    args.replaceAll(a -> FILE_NAME.matcher(a).matches() ? dir.resolve(a).toString() : a);
    if (!args.isEmpty() && args.get(0).equals("simulate")) {
      startSimulate(line, args);
      return;
    }
    if (args.contains("--help")) {
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      assertThat(r.code).as(line + "\n" + r).isZero();
      ran.add(line);
      return;
    }
    substitute(args, env);
    Cli.Result r = Cli.run(env, args.toArray(String[]::new));
    ran.add(line);
    assertThat(r.code).as(line + "\nran as: " + String.join(" ", args) + "\n" + r).isEqualTo(expectedCode);
    String output = r.out;
    if (redirect != null) {
      Files.writeString(redirect, output, StandardCharsets.UTF_8);
    }
    String written = valueOf(args, "--file", "-f");
    if (written != null && args.get(0).equals("export")) {
      String content = Files.readString(Path.of(written));
      if (written.endsWith(".json")) {
        Json.mapper().readTree(content);
      } else if (written.endsWith(".csv")) {
        assertThat(content).as(line + ": a CSV file").doesNotStartWith("{").doesNotStartWith("[")
            .satisfies(c -> assertThat(c.lines().findFirst().orElse("")).contains(","));
      }
    }
    String format = format(args, redirect);
    if (format.equals("json")) {
      Json.mapper().readTree(output);
    } else if (format.equals("csv")) {
      assertThat(CsvReader.parse(output)).as(line).isNotEmpty();
    }
  }

  /** The format asked for: {@code --output}, else what the file written says by its name. */
  private static String format(List<String> args, Path redirect) {
    for (int i = 0; i + 1 < args.size(); i++) {
      if (args.get(i).equals("--output") || args.get(i).equals("-o")) {
        String asked = args.get(i + 1);
        if (redirect != null) {
          assertThat(redirect.toString()).as("a file named for what it holds").endsWith("." + asked);
        }
        return asked;
      }
    }
    return "table";
  }

  private void startSimulate(String line, List<String> args) throws Exception {
    stopSimulators();
    List<VendorSimulator> all = fiveSimulators();
    List<String> full = new ArrayList<>(args);
    if (!set(full, "--first-port", "0")) {
      full.add("--first-port");
      full.add("0");
    }
    String accounts = valueOf(full, "--accounts-file");
    if (accounts != null) {
      set(full, "--accounts-file", dir.resolve(Path.of(accounts).getFileName()).toString());
    } else {
      full.add("--accounts-file");
      full.add(dir.resolve(SimulateCommand.DEFAULT_ACCOUNTS_FILE).toString());
    }
    simulateStdin = new PipedOutputStream();
    PipedInputStream in = new PipedInputStream(simulateStdin);
    CliContext ctx = CliContext.builder(new PrintWriter(simulateOut, true), new PrintWriter(new StringWriter(), true))
        .stdin(in).simulators(() -> all).build();
    simulate = CompletableFuture.supplyAsync(() -> Main.run(full.toArray(String[]::new), ctx));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!simulateOut.toString().contains("Stop with Ctrl-C") && !simulate.isDone()
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(simulateOut.toString()).as(line).contains("Stop with Ctrl-C");
    all.forEach(s -> {
      try {
        s.baseUrl();
        simulators.put(s.providerId(), s);
      } catch (IllegalStateException notStarted) {
        // not among --vendors
      }
    });
    ran.add(line);
  }

  /** Replaces what a reader replaces with their own by the simulator's (see the class comment). */
  private void substitute(List<String> args, Map<String, String> env) throws IOException {
    if (simulators.isEmpty()) {
      startSimulators();
    }
    String provider = valueOf(args, "--provider", "-p");
    if (provider != null) {
      VendorSimulator simulator = simulators.get(provider);
      assertThat(simulator).as("a simulator for " + provider).isNotNull();
      ProviderConfig config = simulator.config();
      if (!set(args, "--base-url", simulator.baseUrl())) {
        args.add("--base-url");
        args.add(simulator.baseUrl());
      }
      set(args, "--token", secret(simulator, Credentials.Kind.BEARER));
      set(args, "--api-key", secret(simulator, Credentials.Kind.API_KEY));
      set(args, "--password", secret(simulator, Credentials.Kind.USER_PASSWORD));
      config.credentials().name().ifPresent(user -> set(args, "--user", user));
      for (int i = 0; i + 1 < args.size(); i++) {
        if (args.get(i).equals("--setting")) {
          String key = args.get(i + 1).substring(0, Math.max(0, args.get(i + 1).indexOf('=')));
          if (config.settings().containsKey(key)) {
            args.set(i + 1, key + "=" + config.settings().get(key));
          }
        }
      }
      env.computeIfPresent(ProviderOptions.ENV_TOKEN, (k, v) -> secret(simulator, Credentials.Kind.BEARER));
      env.computeIfPresent(ProviderOptions.ENV_API_KEY, (k, v) -> secret(simulator, Credentials.Kind.API_KEY));
      env.computeIfPresent(ProviderOptions.ENV_PASSWORD, (k, v) -> secret(simulator, Credentials.Kind.USER_PASSWORD));
    }
    String config = valueOf(args, "--config", "-c");
    if (config != null && simulate == null) {
      rewriteAccounts(Path.of(config), env);
    }
    String desired = valueOf(args, "--file", "-f");
    if (desired != null && List.of("plan", "apply", "diff").contains(args.get(0))) {
      rewriteDesired(Path.of(desired), env);
    }
  }

  /**
   * Each account of a desired-state file pointed at its simulator, its {@code env:NAME} credentials set (for this
   * line and the ones after it, which may apply a plan saved from it); a trunk's unset {@code env:NAME} gets
   * {@link #EXAMPLE_SECRET}. Written back as JSON, which is YAML too.
   */
  private void rewriteDesired(Path file, Map<String, String> env) throws IOException {
    JsonNode root = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(file.toFile());
    for (JsonNode node : root.path("accounts")) {
      pointAtSimulator((ObjectNode) node, exported);
    }
    for (JsonNode trunk : root.path("trunks")) {
      trunk.properties().forEach(field -> {
        String value = field.getValue().asText("");
        if (field.getValue().isTextual() && value.startsWith("env:")) {
          exported.putIfAbsent(value.substring(4), EXAMPLE_SECRET);
        }
      });
    }
    env.putAll(exported);
    Files.writeString(file, Json.mapper().writeValueAsString(root));
  }

  /** Each account of an inventory file pointed at its simulator; {@code env:NAME} credentials set in {@code env}. */
  private void rewriteAccounts(Path file, Map<String, String> env) throws IOException {
    JsonNode root = Json.mapper().readTree(file.toFile());
    for (JsonNode node : root.get("accounts")) {
      pointAtSimulator((ObjectNode) node, env);
    }
    Files.writeString(file, Json.mapper().writeValueAsString(root));
  }

  /** An account of an inventory or desired-state file: its simulator's base URL, credentials and settings. */
  private void pointAtSimulator(ObjectNode account, Map<String, String> env) {
    VendorSimulator simulator = simulators.get(account.get("provider").asText());
    assertThat(simulator).as("a simulator for " + account).isNotNull();
    account.put("baseUrl", simulator.baseUrl());
    ObjectNode credentials = (ObjectNode) account.get("credentials");
    for (Map.Entry<String, JsonNode> c : credentials.properties()) {
      Credentials.Kind kind = c.getKey().equals("token") ? Credentials.Kind.BEARER
          : c.getKey().equals("apiKey") ? Credentials.Kind.API_KEY : Credentials.Kind.USER_PASSWORD;
      String value = c.getKey().equals("user") ? simulator.config().credentials().name().orElse("")
          : secret(simulator, kind);
      if (c.getValue().asText().startsWith("env:")) {
        env.put(c.getValue().asText().substring(4), value);
      } else {
        credentials.put(c.getKey(), value);
      }
    }
    ObjectNode settings = account.has("settings") ? (ObjectNode) account.get("settings") : account.putObject("settings");
    simulator.config().settings().forEach(settings::put);
  }

  /** The simulator's secret for credentials of {@code kind}: its own, or for the PBX a token it issues. */
  private static String secret(VendorSimulator simulator, Credentials.Kind kind) {
    Credentials own = simulator.config().credentials();
    if (kind == Credentials.Kind.BEARER && simulator instanceof PbxSimulator) {
      return ((PbxSimulator) simulator).bearerConfig().credentials().secret().reveal();
    }
    return own.secret().reveal();
  }

  private static String valueOf(List<String> args, String... names) {
    for (int i = 0; i + 1 < args.size(); i++) {
      if (List.of(names).contains(args.get(i))) {
        return args.get(i + 1);
      }
    }
    return null;
  }

  /** Sets the value after option {@code name}; false when the line has no such option. */
  private static boolean set(List<String> args, String name, String value) {
    for (int i = 0; i + 1 < args.size(); i++) {
      if (args.get(i).equals(name)) {
        args.set(i + 1, value);
        return true;
      }
    }
    return false;
  }

  /** Shell words: spaces separate, quotes group (and are removed), a word starting with # ends the line. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        if (word == null) {
          word = new StringBuilder();
        }
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else if (c == '#' && word == null) {
        break;
      } else {
        if (word == null) {
          word = new StringBuilder();
        }
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  /** Stops a running simulate (checking it exits 0) and the simulators. */
  private void stopSimulators() throws Exception {
    if (simulate != null) {
      simulateStdin.close();
      assertThat(simulate.get(60, TimeUnit.SECONDS)).as(simulateOut.toString()).isZero();
      simulate = null;
    }
    simulators.values().forEach(VendorSimulator::close);
    simulators.clear();
  }

  @Override
  public void close() throws Exception {
    stopSimulators();
  }
}

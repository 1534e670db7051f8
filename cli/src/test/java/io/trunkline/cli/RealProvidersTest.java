package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.trunkline.core.Capability;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.Trunkline;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkStatus;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.VendorSimulator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line against the real providers and their vendor simulators, all found through ServiceLoader as
 * the jar finds them: every command each provider supports exits 0 with output in the neutral contract, and
 * every command it lacks exits 2 with one line on stderr. The simulators are started once for the class.
 */
@Timeout(120)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealProvidersTest {
  /** The five vendors of the design; the test fakes of this module are left out. */
  static final Set<String> REAL = Set.of("famulor", "properties-v2", "channel", "pbx", "flex");

  private final Map<String, VendorSimulator> simulators = new LinkedHashMap<>();
  private final Map<String, ProviderMetadata> metadata = new LinkedHashMap<>();

  @BeforeAll
  void startSimulators() {
    for (VendorSimulator simulator : ServiceLoader.load(VendorSimulator.class)) {
      if (REAL.contains(simulator.providerId())) {
        simulator.start();
        simulator.seedDemoData();
        simulators.put(simulator.providerId(), simulator);
      }
    }
    Trunkline.discover().providers().forEach(m -> metadata.put(m.id(), m));
  }

  @AfterAll
  void stopSimulators() {
    simulators.values().forEach(VendorSimulator::close);
  }

  Stream<String> providers() {
    return new TreeSet<>(REAL).stream();
  }

  @Test
  void everyVendorHasAProviderAndASimulator() {
    assertThat(simulators.keySet()).containsExactlyInAnyOrderElementsOf(REAL);
    assertThat(metadata.keySet()).containsAll(REAL);
  }

  @Test
  void providers_namesAllFive() throws IOException {
    Cli.Result r = Cli.run("providers", "--output", "json");
    assertThat(r.code).as(r.toString()).isZero();
    List<String> ids = new ArrayList<>();
    Json.mapper().readTree(r.out).forEach(p -> ids.add(p.get("id").asText()));
    assertThat(ids).containsAll(REAL);
    Cli.Result table = Cli.run("providers");
    assertThat(table.code).as(table.toString()).isZero();
    assertThat(table.out).contains(REAL);
  }

  @ParameterizedTest
  @MethodSource("providers")
  void providersFields_showWhatCreateAndUpdateRequire(String id) throws IOException {
    List<io.trunkline.core.FieldRequirement> fields = metadata.get(id).trunkFields();
    Cli.Result json = Cli.run("providers", "--fields", id, "--output", "json");
    assertThat(json.code).as(json.toString()).isZero();
    assertThat(Json.mapper().readValue(json.out,
        new com.fasterxml.jackson.core.type.TypeReference<List<io.trunkline.core.FieldRequirement>>() {}))
        .isEqualTo(fields);
    Cli.Result table = Cli.run("providers", "--fields", id);
    assertThat(table.code).as(table.toString()).isZero();
    if (!fields.isEmpty()) {
      assertThat(table.out).contains("FIELD", "CREATE", "UPDATE");
    }
    fields.forEach(f -> assertThat(table.out).contains(f.label()));
  }

  @Test
  void providersFields_ofAnUnknownProvider_isBadInput() {
    Cli.Result r = Cli.run("providers", "--fields", "nope");
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("unknown provider 'nope'", "pbx");
  }

  @Test
  void demo_showsTheAccountsOfAllFive() throws IOException {
    Cli.Result r = Cli.run("demo");
    assertThat(r.code).as(r.toString()).isZero();
    for (String id : REAL) {
      assertThat(r.out).as(r.toString()).contains(id + "-demo");
    }
    assertThat(r.out).contains("Account 'channel-demo' (channel) cannot list trunks");
    Cli.Result json = Cli.run("demo", "--output", "json");
    assertThat(json.code).as(json.toString()).isZero();
    Set<String> accounts = new TreeSet<>();
    Json.mapper().readTree(json.out).get("trunks").forEach(t -> accounts.add(t.get("account").asText()));
    assertThat(accounts).contains("famulor-demo", "properties-v2-demo", "pbx-demo", "flex-demo")
        .doesNotContain("channel-demo");
  }

  @ParameterizedTest
  @MethodSource("providers")
  void list_tableJsonCsv(String id) throws IOException {
    if (lacks(id, Capability.LIST)) {
      assertLacks(id, Capability.LIST, "list");
      return;
    }
    List<SipTrunk> trunks = listJson(id);
    assertThat(trunks).isNotEmpty().allSatisfy(t -> assertThat(t.provider()).isEqualTo(id));

    Cli.Result table = run(id, "list");
    assertThat(table.code).as(table.toString()).isZero();
    assertThat(table.err).as(table.toString()).isEmpty();
    assertThat(table.out).startsWith("ID ");
    assertThat(table.out.lines().count()).as("header, rule, rows").isEqualTo(trunks.size() + 2);

    Cli.Result csv = run(id, "list", "--output", "csv");
    assertThat(csv.code).as(csv.toString()).isZero();
    List<List<String>> records = CsvReader.parse(csv.out);
    assertThat(records.get(0)).startsWith("provider", "id", "name", "state");
    assertThat(records).hasSize(trunks.size() + 1);
    for (int i = 0; i < trunks.size(); i++) {
      List<String> row = records.get(i + 1);
      assertThat(row).hasSameSizeAs(records.get(0));
      assertThat(row.get(0)).isEqualTo(id);
      assertThat(row.get(1)).isEqualTo(trunks.get(i).id());
      assertThat(row.get(2)).isEqualTo(trunks.get(i).name().orElse(""));
    }

    Cli.Result limited = run(id, "list", "--limit", "2", "--output", "json");
    assertThat(limited.code).as(limited.toString()).isZero();
    assertThat(Json.mapper().readTree(limited.out)).hasSize(Math.min(2, trunks.size()));
  }

  @ParameterizedTest
  @MethodSource("providers")
  void get_ofAListedTrunk(String id) throws IOException {
    if (lacks(id, Capability.GET)) {
      assertLacks(id, Capability.GET, "get", "any-id");
      return;
    }
    SipTrunk listed = listJson(id).get(0);
    Cli.Result r = run(id, "get", listed.id(), "--output", "json");
    assertThat(r.code).as(r.toString()).isZero();
    SipTrunk got = Json.mapper().readValue(r.out, SipTrunk.class);
    assertThat(got.provider()).isEqualTo(id);
    assertThat(got.id()).isEqualTo(listed.id());
    assertThat(got.name()).isEqualTo(listed.name());

    Cli.Result table = run(id, "get", listed.id());
    assertThat(table.code).as(table.toString()).isZero();
    assertThat(table.out).startsWith("FIELD ").contains(listed.id());
    Cli.Result csv = run(id, "get", listed.id(), "-o", "csv");
    assertThat(csv.code).as(csv.toString()).isZero();
    assertThat(CsvReader.parse(csv.out)).hasSize(2);
  }

  /**
   * Issue 19 #5: an id copied from a table is the whole id, in every listing and in {@code get} (a cut id gave a
   * user a 404). properties-v2's SIDs (34 characters) are longer than the id column once was.
   */
  @ParameterizedTest
  @MethodSource("providers")
  void tables_neverCutAnId(String id) throws IOException {
    Map<Capability, String> listings = new LinkedHashMap<>();
    listings.put(Capability.LIST, "list");
    listings.put(Capability.CALLER_IDS, "caller-ids");
    listings.put(Capability.PROXIES, "proxies");
    listings.put(Capability.TEMPLATES, "templates");
    listings.put(Capability.CALL_BARRINGS, "call-barrings");
    int ids = 0;
    for (Map.Entry<Capability, String> listing : listings.entrySet()) {
      if (lacks(id, listing.getKey())) {
        continue;
      }
      Cli.Result json = run(id, listing.getValue(), "--output", "json");
      assertThat(json.code).as(json.toString()).isZero();
      Cli.Result table = run(id, listing.getValue());
      assertThat(table.code).as(table.toString()).isZero();
      for (JsonNode item : Json.mapper().readTree(json.out)) {
        for (String field : List.of("id", "number")) {
          if (item.hasNonNull(field)) {
            assertThat(table.out).as(listing.getValue() + " shows the whole " + field).contains(item.get(field).asText());
            ids++;
          }
        }
      }
    }
    assertThat(ids).as("ids seen in the tables of " + id).isPositive();
    if (!lacks(id, Capability.GET)) {
      SipTrunk listed = listJson(id).get(0);
      Cli.Result table = run(id, "get", listed.id());
      assertThat(table.out).as(table.toString()).containsPattern("(?m)^id +" + java.util.regex.Pattern.quote(listed.id()) + "$");
    }
    if (id.equals("properties-v2")) {
      assertThat(listJson(id).get(0).id()).as("an id longer than the old 24-character column").hasSizeGreaterThan(24);
    }
  }

  /**
   * Issue 19 #9: a 404 says what was not found in Trunkline's words, once: {@code trunk 99 not found at famulor
   * (GET /…/99: HTTP 404)}, not {@code HTTP 404 SIP trunk not found.: SIP trunk not found.}; the vendor's message
   * only when it adds something. Exit 1, one line.
   */
  @ParameterizedTest
  @MethodSource("providers")
  void notFound_saysWhatWasNotFound_inTrunklinesWords_once(String id) throws IOException {
    List<Cli.Result> answers = new ArrayList<>();
    String missing;
    if (lacks(id, Capability.LIST)) {
      missing = "no-such-channel";
    } else {
      String listed = listJson(id).get(0).id();
      missing = listed.replaceAll("[0-9]", "9");
      if (missing.equals(listed)) {
        missing = listed.substring(0, 2) + "Z".repeat(listed.length() - 2);
      }
    }
    for (String command : List.of("get", "delete", "status")) {
      if (!lacks(id, Capability.valueOf(command.toUpperCase(java.util.Locale.ROOT)))) {
        answers.add(run(id, command, missing));
      }
    }
    if (!lacks(id, Capability.UPDATE)) {
      answers.add(run(id, "update", missing, "--file", spec(id + "-update.json").toString()));
    }
    assertThat(answers).isNotEmpty();
    for (Cli.Result r : answers) {
      assertThat(r.code).as(r.toString()).isEqualTo(1);
      assertThat(r.err.lines()).as(r.toString()).hasSize(1);
      assertThat(r.err).as(r.toString()).startsWith("trunkline: trunk " + missing + " not found at " + id + " (")
          .contains(": HTTP 404");
      assertThat(r.err.toLowerCase(java.util.Locale.ROOT).split("not found", -1)).as(r.toString()).hasSize(2);
      assertThat(r.err.toLowerCase(java.util.Locale.ROOT)).as(r.toString()).doesNotContain("does not exist");
    }
    if (!lacks(id, Capability.DISCONNECT_NUMBER)) {
      Cli.Result r = run(id, "numbers", "disconnect", "+31209999999");
      assertThat(r.code).as(r.toString()).isEqualTo(1);
      assertThat(r.err).as(r.toString()).startsWith("trunkline: number +31209999999 not found at " + id + " (");
    }
    if (!lacks(id, Capability.CONNECT_NUMBER)) {
      Cli.Result r = run(id, "numbers", "connect", "no-such-trunk", "+31207001101");
      assertThat(r.code).as(r.toString()).isEqualTo(1);
      assertThat(r.err).as("which of the two the vendor did not find").startsWith(
          "trunkline: trunk no-such-trunk or number +31207001101 not found at " + id + " (").containsPattern("\\): .+");
    }
  }

  /**
   * Issue 19 #8: what a provider requires is asked for in the words of the file the user writes: Wavix needs the
   * password in every update ({@code add "password" to the update file}), never {@code TrunkUpdate.password(...)}.
   */
  @Test
  void aRequiredField_isAskedForAsAFieldOfTheFile(@TempDir Path dir) throws IOException {
    String flexTrunk = listJson("flex").get(0).id();
    Path patch = Files.writeString(dir.resolve("patch.json"), "{\"name\": \"renamed\"}");
    Cli.Result update = run("flex", "update", flexTrunk, "--file", patch.toString());
    assertThat(update.code).as(update.toString()).isEqualTo(2);
    assertThat(update.err.lines()).hasSize(1);
    assertThat(update.err).as(update.toString()).contains("add \"password\" to the update file")
        .doesNotContain("TrunkUpdate").doesNotContain("(...)");

    Path spec = Files.writeString(dir.resolve("spec.json"), "{\"name\": \"almost-nothing\"}");
    Cli.Result create = run("pbx", "create", "--file", spec.toString());
    assertThat(create.code).as(create.toString()).isEqualTo(2);
    assertThat(create.err).as(create.toString()).containsPattern("; add .* to the spec file$")
        .doesNotContain("TrunkSpec");
  }

  @ParameterizedTest
  @MethodSource("providers")
  void status(String id) throws IOException {
    if (lacks(id, Capability.STATUS)) {
      assertLacks(id, Capability.STATUS, "status", "any-id");
      return;
    }
    SipTrunk listed = listJson(id).get(0);
    Cli.Result r = run(id, "status", listed.id(), "--output", "json");
    assertThat(r.code).as(r.toString()).isZero();
    TrunkStatus status = Json.mapper().readValue(r.out, TrunkStatus.class);
    assertThat(status).isNotNull();
    Cli.Result table = run(id, "status", listed.id());
    assertThat(table.code).as(table.toString()).isZero();
  }

  @ParameterizedTest
  @MethodSource("providers")
  void otherListings(String id) throws IOException {
    Map<Capability, String> commands = new LinkedHashMap<>();
    commands.put(Capability.CALLER_IDS, "caller-ids");
    commands.put(Capability.PROXIES, "proxies");
    commands.put(Capability.TEMPLATES, "templates");
    commands.put(Capability.CALL_BARRINGS, "call-barrings");
    for (Map.Entry<Capability, String> c : commands.entrySet()) {
      if (lacks(id, c.getKey())) {
        assertLacks(id, c.getKey(), c.getValue());
        continue;
      }
      Cli.Result json = run(id, c.getValue(), "--output", "json");
      assertThat(json.code).as(json.toString()).isZero();
      JsonNode items = Json.mapper().readTree(json.out);
      assertThat(items.isArray()).isTrue();
      assertThat(items.size()).as(c.getValue()).isPositive();
      Cli.Result table = run(id, c.getValue());
      assertThat(table.code).as(table.toString()).isZero();
      assertThat(table.out.lines().count()).as("header, rule, rows").isEqualTo(items.size() + 2);
      Cli.Result csv = run(id, c.getValue(), "--output", "csv");
      assertThat(csv.code).as(csv.toString()).isZero();
      assertThat(CsvReader.parse(csv.out)).hasSize(items.size() + 1);
      Cli.Result limited = run(id, c.getValue(), "--limit", "1", "--output", "json");
      assertThat(Json.mapper().readTree(limited.out)).hasSize(1);
    }
  }

  @ParameterizedTest
  @MethodSource("providers")
  void export(String id, @TempDir Path dir) throws IOException {
    if (lacks(id, Capability.EXPORT)) {
      assertLacks(id, Capability.EXPORT, "export");
      return;
    }
    Cli.Result stdout = run(id, "export");
    assertThat(stdout.code).as(stdout.toString()).isZero();
    assertThat(stdout.out).isNotBlank();
    Path file = dir.resolve("export.out");
    Cli.Result toFile = run(id, "export", "--file", file.toString());
    assertThat(toFile.code).as(toFile.toString()).isZero();
    assertThat(toFile.out).startsWith("Exported ").contains(" bytes from " + id + " to ");
    assertThat(Files.readString(file)).isEqualTo(stdout.out);
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).containsExactly(file);
    }
  }

  @ParameterizedTest
  @MethodSource("providers")
  void createUpdateDelete(String id) throws IOException {
    String trunkId;
    if (lacks(id, Capability.CREATE)) {
      assertLacks(id, Capability.CREATE, "create", "--file", spec("pbx.json").toString());
      trunkId = "acme-amsterdam"; // a trunk the simulator seeds (channel: a channel's name is its id)
    } else {
      Cli.Result created = run(id, "create", "--file", spec(id + ".json").toString(), "--output", "json");
      assertThat(created.code).as(created.toString()).isZero();
      SipTrunk trunk = Json.mapper().readValue(created.out, SipTrunk.class);
      String password = Json.mapper().readTree(spec(id + ".json").toFile()).path("password").asText("");
      if (!password.isEmpty()) {
        assertThat(created.out + created.err).as("the spec's password").doesNotContain(password);
      }
      assertThat(trunk.provider()).isEqualTo(id);
      assertThat(trunk.name()).contains(Json.mapper().readTree(spec(id + ".json").toFile()).get("name").asText());
      trunkId = trunk.id();
      if (!lacks(id, Capability.LIST)) {
        assertThat(listJson(id)).extracting(SipTrunk::id).contains(trunkId);
      }
    }

    if (lacks(id, Capability.UPDATE)) {
      assertLacks(id, Capability.UPDATE, "update", trunkId, "--file", spec("pbx-update.json").toString());
    } else {
      Path patchFile = spec(id + "-update.json");
      Cli.Result updated = run(id, "update", trunkId, "--file", patchFile.toString(), "--output", "json");
      assertThat(updated.code).as(updated.toString()).isZero();
      JsonNode after = Json.mapper().readTree(updated.out);
      Json.mapper().treeToValue(after, SipTrunk.class);
      assertThat(after.get("id").asText()).isEqualTo(trunkId);
      if (simulators.get(id) instanceof io.trunkline.testing.channel.ChannelSimulator) {
        // channel answers an edit with the channel's name only: what changed shows at the vendor, not in the answer
        JsonNode stored = ((io.trunkline.testing.channel.ChannelSimulator) simulators.get(id))
            .channelSettings(trunkId).orElseThrow();
        assertThat(stored.toString()).contains("+31207001102").contains("\"ping\":3");
      } else {
        assertShows(after, Json.mapper().readTree(patchFile.toFile()));
      }
      Cli.Result table = run(id, "update", trunkId, "--file", patchFile.toString());
      assertThat(table.code).as(table.toString()).isZero();
      assertThat(table.out).startsWith("Updated trunk " + trunkId + " at " + id + ".\n");
    }

    if (lacks(id, Capability.DELETE)) {
      assertLacks(id, Capability.DELETE, "delete", trunkId);
    } else {
      Cli.Result deleted = run(id, "delete", trunkId, "--output", "json");
      assertThat(deleted.code).as(deleted.toString()).isZero();
      JsonNode outcome = Json.mapper().readTree(deleted.out);
      assertThat(outcome.get("id").asText()).isEqualTo(trunkId);
      assertThat(outcome.get("deleted").asBoolean()).isTrue();
      Cli.Result gone = run(id, "get", trunkId);
      assertThat(gone.code).as(gone.toString()).isEqualTo(1);
      assertThat(gone.err.lines()).hasSize(1).allSatisfy(l -> assertThat(l).startsWith("trunkline: "));
      Cli.Result again = run(id, "delete", trunkId);
      assertThat(again.code).as(again.toString()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @MethodSource("providers")
  void numbersConnectAndDisconnect(String id) throws IOException {
    if (lacks(id, Capability.DISCONNECT_NUMBER)) {
      assertLacks(id, Capability.DISCONNECT_NUMBER, "numbers", "disconnect", "+31207001101");
    }
    if (lacks(id, Capability.CONNECT_NUMBER)) {
      assertLacks(id, Capability.CONNECT_NUMBER, "numbers", "connect", "any-trunk", "+31207001101");
      return;
    }
    // channel: move a number the simulator seeds on acme-amsterdam to acme-duesseldorf
    Cli.Result off = run(id, "numbers", "disconnect", "+31207001101", "--output", "json");
    assertThat(off.code).as(off.toString()).isZero();
    assertThat(Json.mapper().readTree(off.out).get("disconnected").asBoolean()).isTrue();
    Cli.Result on = run(id, "numbers", "connect", "acme-duesseldorf", "+31207001101");
    assertThat(on.code).as(on.toString()).isZero();
    assertThat(on.out).isEqualTo("Connected +31207001101 to trunk acme-duesseldorf at " + id + ".\n");
    Cli.Result csv = run(id, "numbers", "disconnect", "+31207001101", "--output", "csv");
    assertThat(csv.code).as(csv.toString()).isZero();
    assertThat(CsvReader.parse(csv.out)).containsExactly(List.of("provider", "number", "disconnected"),
        List.of(id, "+31207001101", "true"));
  }

  @ParameterizedTest
  @MethodSource("providers")
  void secretsNeverShow_inOutputErrorsOrStackTraces(String id) {
    VendorSimulator sim = simulators.get(id);
    boolean canList = !lacks(id, Capability.LIST);
    List<Cli.Result> runs = new ArrayList<>();
    runs.add(run(id, canList ? "list" : "caller-ids", "--output", "json", "--debug"));
    runs.add(run(id, canList ? "list" : "caller-ids", "--output", "csv"));
    runs.add(lacks(id, Capability.GET)
        ? run(id, "--debug", "update", "no-such-trunk-4711", "--file", spec(id + "-update.json").toString())
        : run(id, "--debug", "get", "no-such-trunk-4711"));
    runs.add(run(id, "get", "a/../b", "--debug"));
    runs.add(run(id, "list", "--limit", "-1", "--debug"));
    runs.add(run(id, "list", "--tokn", "--debug"));
    runs.add(run(id, canList ? "list" : "caller-ids", "--api-key", "other-key-4711", "--debug"));
    assertThat(runs.get(0).code).as(runs.get(0).toString()).isZero();
    assertThat(runs.get(2).code).as(runs.get(2).toString()).isNotZero();
    assertThat(runs.get(2).err).as(runs.get(2).toString()).contains("\tat ");
    for (Cli.Result r : runs) {
      for (io.trunkline.core.Secret secret : sim.config().credentials().secrets()) {
        assertThat(r.out).as(r.toString()).doesNotContain(secret.reveal());
        assertThat(r.err).as(r.toString()).doesNotContain(secret.reveal());
      }
      assertThat(r.out + r.err).as("an access token the vendor issued: " + r).doesNotContainPattern("at-[0-9a-f]{8}-");
    }
  }

  // ---- helpers ----------------------------------------------------------------------------------------------

  /** Runs the command line against the simulator of {@code id}, with its base URL, credentials and settings. */
  Cli.Result run(String id, String... command) {
    return Cli.run(Cli.args(command, accountArgs(simulators.get(id))));
  }

  /** {@code --provider}, {@code --base-url}, the credentials and {@code --setting}s of the simulator's config. */
  static String[] accountArgs(VendorSimulator simulator) {
    ProviderConfig config = simulator.config();
    List<String> args = new ArrayList<>(List.of("--provider", simulator.providerId()));
    config.baseUrl().ifPresent(url -> args.addAll(List.of("--base-url", url)));
    Credentials credentials = config.credentials();
    switch (credentials.kind()) {
      case BEARER:
        args.addAll(List.of("--token", credentials.secret().reveal()));
        break;
      case API_KEY:
        args.addAll(List.of("--api-key", credentials.secret().reveal()));
        break;
      case USER_PASSWORD:
      default:
        args.addAll(List.of("--user", credentials.name().orElseThrow(), "--password", credentials.secret().reveal()));
        break;
    }
    config.settings().forEach((k, v) -> args.addAll(List.of("--setting", k + "=" + v)));
    return args.toArray(String[]::new);
  }

  List<SipTrunk> listJson(String id) throws IOException {
    Cli.Result r = run(id, "list", "--output", "json");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.err).as(r.toString()).isEmpty();
    ArrayNode array = (ArrayNode) Json.mapper().readTree(r.out);
    List<SipTrunk> trunks = new ArrayList<>();
    for (JsonNode node : array) {
      trunks.add(Json.mapper().treeToValue(node, SipTrunk.class));
    }
    return trunks;
  }

  boolean lacks(String id, Capability capability) {
    return !metadata.get(id).capabilities().contains(capability);
  }

  /** A command the provider cannot do: exit 2 and one line on stderr naming the provider and the operation. */
  void assertLacks(String id, Capability capability, String... command) {
    Cli.Result r = run(id, command);
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.out).as(r.toString()).isEmpty();
    assertThat(r.err.lines()).as(r.toString()).hasSize(1);
    assertThat(r.err).startsWith("trunkline: provider '" + id + "' does not support " + Capabilities.name(capability));
  }

  /** Every field the patch sets (the password aside) shows in {@code trunk}; attributes leaf by leaf. */
  static void assertShows(JsonNode trunk, JsonNode patch) {
    Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getKey().equals("password")) {
        continue;
      }
      if (field.getValue().isObject()) {
        assertShows(trunk.get(field.getKey()), field.getValue());
      } else {
        assertThat(trunk.get(field.getKey())).as(field.getKey() + " in " + trunk).isEqualTo(field.getValue());
      }
    }
  }

  static Path spec(String name) {
    URL url = RealProvidersTest.class.getResource("/specs/" + name);
    assertThat(url).as("test resource specs/" + name).isNotNull();
    try {
      return Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.cli.fake.FakeChannelSimulator;
import io.trunkline.cli.fake.FakeProviderFactory;
import io.trunkline.cli.fake.FakeSimulator;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.spi.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryCommandTest {
  private FakeSimulator eu;
  private FakeSimulator us;
  private FakeChannelSimulator channel;

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    eu = new FakeSimulator();
    eu.start();
    eu.seedDemoData();
    us = new FakeSimulator();
    us.start();
    us.seedDemoData();
    channel = new FakeChannelSimulator();
    channel.start();
    channel.seedDemoData();
  }

  @AfterEach
  void stop() {
    eu.close();
    us.close();
    channel.close();
  }

  private String account(String name, String provider, String baseUrl, String credentials) {
    return "{\"name\": \"" + name + "\", \"provider\": \"" + provider + "\", \"baseUrl\": \"" + baseUrl
        + "\", \"credentials\": " + credentials + "}";
  }

  private Path config(String... accounts) throws IOException {
    return Files.writeString(dir.resolve("accounts.json"), "{\"accounts\": [" + String.join(",\n", accounts) + "]}");
  }

  private Path healthy() throws IOException {
    return config(
        account("eu-main", "fake", eu.baseUrl(), "{\"token\": \"env:EU_TOKEN\"}"),
        account("us-main", "fake", us.baseUrl(), "{\"token\": \"" + FakeSimulator.TOKEN + "\"}"));
  }

  private static final Map<String, String> ENV = Map.of("EU_TOKEN", FakeSimulator.TOKEN);

  @Test
  void json_isOneArrayOfSipTrunks_eachWithItsAccount() throws IOException {
    Cli.Result r = Cli.run(ENV, "inventory", "--config", healthy().toString(), "--output", "json");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.err).isEmpty();
    JsonNode array = Json.mapper().readTree(r.out);
    assertThat(array).hasSize(6);
    List<String> accounts = new ArrayList<>();
    array.forEach(t -> accounts.add(t.get("account").asText()));
    assertThat(accounts).containsExactly("eu-main", "eu-main", "eu-main", "us-main", "us-main", "us-main");
    JsonNode first = array.get(0);
    assertThat(first.fieldNames().next()).isEqualTo("account");
    assertThat(first.get("provider").asText()).isEqualTo("fake");
    assertThat(first.get("id").asText()).isEqualTo("1");
    assertThat(first.get("attributes").get("sip_calling_format").asText()).isEqualTo("e164");
  }

  @Test
  void table_and_csv_haveTheAccountColumn() throws IOException {
    Cli.Result table = Cli.run(ENV, "inventory", "--config", healthy().toString());
    assertThat(table.code).as(table.toString()).isZero();
    List<String> lines = table.out.lines().toList();
    assertThat(lines.get(0)).startsWith("ACCOUNT  PROVIDER  ID  NAME");
    assertThat(lines.get(2)).startsWith("eu-main  fake      1   office-amsterdam");
    assertThat(lines.get(5)).startsWith("us-main  fake      1   office-amsterdam");
    assertThat(table.out).endsWith("\n6 trunks in 2 accounts.\n");

    Cli.Result csv = Cli.run(ENV, "inventory", "--config", healthy().toString(), "--output", "csv");
    assertThat(csv.code).isZero();
    String[] records = csv.out.split("\r\n");
    assertThat(records).hasSize(7);
    assertThat(records[0]).isEqualTo("account,provider,id,name,state,host,port,transport,authMode,username,"
        + "allowedIps,numbers,callerId,maxChannels,countryCode,createdAt,updatedAt,attributes");
    assertThat(records[4]).startsWith("us-main,fake,1,office-amsterdam,ACTIVE,");
  }

  @Test
  void limit_appliesPerAccount() throws IOException {
    Cli.Result r = Cli.run(ENV, "inventory", "--config", healthy().toString(), "-o", "csv", "--limit", "1");
    assertThat(r.code).isZero();
    assertThat(r.out.split("\r\n")).hasSize(3);
  }

  @Test
  void failingAccounts_doNotStopTheOthers_exit3_reasonsOnStderr_secretsMasked() throws IOException {
    String wrongToken = "literal-wrong-token-3141";
    Path file = config(
        account("eu-main", "fake", eu.baseUrl(), "{\"token\": \"env:EU_TOKEN\"}"),
        account("no-env", "fake", us.baseUrl(), "{\"token\": \"env:UNSET_TOKEN\"}"),
        account("refused", "fake", us.baseUrl(), "{\"token\": \"" + wrongToken + "\"}"),
        account("chan", "fakechan", channel.baseUrl(), "{\"apiKey\": \"" + FakeChannelSimulator.KEY + "\"}"),
        account("us-main", "fake", us.baseUrl(), "{\"token\": \"" + FakeSimulator.TOKEN + "\"}"));
    Cli.Result r = Cli.run(ENV, "inventory", "--config", file.toString(), "--output", "json");
    assertThat(r.code).as(r.toString()).isEqualTo(3);
    JsonNode array = Json.mapper().readTree(r.out);
    assertThat(array).hasSize(6);
    assertThat(r.err).contains(
        "trunkline: account 'no-env' (fake) failed: the environment variable UNSET_TOKEN (for credentials.token) is not set",
        "trunkline: account 'refused' (fake) failed: [fake] GET /v1/trunks failed with HTTP 401",
        "trunkline: account 'chan' (fakechan) failed: provider 'fakechan' needs the setting account-id",
        "trunkline: 3 of 5 accounts failed");
    assertThat(r.out + r.err).doesNotContain(wrongToken).doesNotContain(FakeSimulator.TOKEN)
        .doesNotContain(FakeChannelSimulator.KEY);
  }

  /**
   * Issue 19 #9: a provider id no provider has is a mistake in the file: bad input (exit 2) with the id meant,
   * before any account is read; not "some accounts failed" (exit 3).
   */
  @Test
  void aTypoInAProviderId_isBadInput_exit2_withTheIdMeant_andNoAccountIsRead() throws IOException {
    FakeProviderFactory.CONFIGS.clear();
    Path file = config(
        account("eu-main", "fake", eu.baseUrl(), "{\"token\": \"env:EU_TOKEN\"}"),
        account("us-main", "fkae", us.baseUrl(), "{\"token\": \"" + FakeSimulator.TOKEN + "\"}"));
    Cli.Result r = Cli.run(ENV, "inventory", "--config", file.toString());
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err.lines()).hasSize(1);
    assertThat(r.err).startsWith("trunkline: " + file + ": accounts[1] ('us-main'): unknown provider "
        + "'fkae' (did you mean 'fake'?); available: ").contains("fake, fakechan");
    assertThat(FakeProviderFactory.CONFIGS).as("no account was opened").isEmpty();

    Path far = config(account("x", "nope", us.baseUrl(), "{\"token\": \"t\"}"));
    Cli.Result r2 = Cli.run("inventory", "--config", far.toString());
    assertThat(r2.code).as(r2.toString()).isEqualTo(2);
    assertThat(r2.err).contains("accounts[0] ('x'): unknown provider 'nope'; available: ").doesNotContain("did you mean");
  }

  @Test
  void aProviderThatCannotListTrunks_isSkippedWithANote_notAFailure() throws IOException {
    Path file = config(
        account("eu-main", "fake", eu.baseUrl(), "{\"token\": \"env:EU_TOKEN\"}"),
        "{\"name\": \"chan\", \"provider\": \"fakechan\", \"baseUrl\": \"" + channel.baseUrl() + "\","
            + " \"credentials\": {\"apiKey\": \"env:CHAN_KEY\"}, \"settings\": {\"account-id\": \"acc-1\"}}");
    Cli.Result r = Cli.run(Map.of("EU_TOKEN", FakeSimulator.TOKEN, "CHAN_KEY", FakeChannelSimulator.KEY),
        "inventory", "--config", file.toString());
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.err).isEqualTo("trunkline: account 'chan' (fakechan) skipped: its vendor API cannot list trunks\n");
    assertThat(r.out).endsWith("3 trunks in 1 account.\n");
  }

  @Test
  void everyAccount_sharesOneHttpClient() throws IOException {
    FakeProviderFactory.CONFIGS.clear();
    Cli.Result r = Cli.run(ENV, "inventory", "--config", healthy().toString(), "-o", "json");
    assertThat(r.code).isZero();
    List<ProviderConfig> configs = new ArrayList<>(FakeProviderFactory.CONFIGS);
    assertThat(configs).hasSize(2);
    OkHttpClient first = configs.get(0).httpClient().orElseThrow();
    assertThat(configs.get(1).httpClient()).containsSame(first);
    assertThat(first.dispatcher().executorService().isShutdown()).isTrue();
  }

  @Test
  void progress_isDrawnOnStderr_onlyWhenItIsATerminal() throws IOException {
    Path file = healthy();
    Cli.Result terminal = Cli.run(b -> b.env(ENV).terminal(true), "inventory", "--config", file.toString(),
        "-o", "json");
    assertThat(terminal.code).isZero();
    assertThat(terminal.err).startsWith("\rinventory: 0 of 2 accounts done")
        .contains("\rinventory: 2 of 2 accounts done").endsWith("\r");
    assertThat(terminal.err.replaceAll("\r[^\r]*", "").trim()).isEmpty();
    Cli.Result pipe = Cli.run(b -> b.env(ENV).terminal(false), "inventory", "--config", file.toString(), "-o", "json");
    assertThat(pipe.err).isEmpty();
  }

  /**
   * Issue 19 #7: the progress line follows stderr, not stdout: drawn when stderr is a terminal although stdout is
   * redirected ({@code inventory ... > trunks.csv}), and not drawn when only stdout is a terminal.
   */
  @Test
  void progress_followsStderr_evenWhenStdoutIsRedirected() throws IOException {
    Path file = healthy();
    Cli.Result stdoutRedirected = Cli.run(b -> b.env(ENV).terminals(fd -> fd == Terminals.STDERR),
        "inventory", "--config", file.toString(), "-o", "csv");
    assertThat(stdoutRedirected.code).as(stdoutRedirected.toString()).isZero();
    assertThat(stdoutRedirected.err).startsWith("\rinventory: 0 of 2 accounts done")
        .contains("\rinventory: 2 of 2 accounts done");
    assertThat(stdoutRedirected.out).doesNotContain("inventory:");

    Cli.Result stderrRedirected = Cli.run(b -> b.env(ENV).terminals(fd -> fd == Terminals.STDOUT),
        "inventory", "--config", file.toString(), "-o", "csv");
    assertThat(stderrRedirected.code).as(stderrRedirected.toString()).isZero();
    assertThat(stderrRedirected.err).isEmpty();
    assertThat(stderrRedirected.out).doesNotContain("inventory:");
  }

  /** The operating system's answer: under the test runner stderr is a pipe, not a terminal. */
  @Test
  void terminals_ofTheOperatingSystem_seeThatStderrIsNoTerminalHere() {
    assertThat(Terminals.OS.isTerminal(Terminals.STDERR)).isFalse();
  }

  @Test
  void aMalformedConfig_isExit2_namingThePlace() throws IOException {
    assertThat(bad("{}")).contains("\"accounts\" must be a non-empty array");
    assertThat(bad("{\"accounts\": []}")).contains("\"accounts\" must be a non-empty array");
    assertThat(bad("{\"accounts\": [{\"provider\": \"fake\", \"credentials\": {\"token\": \"t\"}}]}"))
        .contains("accounts[0]: \"name\" is missing");
    assertThat(bad("{\"accounts\": [{\"name\": \"a\", \"provider\": \"fake\", \"credentials\": {\"token\": \"t\"}},"
        + "{\"name\": \"a\", \"provider\": \"fake\", \"credentials\": {\"token\": \"t\"}}]}"))
        .contains("accounts[1]: the name 'a' is used twice");
    assertThat(bad("{\"accounts\": [{\"name\": \"a\", \"provider\": \"fake\", \"credentials\": {\"token\": \"t\", "
        + "\"apiKey\": \"k\"}}]}")).contains("accounts[0].credentials: give exactly one of");
    assertThat(bad("{\"accounts\": [{\"name\": \"a\", \"provider\": \"fake\", \"credentials\": {\"user\": \"u\"}}]}"))
        .contains("give exactly one of");
    assertThat(bad("{\"accounts\": [{\"name\": \"a\", \"provider\": \"fake\", \"credential\": {}}]}"))
        .contains("accounts[0]: unknown field 'credential'");
    assertThat(bad("{\"accounts\": [{\"name\": \"a\", \"provider\": \"fake\"}]}")).contains("\"credentials\" is missing");
    assertThat(bad("{\"accounts\": [{\"name\": \"a\", \"provider\": \"fake\", \"credentials\": {\"token\": \"t\"},"
        + " \"settings\": {\"x\": {}}}]}")).contains("accounts[0].settings.x must be a string");
    assertThat(bad("not json")).contains("is not valid JSON (line 1");
    Cli.Result missing = Cli.run("inventory", "--config", dir.resolve("missing.json").toString());
    assertThat(missing.code).isEqualTo(2);
    assertThat(Cli.run("inventory").code).isEqualTo(2);
  }

  private String bad(String content) throws IOException {
    Path file = Files.writeString(dir.resolve("bad.json"), content);
    Cli.Result r = Cli.run("inventory", "--config", file.toString());
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.out).isEmpty();
    return r.err;
  }
}

package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.cli.fake.FakeProviderFactory;
import io.trunkline.cli.fake.FakeSimulator;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 #8: advice in the words of the command line (options and file fields, not Java builder methods), the
 * connection options {@code --timeout}, {@code --connect-timeout}, {@code --retries}, {@code --allow-insecure-http},
 * and the JVM's standard proxy properties.
 */
class CliWordsTest {
  /** A host that is not loopback and does not resolve: reachable only through a proxy. */
  static final String REMOTE = "http://trunks.example.test";

  private FakeSimulator sim;

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    sim = new FakeSimulator();
    sim.start();
    sim.seedDemoData();
    FakeProviderFactory.CONFIGS.clear();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private String[] account(String baseUrl, String... more) {
    return Cli.args(new String[] {"--provider", "fake", "--base-url", baseUrl, "--token", FakeSimulator.TOKEN}, more);
  }

  // ---- advice ----

  @Test
  void plainHttpToAnotherHost_saysAddAllowInsecureHttp_notTheBuilderMethod() {
    Cli.Result r = Cli.run(Cli.args(new String[] {"list"}, account(REMOTE)));
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err.lines()).hasSize(1);
    assertThat(r.err).contains("HTTPS is required", "(add --allow-insecure-http to opt in)")
        .doesNotContain("allowInsecureHttp");
  }

  @Test
  void inAnInventory_too() throws IOException {
    Path file = Files.writeString(dir.resolve("accounts.json"), "{\"accounts\": [{\"name\": \"remote\", "
        + "\"provider\": \"fake\", \"baseUrl\": \"" + REMOTE + "\", \"credentials\": {\"token\": \"t-1234\"}},"
        + "{\"name\": \"chan\", \"provider\": \"fakechan\", \"baseUrl\": \"" + sim.baseUrl() + "\", "
        + "\"credentials\": {\"apiKey\": \"k-1234\"}}]}");
    Cli.Result r = Cli.run("inventory", "--config", file.toString());
    assertThat(r.code).as(r.toString()).isEqualTo(3);
    assertThat(r.err).contains("account 'remote' (fake) failed: ", "(add --allow-insecure-http to opt in)")
        .contains("account 'chan' (fakechan) failed: provider 'fakechan' needs the setting account-id "
            + "(add \"account-id\" under \"settings\" of the account)")
        .doesNotContain("allowInsecureHttp");
  }

  @Test
  void advice_translatesTheLibrarysJavaWords() {
    TrunkConfigurationException insecure = new TrunkConfigurationException("the base URL for provider 'pbx' uses "
        + "plain http to pbx.example.com: HTTPS is required so credentials are not sent in clear"
        + " (set allowInsecureHttp to opt in)");
    assertThat(Advice.inCliWords(insecure.getMessage(), insecure, Advice.Where.OPTIONS))
        .endsWith("(add --allow-insecure-http to opt in)");
    TrunkValidationException password = new TrunkValidationException("password",
        "is required: Wavix needs the trunk's SIP password on every update (set TrunkUpdate.password(...))");
    assertThat(Advice.inCliWords(password.getMessage(), password, Advice.Where.UPDATE_FILE))
        .isEqualTo("password: is required: Wavix needs the trunk's SIP password on every update "
            + "(add \"password\" to the update file)");
    TrunkValidationException required = new TrunkValidationException("password (password)",
        "is required by flex on every update (it replaces the whole trunk)");
    assertThat(Advice.inCliWords(required.getMessage(), required, Advice.Where.UPDATE_FILE))
        .endsWith("(it replaces the whole trunk); add \"password\" to the update file");
    TrunkValidationException attributes = new TrunkValidationException("name (name), attributes.outbound_server_port",
        "are required by pbx to create a trunk");
    assertThat(Advice.inCliWords(attributes.getMessage(), attributes, Advice.Where.SPEC_FILE))
        .endsWith("; add \"name\", \"outbound_server_port\" under \"attributes\" to the spec file");
    TrunkConfigurationException setting = new TrunkConfigurationException("provider 'channel' needs the setting account-id");
    assertThat(Advice.inCliWords(setting.getMessage(), setting, Advice.Where.OPTIONS))
        .isEqualTo("provider 'channel' needs the setting account-id (--setting account-id=VALUE)");
    TrunkConfigurationException credentials = new TrunkConfigurationException("the base URL for provider 'pbx' must "
        + "not carry a user or password; pass credentials in ProviderConfig.credentials()");
    assertThat(Advice.inCliWords(credentials.getMessage(), credentials, Advice.Where.OPTIONS))
        .endsWith("pass credentials with --token, --api-key or --user");
    assertThat(Advice.inCliWords("raise callTimeout or maxAttempts", null, Advice.Where.OPTIONS))
        .isEqualTo("raise --timeout or --retries");
    assertThat(Advice.inCliWords("an API key for the header 'X' cannot be used (pass Credentials.apiKey(key) or "
        + "Credentials.bearer(key))", null, Advice.Where.OPTIONS)).endsWith("(pass --api-key or --token)");
    assertThat(Advice.inCliWords("larger than 10 bytes (ProviderConfig.maxResponseBytes)", null,
        Advice.Where.OPTIONS)).isEqualTo("larger than 10 bytes (the largest answer trunkline reads)");
  }

  // ---- timeouts and retries ----

  @Test
  void timeoutsAndRetries_reachTheProviderConfig() {
    Cli.Result r = Cli.run(Cli.args(new String[] {"list", "--timeout", "90s", "--connect-timeout", "1500ms",
        "--retries", "0"}, account(sim.baseUrl())));
    assertThat(r.code).as(r.toString()).isZero();
    ProviderConfig config = last();
    assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(config.attemptTimeout()).as("one attempt may take as long").isEqualTo(Duration.ofSeconds(90));
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(config.retryPolicy().maxAttempts()).isEqualTo(1);

    Cli.Result defaults = Cli.run(Cli.args(new String[] {"list"}, account(sim.baseUrl())));
    assertThat(defaults.code).isZero();
    ProviderConfig plain = last();
    assertThat(plain.callTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(plain.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(plain.retryPolicy()).isEqualTo(RetryPolicy.defaults());
    assertThat(plain.allowInsecureHttp()).isFalse();

    Cli.Result shortCall = Cli.run(Cli.args(new String[] {"get", "1", "--timeout", "2", "--retries", "5"},
        account(sim.baseUrl())));
    assertThat(shortCall.code).as(shortCall.toString()).isZero();
    assertThat(last().callTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(last().attemptTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(last().retryPolicy().maxAttempts()).isEqualTo(6);
  }

  /** --timeout is what limits a call: a vendor that answers after 3 s fails a call given 1 s, naming the option. */
  @Test
  void aCallLongerThanTimeout_failsInTime_namingTheOption() {
    sim.intercept(request -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return sim.dispatchToRoutes(request);
    });
    long start = System.nanoTime();
    Cli.Result r = Cli.run(Cli.args(new String[] {"list", "--timeout", "1s"}, account(sim.baseUrl())));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.err.lines()).as(r.toString()).hasSize(1);
    assertThat(r.err).contains("(--timeout and --connect-timeout set how long to wait)");
    assertThat(millis).as("given up after about 1 s").isLessThan(2900);
  }

  @Test
  void theHelpsDefaults_areTheLibrarys() {
    ProviderConfig defaults = ProviderConfig.builder()
        .credentials(io.trunkline.core.Credentials.bearer("t-1234")).build();
    Cli.Result help = Cli.run("list", "--help");
    assertThat(help.out).contains("(default: " + defaults.callTimeout().toSeconds() + "s)")
        .contains("(default: " + defaults.connectTimeout().toSeconds() + "s)")
        .contains("(default: " + (defaults.retryPolicy().maxAttempts() - 1) + ";")
        .contains("--allow-insecure-http");
  }

  @Test
  void inventory_takesTheSameOptions_forEveryAccount() throws IOException {
    Path file = Files.writeString(dir.resolve("accounts.json"), "{\"accounts\": [{\"name\": \"a\", \"provider\": "
        + "\"fake\", \"baseUrl\": \"" + sim.baseUrl() + "\", \"credentials\": {\"token\": \"" + FakeSimulator.TOKEN
        + "\"}}]}");
    Cli.Result r = Cli.run("inventory", "--config", file.toString(), "--timeout", "2m", "--retries", "1",
        "--connect-timeout", "3s", "-o", "json");
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(last().callTimeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(last().connectTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(last().retryPolicy().maxAttempts()).isEqualTo(2);
  }

  @Test
  void badValues_areBadUsage_exit2() {
    List<String[]> bad = new ArrayList<>();
    bad.add(new String[] {"--timeout", "0"});
    bad.add(new String[] {"--timeout", "soon"});
    bad.add(new String[] {"--connect-timeout", "-1s"});
    bad.add(new String[] {"--retries", "-1"});
    bad.add(new String[] {"--retries", "many"});
    for (String[] option : bad) {
      Cli.Result r = Cli.run(Cli.args(Cli.args(new String[] {"list"}, option), account(sim.baseUrl())));
      assertThat(r.code).as(String.join(" ", option) + ": " + r).isEqualTo(2);
      assertThat(r.err).as(r.toString()).startsWith("trunkline: ").contains(option[0]);
    }
    assertThat(FakeProviderFactory.CONFIGS).as("nothing was opened").isEmpty();
  }

  // ---- proxy ----

  /**
   * The JVM's standard proxy properties are followed: with {@code http.proxyHost}/{@code http.proxyPort} pointing
   * at the simulator, a base URL that does not resolve is reached through it. ({@code java -jar} users pass them
   * with {@code JAVA_OPTS=-Dhttps.proxyHost=…} to the {@code trunkline} launcher.)
   */
  @Test
  void theJvmsProxyProperties_areFollowed() {
    Cli.Result direct = Cli.run(Cli.args(new String[] {"list", "--allow-insecure-http", "--retries", "0"},
        account(REMOTE)));
    assertThat(direct.code).as("without a proxy the host does not resolve: " + direct).isEqualTo(1);

    Map<String, String> saved = new java.util.HashMap<>();
    for (String key : List.of("http.proxyHost", "http.proxyPort", "http.nonProxyHosts")) {
      saved.put(key, System.getProperty(key));
    }
    try {
      System.setProperty("http.proxyHost", "127.0.0.1");
      System.setProperty("http.proxyPort", String.valueOf(java.net.URI.create(sim.baseUrl()).getPort()));
      System.setProperty("http.nonProxyHosts", "nothing.invalid");
      Cli.Result proxied = Cli.run(Cli.args(new String[] {"list", "--allow-insecure-http", "-o", "csv"},
          account(REMOTE)));
      assertThat(proxied.code).as(proxied.toString()).isZero();
      assertThat(proxied.out).startsWith("provider,id,name").contains("office-amsterdam");
    } finally {
      saved.forEach((key, value) -> {
        if (value == null) {
          System.clearProperty(key);
        } else {
          System.setProperty(key, value);
        }
      });
    }
  }

  @Test
  void aTypoInProvider_saysTheIdMeant() {
    Cli.Result r = Cli.run("list", "--provider", "fkae", "--token", "t-1234");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).startsWith("trunkline: unknown provider 'fkae' (did you mean 'fake'?); available: ");
  }

  private static ProviderConfig last() {
    ProviderConfig last = null;
    for (ProviderConfig config : FakeProviderFactory.CONFIGS) {
      last = config;
    }
    assertThat(last).as("a provider was opened").isNotNull();
    return last;
  }
}

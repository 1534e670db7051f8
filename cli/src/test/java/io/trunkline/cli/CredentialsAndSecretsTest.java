package io.trunkline.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.cli.fake.FakeChannelSimulator;
import io.trunkline.cli.fake.FakeSimulator;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Secrets from flags or the environment, and never printed: not in output, errors, or stack traces. */
class CredentialsAndSecretsTest {
  private FakeSimulator fake;
  private FakeChannelSimulator channel;

  @BeforeEach
  void start() {
    fake = new FakeSimulator();
    fake.start();
    fake.seedDemoData();
    channel = new FakeChannelSimulator();
    channel.start();
    channel.seedDemoData();
  }

  @AfterEach
  void stop() {
    fake.close();
    channel.close();
  }

  @Test
  void tokenFromTheEnvironment() {
    Cli.Result r = Cli.run(Map.of("TRUNKLINE_TOKEN", FakeSimulator.TOKEN),
        "list", "--provider", "fake", "--base-url", fake.baseUrl());
    assertThat(r.code).as(r.toString()).isZero();
    fake.server().verify(getRequestedFor(urlPathEqualTo("/v1/trunks"))
        .withHeader("Authorization", equalTo("Bearer " + FakeSimulator.TOKEN)));
  }

  @Test
  void theFlagWinsOverTheEnvironment() {
    Cli.Result r = Cli.run(Map.of("TRUNKLINE_TOKEN", "stale-env-token"),
        "list", "--provider", "fake", "--base-url", fake.baseUrl(), "--token", FakeSimulator.TOKEN);
    assertThat(r.code).as(r.toString()).isZero();
  }

  @Test
  void apiKeyFromTheEnvironment_chosenBecauseTheProviderAcceptsOnlyApiKeys() {
    Cli.Result r = Cli.run(Map.of("TRUNKLINE_TOKEN", "unused-token", "TRUNKLINE_API_KEY", FakeChannelSimulator.KEY),
        "caller-ids", "--provider", "fakechan", "--base-url", channel.baseUrl(), "--setting", "account-id=a");
    assertThat(r.code).as(r.toString()).isZero();
    channel.server().verify(getRequestedFor(urlPathEqualTo("/v1/caller-ids"))
        .withHeader("X-Channel-Key", equalTo(FakeChannelSimulator.KEY)));
  }

  @Test
  void userAndPassword_fromFlagAndEnvironment_areRefusedByAProviderThatWantsATokenByName() {
    Cli.Result r = Cli.run(Map.of("TRUNKLINE_PASSWORD", "env-password-123"),
        "list", "--provider", "fake", "--base-url", fake.baseUrl(), "--user", "alice");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("does not accept USER_PASSWORD credentials").doesNotContain("env-password-123");
  }

  /** Issue 19 #13: each account's own variables, TRUNKLINE_<PROVIDER>_…, as Credentials.fromEnvironment reads them. */
  @Test
  void theProvidersOwnEnvironmentVariables_areUsed_whenNoFlagAndNoSharedVariableIsGiven() {
    Cli.Result r = Cli.run(Map.of("TRUNKLINE_FAKE_TOKEN", FakeSimulator.TOKEN),
        "list", "--provider", "fake", "--base-url", fake.baseUrl());
    assertThat(r.code).as(r.toString()).isZero();
    Cli.Result half = Cli.run(Map.of("TRUNKLINE_FAKE_USER", "alice"),
        "list", "--provider", "fake", "--base-url", fake.baseUrl());
    assertThat(half.code).isEqualTo(2);
    assertThat(half.err).contains("TRUNKLINE_FAKE_PASSWORD").doesNotContain("alice");
  }

  @Test
  void missingOrConflictingCredentials_areUsageErrors() {
    Cli.Result none = Cli.run("list", "--provider", "fake", "--base-url", fake.baseUrl());
    assertThat(none.code).isEqualTo(2);
    assertThat(none.err).contains("provider 'fake' needs credentials: --token or TRUNKLINE_TOKEN")
        .contains("TRUNKLINE_FAKE_TOKEN");
    Cli.Result both = Cli.run("list", "--provider", "fake", "--token", "a1", "--api-key", "b2");
    assertThat(both.code).isEqualTo(2);
    assertThat(both.err).contains("give one kind of credentials, not --token and --api-key");
    Cli.Result passwordOnly = Cli.run("list", "--provider", "fake", "--password", "p");
    assertThat(passwordOnly.code).isEqualTo(2);
    assertThat(passwordOnly.err).contains("--password needs --user");
    Cli.Result userOnly = Cli.run("list", "--provider", "fake", "--user", "bob");
    assertThat(userOnly.code).isEqualTo(2);
    assertThat(userOnly.err).contains("TRUNKLINE_PASSWORD");
    Cli.Result empty = Cli.run("list", "--provider", "fake", "--token", "");
    assertThat(empty.code).isEqualTo(2);
    assertThat(empty.err).contains("--token must not be empty");
  }

  @Test
  void aWrongToken_isExit1_andTheTokenIsNeverPrinted_evenWithDebug() {
    String secret = "wrong-secret-token-4711";
    Cli.Result r = Cli.run("list", "--provider", "fake", "--base-url", fake.baseUrl(), "--token", secret, "--debug");
    assertThat(r.code).isEqualTo(1);
    assertThat(r.err).contains("HTTP 401", "invalid token", "\tat ");
    assertThat(r.out + r.err).doesNotContain(secret);
    Cli.Result env = Cli.run(Map.of("TRUNKLINE_TOKEN", secret), "list", "--provider", "fake", "--base-url",
        fake.baseUrl(), "--debug");
    assertThat(env.code).isEqualTo(1);
    assertThat(env.out + env.err).doesNotContain(secret);
  }

  @Test
  void aSecretInAMistypedCommand_isNotEchoed() {
    String secret = "typo-secret-9921";
    Cli.Result r = Cli.run("list", "--provider", "fake", "--tokn", secret);
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("unknown option '--tokn'", "--token").doesNotContain(secret);
    Cli.Result eq = Cli.run("list", "--provider", "fake", "--tokn=" + secret);
    assertThat(eq.err).contains("'--tokn=...'").doesNotContain(secret);
  }

  @Test
  void aSecretThatReachesAnErrorMessage_isMasked() {
    // the secret is also the provider id here: the message names the provider, and must mask the token anyway
    String secret = "masked-value-5521";
    Cli.Result r = Cli.run(Map.of("TRUNKLINE_TOKEN", secret), "list", "--provider", secret);
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("unknown provider '****'").doesNotContain(secret);
  }

  @Test
  void requiredSettingMissing_isExit2_andAnUnknownSettingIsWarnedAbout() {
    Cli.Result missing = Cli.run("caller-ids", "--provider", "fakechan", "--base-url", channel.baseUrl(),
        "--api-key", FakeChannelSimulator.KEY);
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).contains("needs the setting account-id");
    Cli.Result typo = Cli.run("caller-ids", "--provider", "fakechan", "--base-url", channel.baseUrl(),
        "--api-key", FakeChannelSimulator.KEY, "--setting", "account-id=1", "--setting", "acount=2");
    assertThat(typo.code).isZero();
    assertThat(typo.err).contains("warning: provider 'fakechan' does not use the setting 'acount'; it knows account-id");
    Cli.Result malformed = Cli.run("caller-ids", "--provider", "fakechan", "--setting", "novalue");
    assertThat(malformed.code).isEqualTo(2);
  }

  @Test
  void plainHttpToARemoteHost_isRefusedBeforeAnyRequest() {
    Cli.Result r = Cli.run("list", "--provider", "fake", "--base-url", "http://trunks.example.com", "--token", "t0k3n");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("HTTPS is required");
    assertThat(fake.server().findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}

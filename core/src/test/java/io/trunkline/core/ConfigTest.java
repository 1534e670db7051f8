package io.trunkline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.spi.ProviderContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigTest {
  private static final ProviderMetadata METADATA = ProviderMetadata.builder()
      .id("acme").displayName("Acme").defaultBaseUrl("https://api.acme.example")
      .addCredentialKinds(Credentials.Kind.BEARER).addRequiredSettings("account-id", "property-sid")
      .addCapabilities(Capability.LIST).build();

  private static ProviderConfig.Builder config() {
    return ProviderConfig.builder().credentials(Credentials.bearer("t0ken-value"))
        .putSettings("account-id", "a").putSettings("property-sid", "p");
  }

  private static ProviderContext open(ProviderConfig config) {
    return ProviderContext.builder(METADATA, config).build();
  }

  @Test
  void defaultBaseUrl_comesFromTheMetadata() {
    try (ProviderContext context = open(config().build())) {
      assertThat(context.http().baseUrl().toString()).isEqualTo("https://api.acme.example/");
    }
  }

  @Test
  void plainHttp_isRefusedForANonLoopbackHost_unlessOptedIn() {
    assertThatThrownBy(() -> open(config().baseUrl("http://api.acme.example").build()))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("HTTPS is required");
    open(config().baseUrl("http://api.acme.example").allowInsecureHttp(true).build()).close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:8080/prefix"})
  void plainHttp_isAllowedOnLoopback(String url) {
    open(config().baseUrl(url).build()).close();
  }

  @Test
  void baseUrlWithUserInfo_isRefused_withoutEchoingIt() {
    assertThatThrownBy(() -> open(config().baseUrl("https://user:pw-secret@api.acme.example").build()))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageNotContaining("pw-secret");
  }

  @Test
  void missingSettings_areNamed() {
    assertThatThrownBy(() -> open(ProviderConfig.builder().credentials(Credentials.bearer("t0ken")).build()))
        .isInstanceOf(TrunkConfigurationException.class)
        .hasMessage("provider 'acme' needs the settings account-id, property-sid");
  }

  @Test
  void wrongCredentialKind_isRefused() {
    assertThatThrownBy(() -> open(config().credentials(Credentials.userPassword("u", Secret.of("pw-123"))).build()))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("does not accept USER_PASSWORD");
  }

  @Test
  void crlfInATokenOrSetting_isRefused_withoutEchoingIt() {
    assertThatThrownBy(() -> open(config().credentials(Credentials.bearer("abc\r\nX-Evil: 1")).build()))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageNotContaining("X-Evil");
    assertThatThrownBy(() -> config().putSettings("x", "a\nb").build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void controlCharactersInASettingOrTheUserAgentSuffix_areRefused_namingTheField() {
    assertThatThrownBy(() -> config().putSettings("account-id", "a\rb").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("setting account-id must not contain control characters such as CR or LF");
    assertThatThrownBy(() -> config().userAgentSuffix("app/1\n").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userAgentSuffix must not contain control characters such as CR or LF");
    assertThat(config().userAgentSuffix("app/1").putSettings("account-id", "a-1").build().setting("account-id"))
        .contains("a-1");
  }

  @Test
  void settingsLookups() {
    ProviderConfig c = config().putAllSettings(Map.of("extra", "1")).build();
    assertThat(c.setting("extra")).contains("1");
    assertThat(c.setting("nope")).isEmpty();
  }

  @Test
  void apiKeyAsBearer_refusesAnApiKeyForAnotherHeader() {
    ProviderMetadata keyed = ProviderMetadata.builder().from(METADATA).credentialKinds(java.util.Set.of(Credentials.Kind.API_KEY))
        .build();
    ProviderConfig otherHeader = config().credentials(Credentials.apiKey("X-Key", Secret.of("k-123456"))).build();

    assertThatThrownBy(() -> ProviderContext.builder(keyed, otherHeader).apiKeyAsBearer().build())
        .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("'Authorization: Bearer <key>'")
        .hasMessageNotContaining("k-123456");
    ProviderContext.builder(keyed, config().credentials(Credentials.apiKey(Secret.of("k-123456"))).build())
        .apiKeyAsBearer().build().close();
  }
}

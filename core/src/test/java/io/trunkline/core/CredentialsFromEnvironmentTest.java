package io.trunkline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.error.TrunkConfigurationException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Credentials#fromEnvironment(String, Map)}: the variables it reads, and errors that never show a value. */
class CredentialsFromEnvironmentTest {
  private static final String VALUE = "s3cret-from-env";

  @Test
  void token_isBearer() {
    Credentials c = Credentials.fromEnvironment("pbx", Map.of("TRUNKLINE_PBX_TOKEN", VALUE));
    assertThat(c).isEqualTo(Credentials.bearer(VALUE));
    assertThat(c.toString()).doesNotContain(VALUE);
  }

  @Test
  void apiKey_withAndWithoutHeader() {
    assertThat(Credentials.fromEnvironment("flex", Map.of("TRUNKLINE_FLEX_API_KEY", VALUE)))
        .isEqualTo(Credentials.apiKey(Secret.of(VALUE)));
    Credentials inHeader = Credentials.fromEnvironment("flex",
        Map.of("TRUNKLINE_FLEX_API_KEY", VALUE, "TRUNKLINE_FLEX_API_KEY_HEADER", "X-Api-Key"));
    assertThat(inHeader.kind()).isEqualTo(Credentials.Kind.API_KEY);
    assertThat(inHeader.name()).contains("X-Api-Key");
    assertThat(inHeader.secret().reveal()).isEqualTo(VALUE);
  }

  @Test
  void userAndPassword_andTheProviderIdIsUpperCasedWithUnderscores() {
    Credentials c = Credentials.fromEnvironment("properties-v2",
        Map.of("TRUNKLINE_PROPERTIES_V2_USER", "ops", "TRUNKLINE_PROPERTIES_V2_PASSWORD", VALUE));
    assertThat(c).isEqualTo(Credentials.userPassword("ops", Secret.of(VALUE)));
  }

  @Test
  void anotherProvidersVariables_andEmptyOnes_areNotRead() {
    Map<String, String> env = Map.of("TRUNKLINE_FLEX_TOKEN", VALUE, "TRUNKLINE_PBX_TOKEN", "",
        "TRUNKLINE_TOKEN", VALUE);
    assertThatThrownBy(() -> Credentials.fromEnvironment("pbx", env))
        .isInstanceOf(TrunkConfigurationException.class)
        .hasMessage("no credentials for provider pbx in the environment: set TRUNKLINE_PBX_TOKEN, or "
            + "TRUNKLINE_PBX_API_KEY, or TRUNKLINE_PBX_USER and TRUNKLINE_PBX_PASSWORD");
  }

  @Test
  void aMissingPartner_isNamed_andNoValueIsShown() {
    assertThatThrownBy(() -> Credentials.fromEnvironment("pbx", Map.of("TRUNKLINE_PBX_USER", VALUE)))
        .isInstanceOf(TrunkConfigurationException.class)
        .hasMessage("TRUNKLINE_PBX_USER is set but TRUNKLINE_PBX_PASSWORD is not");
    assertThatThrownBy(() -> Credentials.fromEnvironment("pbx", Map.of("TRUNKLINE_PBX_PASSWORD", VALUE)))
        .hasMessage("TRUNKLINE_PBX_PASSWORD is set but TRUNKLINE_PBX_USER is not");
    assertThatThrownBy(() -> Credentials.fromEnvironment("pbx", Map.of("TRUNKLINE_PBX_API_KEY_HEADER", "X-Key",
        "TRUNKLINE_PBX_TOKEN", VALUE)))
        .hasMessage("TRUNKLINE_PBX_API_KEY_HEADER is set but TRUNKLINE_PBX_API_KEY is not");
  }

  @Test
  void twoKinds_areAmbiguous_andNamed() {
    Map<String, String> env = new HashMap<>();
    env.put("TRUNKLINE_PBX_TOKEN", VALUE);
    env.put("TRUNKLINE_PBX_API_KEY", VALUE);
    assertThatThrownBy(() -> Credentials.fromEnvironment("pbx", env))
        .isInstanceOf(TrunkConfigurationException.class)
        .hasMessageContaining("TRUNKLINE_PBX_TOKEN and TRUNKLINE_PBX_API_KEY")
        .message().doesNotContain(VALUE);
  }

  @Test
  void unusableValues_nameTheVariable_notTheValue() {
    String badHeader = "X Bad " + VALUE;
    assertThatThrownBy(() -> Credentials.fromEnvironment("pbx",
        Map.of("TRUNKLINE_PBX_API_KEY", VALUE, "TRUNKLINE_PBX_API_KEY_HEADER", badHeader)))
        .isInstanceOf(TrunkConfigurationException.class)
        .hasMessageStartingWith("TRUNKLINE_PBX_API_KEY_HEADER is not a usable header name")
        .message().doesNotContain(VALUE);
    assertThatThrownBy(() -> Credentials.fromEnvironment("pbx",
        Map.of("TRUNKLINE_PBX_USER", "   ", "TRUNKLINE_PBX_PASSWORD", VALUE)))
        .isInstanceOf(TrunkConfigurationException.class)
        .hasMessage("TRUNKLINE_PBX_USER is not a usable user name");
  }

  @Test
  void theProcessEnvironment_isTheDefault() {
    // The one-argument form reads System.getenv(): no variable exists for a provider id nobody uses.
    String id = "no-such-provider-" + System.nanoTime();
    assertThatThrownBy(() -> Credentials.fromEnvironment(id)).isInstanceOf(TrunkConfigurationException.class)
        .hasMessageContaining(Credentials.environmentPrefix(id) + "TOKEN");
  }
}

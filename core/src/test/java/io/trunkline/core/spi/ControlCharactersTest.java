package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Credentials;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One rule for control characters, applied alike to header values and credentials. */
class ControlCharactersTest {
  private static final List<String> CONTROLS = List.of("a\rb", "a\nb", "a\tb", "a\u0000b", "a\u007fb", "a\u0085b");

  @Test
  void c0DelAndC1AreControlCharacters() {
    assertThat(CONTROLS).allMatch(ControlCharacters::in);
    assertThat(List.of("plain", "ümlaut", "a b", "+49 30")).noneMatch(ControlCharacters::in);
  }

  @Test
  void headerValuesAndCredentialsFollowTheSameRule() {
    try (EngineFixture fx = new EngineFixture()) {
      for (String value : CONTROLS) {
        assertThatThrownBy(() -> ApiRequest.get("/x").header("X-Test", value))
            .isInstanceOf(TrunkValidationException.class).hasMessageNotContaining(value);
        assertThatThrownBy(() -> fx.context(fx.config().credentials(Credentials.bearer(value)).build()))
            .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("control character");
      }
    }
  }
}

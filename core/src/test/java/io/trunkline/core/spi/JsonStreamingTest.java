package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the streaming path uses instead of the mapper is configured and writes as the mapper does. */
class JsonStreamingTest {
  private static void readAll(String json) throws Exception {
    try (JsonParser p = Json.factory().createParser(json)) {
      while (p.nextToken() != null) {
        p.getText();
      }
    }
  }

  @Test
  void theStreamingFactory_hasTheMappersLimits_andRefusesDuplicateKeys_withoutACodec() throws Exception {
    assertThat(Json.factory()).isNotSameAs(Json.mapper().getFactory());
    assertThat(Json.factory().streamReadConstraints().getMaxNestingDepth()).isEqualTo(Json.MAX_NESTING_DEPTH)
        .isEqualTo(Json.mapper().getFactory().streamReadConstraints().getMaxNestingDepth());
    assertThat(Json.factory().streamReadConstraints().getMaxNumberLength()).isEqualTo(Json.MAX_NUMBER_LENGTH);
    assertThat(Json.factory().streamReadConstraints().getMaxStringLength()).isEqualTo(Json.MAX_STRING_LENGTH);
    assertThat(Json.factory().streamReadConstraints().getMaxDocumentLength()).isEqualTo(64L * 1024 * 1024);

    assertThatThrownBy(() -> readAll("[".repeat(65) + "]".repeat(65))).isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("nesting depth");
    assertThatThrownBy(() -> readAll("{\"a\":1,\"a\":2}")).isInstanceOf(StreamReadException.class)
        .hasMessageContaining("Duplicate field 'a'");
    try (JsonParser p = Json.factory().createParser("{}")) {
      assertThat(p.getCodec()).isNull();
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
    }
  }

  @Test
  void anObject_madeWithoutTheMapper_isTheMappersEmptyObject_withExactDecimals() {
    assertThat(Json.object()).isEqualTo(Json.mapper().createObjectNode()).isEmpty();
    assertThat(Json.object().put("d", new BigDecimal("1.50")).get("d").decimalValue()).isEqualTo("1.50");
  }

  @ParameterizedTest
  @ValueSource(strings = {"plain", "quo\"te", "back\\slash", "tab\tnew\nline\r", "\u0000\u001f\u007f", "</script>",
      "é€😀", "a/b", "\u2028\u2029", ""})
  void aSecretsJsonForm_isWhatTheMapperWrites(String secret) throws Exception {
    String json = Json.mapper().writeValueAsString(secret);

    assertThat(Masker.jsonEscaped(secret)).isEqualTo(json.substring(1, json.length() - 1));
  }
}

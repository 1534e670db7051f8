package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Secret-looking names inside a value kept in attributes are dropped at any depth; the byte scan never misses one. */
class NestedSecretsTest {
  private static JsonNode tree(String json) throws Exception {
    return Json.mapper().readTree(json);
  }

  private static boolean mayHold(String json) {
    return NestedSecrets.mayHold(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aValueWithoutSecretNames_isKeptItself() throws Exception {
    JsonNode value = tree("{\"a\":{\"b\":[{\"c\":\"password\"}]},\"left\":3}");
    assertThat(NestedSecrets.dropped(value)).isSameAs(value);
    JsonNode scalar = tree("\"secret\"");
    assertThat(NestedSecrets.dropped(scalar)).isSameAs(scalar);
  }

  @Test
  void secretNames_areDroppedAtAnyDepth_theRestInItsOrder() throws Exception {
    JsonNode value = tree("{\"z\":1,\"sip_password\":\"p\",\"a\":[{\"apiKey\":\"k\",\"b\":2},[{\"Token\":{\"x\":1}}]],"
        + "\"c\":{\"client-secret\":\"s\"}}");
    JsonNode dropped = NestedSecrets.dropped(value);
    assertThat(dropped.toString()).isEqualTo("{\"z\":1,\"a\":[{\"b\":2},[{}]],\"c\":{}}");
    assertThat(value.toString()).as("the value read is not changed").contains("sip_password");
  }

  @Test
  void theLettersTest_passesEverySecretName_andStopsNamesLackingAMarksLetters() {
    for (String name : new String[] {"sip_password", "PASSWD", "p-a-s-s-w-o-r-d", "client.Secret", "access_token",
        "Api-Key", "private key", "x_apikey_y", "tok_en1"}) {
      assertThat(SecretNames.looksSecret(name)).as(name).isTrue();
      assertThat(SecretNames.mayLookSecret(letters(name))).as(name).isTrue();
    }
    for (String name : new String[] {"request_line_uri_user_part", "type", "value", "pass", ""}) {
      assertThat(SecretNames.mayLookSecret(letters(name))).as(name).isFalse();
    }
    assertThat(SecretNames.mayLookSecret(letters("keyton"))).as("all of token's letters, not in order").isTrue();
    assertThat(SecretNames.looksSecret("keyton")).isFalse();
  }

  private static int letters(String name) {
    int letters = 0;
    for (byte b : name.getBytes(StandardCharsets.US_ASCII)) {
      letters |= SecretNames.letterBit(b);
    }
    return letters;
  }

  @Test
  void theByteScan_saysMayHold_forEachSecretName_andForNamesItCannotJudge() {
    assertThat(mayHold("{\"a\":{\"b\":[{\"c\":\"password\"}]},\"d\":\"token\"}")).isFalse();
    assertThat(mayHold("[1,\"x\",{\"ok\" : true}]")).isFalse();
    assertThat(mayHold("{\"a\":{\"b\":[{\"Sip_Password\":1}]}}")).isTrue();
    assertThat(mayHold("{\"a\" \n: {\"private key\" :null}}")).isTrue();
    assertThat(mayHold("{\"a\":\"x\\\"y\",\"b\":1}")).as("an escaped quote in a value").isFalse();
    assertThat(mayHold("{\"pass\\u0077ord\":1}")).as("an escape in a name").isTrue();
    assertThat(mayHold("{\"n\u00e4me\":1}")).as("a name outside ASCII").isTrue();
    assertThat(mayHold("{\"a\":\"n\u00e4me\"}")).as("a value outside ASCII").isFalse();
  }
}

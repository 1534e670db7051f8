package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.model.SipTrunk;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared mapper and the engine refuse hostile or broken JSON with the SDK's own exception. */
class JsonHardeningTest {
  private final EngineFixture fx = new EngineFixture();

  @AfterEach
  void stop() {
    fx.close();
  }

  private Object fetch(String body, Class<?> type) {
    fx.server.stubFor(get("/x").willReturn(okJson(body)));
    return fx.engine().execute(ApiRequest.get("/x").build(), type);
  }

  @Test
  void unknownFields_areTolerated() {
    SipTrunk trunk = (SipTrunk) fetch("{\"provider\":\"p\",\"id\":\"1\",\"brand_new_vendor_field\":{\"a\":[1]}}",
        SipTrunk.class);

    assertThat(trunk.id()).isEqualTo("1");
  }

  @Test
  void nesting100Deep_isRefusedWithAClearError() {
    String deep = "[".repeat(100) + "]".repeat(100);

    assertThatThrownBy(() -> fetch(deep, JsonNode.class))
        .isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void tenMegabyteBody_isRefused() {
    String big = "[" + "\"0123456789abcdef\",".repeat(640 * 1024) + "0]";

    assertThatThrownBy(() -> fetch(big, JsonNode.class))
        .isInstanceOfSatisfying(TrunkResponseException.class, e -> assertThat(e.tooLarge()).isTrue());
  }

  @Test
  void gzipBomb_isCutOffCountingDecodedBytes() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write('[');
      byte[] chunk = "0,".repeat(8192).getBytes();
      for (int i = 0; i < 1200; i++) {
        gz.write(chunk);
      }
      gz.write('0');
      gz.write(']');
    }
    assertThat(zipped.size()).isLessThan(200 * 1024);
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withHeader("Content-Encoding", "gzip").withBody(zipped.toByteArray())));

    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOfSatisfying(TrunkResponseException.class, e -> assertThat(e.tooLarge()).isTrue());
  }

  @Test
  void trailingGarbage_isRefused() {
    assertThatThrownBy(() -> fetch("{\"id\":42}<html>", JsonNode.class)).isInstanceOf(TrunkResponseException.class);
  }

  @Test
  void duplicateKeys_areRefused() {
    assertThatThrownBy(() -> fetch("{\"id\":1,\"id\":2}", JsonNode.class))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("Duplicate field");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "null", "[]"})
  void emptyNullOrWrongShape_whereAnObjectIsDue_isAParseError(String body) {
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(body)));

    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.get("/x").build(), SipTrunk.class))
        .isInstanceOf(TrunkResponseException.class);
  }

  @Test
  void missingRequiredField_namesTheField() {
    assertThatThrownBy(() -> fetch("{\"provider\":\"p\"}", SipTrunk.class))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("id");
  }

  @Test
  void thousandDigitNumber_isRefused() {
    assertThatThrownBy(() -> fetch("{\"n\":" + "9".repeat(1200) + "}", JsonNode.class))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("Number value length");
  }

  @Test
  void decimals_roundTripExactly() throws Exception {
    JsonNode node = Json.mapper().readTree("{\"max_cost\":0.1799999999999999999}");

    assertThat(node.get("max_cost").decimalValue()).isEqualTo(new BigDecimal("0.1799999999999999999"));
    assertThat(Json.mapper().writeValueAsString(node)).isEqualTo("{\"max_cost\":0.1799999999999999999}");
  }

  @Test
  void polymorphicPayloads_stayPlainData_andTheMapperHasNoDefaultTyping() throws Exception {
    JsonNode node = Json.mapper().readTree("{\"@class\":\"java.net.URL\",\"x\":[\"java.util.HashMap\",{}]}");
    @SuppressWarnings("unchecked")
    Map<String, Object> map = Json.mapper().readValue("{\"@class\":\"java.net.URL\"}", Map.class);

    assertThat(node).isInstanceOf(ObjectNode.class);
    assertThat(map.get("@class")).isEqualTo("java.net.URL");
    assertThat(Json.mapper().getPolymorphicTypeValidator().getClass().getSimpleName())
        .isEqualTo("LaissezFaireSubTypeValidator");
    assertThat(Json.mapper().getDeserializationConfig().getDefaultTyper(null)).isNull();
    assertThat(Json.mapper().isEnabled(MapperFeature.BLOCK_UNSAFE_POLYMORPHIC_BASE_TYPES)).isTrue();
  }
}

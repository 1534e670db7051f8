package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.trunkline.core.error.TrunkResponseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A reader of {@link Json#mapper()} (or of a copy) reads a body through our own counting parser, with the reader's
 * codec and features; a reader of another mapper through its own parser; and the budget and the hardened limits
 * hold on both paths, through the engine.
 */
class ReaderParsersTest {
  private final EngineFixture fx = new EngineFixture();

  @AfterEach
  void stop() {
    fx.close();
  }

  /** The typed answer of the tests: one field, the others ignored. */
  public static final class Answer {
    public int id;
  }

  private static JsonParser parser(ObjectReader reader, String json) throws IOException {
    return ReaderParsers.create(reader, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theMappersReaders_andACopysReaders_getOurParser_withTheirCodec() throws IOException {
    ObjectMapper copy = Json.mapper().copy();
    for (ObjectMapper mapper : new ObjectMapper[] {Json.mapper(), copy, Json.mapper()}) {
      ObjectReader reader = mapper.readerFor(Answer.class);
      try (JsonParser p = parser(reader, "{\"id\":7,\"x\":[1]}")) {
        assertThat(p).isInstanceOf(PageJsonParser.class);
        assertThat(p.getCodec()).isSameAs(mapper);
        assertThat(reader.<Answer>readValue(p).id).isEqualTo(7);
      }
    }
  }

  @Test
  void anotherMappersReader_getsItsOwnParser() throws IOException {
    ObjectMapper other = new ObjectMapper();
    ObjectReader reader = other.readerFor(JsonNode.class);
    assertThat(ReaderParsers.parsesAsStreaming(other.getFactory())).isFalse();
    assertThat(ReaderParsers.parsesAsStreaming(Json.mapper().copy().getFactory())).isTrue();
    try (JsonParser p = parser(reader, "{\"a\":1,\"a\":2}")) {
      assertThat(p).isNotInstanceOf(PageJsonParser.class);
      assertThat(reader.<JsonNode>readValue(p).toString()).isEqualTo("{\"a\":2}");   // no duplicate check there
    }
  }

  @Test
  void theReadersOwnParserFeatures_areApplied() throws IOException {
    String json = "{/* note */\"a\":1}";
    ObjectReader commented = Json.mapper().readerFor(JsonNode.class).with(JsonReadFeature.ALLOW_JAVA_COMMENTS);
    try (JsonParser p = parser(commented, json)) {
      assertThat(p).isInstanceOf(PageJsonParser.class);
      assertThat(commented.<JsonNode>readValue(p).toString()).isEqualTo("{\"a\":1}");
    }
    ObjectReader plain = Json.mapper().readerFor(JsonNode.class);
    try (JsonParser p = parser(plain, json)) {
      assertThatThrownBy(() -> plain.readValue(p)).hasMessageContaining("ALLOW_COMMENTS");
    }
  }

  private void answer(String body) {
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(body)));
  }

  private Answer read(ObjectReader reader, int maxItems, long maxTokens) {
    HttpEngine engine = fx.context(fx.config().maxItemsPerPage(maxItems).maxJsonTokens(maxTokens).build()).http();
    return engine.execute(ApiRequest.get("/x").build(), response -> response.json(reader));
  }

  @Test
  void aCopysReader_throughTheEngine_keepsEveryLimit() {
    ObjectReader reader = Json.mapper().copy().readerFor(Answer.class);
    // { id 1 x [ 1 2 3 ] }: 10 tokens, the ignored value's counted too (our parser counts what skipChildren passes)
    answer("{\"id\":1,\"x\":[1,2,3]}");
    assertThat(read(reader, 3, 10).id).isEqualTo(1);
    assertThatThrownBy(() -> read(reader, 3, 9))
        .isInstanceOfSatisfying(TrunkResponseException.class, e -> assertThat(e.tooLarge()).isTrue())
        .hasMessageContaining("more than 9 JSON tokens").hasMessageContaining("ProviderConfig.maxJsonTokens");
    assertThatThrownBy(() -> read(reader, 2, 10))
        .isInstanceOfSatisfying(TrunkResponseException.class, e -> assertThat(e.tooLarge()).isTrue())
        .hasMessageContaining("an array of more than 2 items");

    answer("{\"id\":1,\"id\":2}");
    assertThatThrownBy(() -> read(reader, 10, 100)).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("Duplicate field 'id'");

    answer("{\"id\":1} {\"id\":2}");
    assertThatThrownBy(() -> read(reader, 10, 100)).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("Trailing token");

    answer("{\"id\":1,\"x\":" + "[".repeat(Json.MAX_NESTING_DEPTH) + "]".repeat(Json.MAX_NESTING_DEPTH) + "}");
    assertThatThrownBy(() -> read(reader, 10, 1000)).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("Document nesting depth (65) exceeds the maximum allowed (64");

    answer("{\"id\":1,\"x\":" + "9".repeat(Json.MAX_NUMBER_LENGTH + 1) + "}");
    assertThatThrownBy(() -> read(reader, 10, 1000)).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("Number value length (101) exceeds the maximum allowed (100");
  }
}

package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.model.SipTrunk;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a body may expand into is bounded by configuration: at most {@code maxItemsPerPage} elements in any array
 * and {@code maxJsonTokens} tokens per body, in every reader core offers (typed, tree, the kit's streamed pages and
 * items); passing either is {@link TrunkResponseException} ({@code tooLarge()}) naming the limit and its setting, not retried.
 * A {@link PageJsonParser} counts its own moves, any other parser through a delegate: the same count, refused at
 * the same move, whichever of the parser's moving methods reads it.
 */
class JsonBudgetTest {
  private final EngineFixture fx = new EngineFixture();

  @AfterEach
  void stop() {
    fx.close();
  }

  private HttpEngine engine(int maxItems, long maxTokens) {
    return fx.context(fx.config().maxItemsPerPage(maxItems).maxJsonTokens(maxTokens).build()).http();
  }

  private void answer(String body) {
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody(body)));
  }

  private static String objects(int n, String each) {
    return "[" + String.join(",", java.util.Collections.nCopies(n, each)) + "]";
  }

  @Test
  void anArrayLongerThanMaxItemsPerPage_isTooLarge_inEveryReader_andNotRetried() {
    HttpEngine engine = engine(100, 1_000_000);
    answer(objects(101, "{\"id\":1}"));
    List<ResponseReader<?>> readers = List.of(
        ResponseReader.json(JsonNode.class),
        ResponseReader.json(new TypeReference<List<Map<String, Object>>>() {}),
        ApiResponse::tree,
        TrunkFieldsTest.FIELDS.array(),
        TrunkFieldsTest.FIELDS.bareOrWrappedPage(List.of("items"), List.of()));
    for (ResponseReader<?> reader : readers) {
      assertThatThrownBy(() -> engine.execute(ApiRequest.get("/x").build(), reader))
          .isInstanceOfSatisfying(TrunkResponseException.class, e -> assertThat(e.tooLarge()).isTrue())
          .hasMessageContaining("more than 100 items").hasMessageContaining("ProviderConfig.maxItemsPerPage");
    }
    fx.server.verify(readers.size(), getRequestedFor(urlEqualTo("/x")));
  }

  @Test
  void anArrayOfExactlyMaxItemsPerPage_isRead() {
    answer(objects(100, "{\"id\":1}"));
    Paging.Chunk<SipTrunk> page = engine(100, 1_000_000).execute(ApiRequest.get("/x").build(),
        TrunkFieldsTest.FIELDS.array());
    assertThat(page.items).hasSize(100).allSatisfy(t -> assertThat(t.id()).isEqualTo("1"));
  }

  @Test
  void aNestedArray_countsToo() {
    answer("{\"items\":[{\"id\":1,\"tags\":" + objects(11, "0") + "}]}");
    assertThatThrownBy(() -> engine(10, 1_000_000).execute(ApiRequest.get("/x").build(),
        TrunkFieldsTest.FIELDS.page("items", null)))
        .isInstanceOfSatisfying(TrunkResponseException.class, e -> assertThat(e.tooLarge()).isTrue())
        .hasMessageContaining("maxItemsPerPage");
  }

  @Test
  void everyKindOfElement_countsToward_maxItemsPerPage_atAnyDepth_afterAFieldNameOrNot() {
    List<String> elements = List.of("\"s\"", "1", "1.5", "true", "null", "{}", "[]", "{\"k\":[0]}");
    for (String element : elements) {
      for (String shape : List.of("%s", "{\"a\":%s}", "[1,%s]", "{\"a\":{\"b\":%s}}", "[{\"a\":[[%s]]}]")) {
        String three = String.format(shape, objects(3, element));
        String four = String.format(shape, objects(4, element));
        answer(three);
        assertThat(engine(3, 1_000_000).execute(ApiRequest.get("/x").build(), JsonNode.class)).as(three).isNotNull();
        answer(four);
        assertThatThrownBy(() -> engine(3, 1_000_000).execute(ApiRequest.get("/x").build(), JsonNode.class))
            .as(four).isInstanceOfSatisfying(TrunkResponseException.class, e -> assertThat(e.tooLarge()).isTrue())
            .hasMessageContaining("an array of more than 3 items");
      }
    }
  }

  @Test
  void moreTokensThanMaxJsonTokens_isTooLarge_andNamesTheSetting() {
    // {"id":1} is 4 tokens, the array 2 more: 10 objects are 42 tokens
    answer(objects(10, "{\"id\":1}"));
    assertThat(engine(10_000, 42).execute(ApiRequest.get("/x").build(), JsonNode.class)).hasSize(10);
    for (ResponseReader<?> reader : List.<ResponseReader<?>>of(ResponseReader.json(JsonNode.class), ApiResponse::tree,
        TrunkFieldsTest.FIELDS.array(), TrunkFieldsTest.FIELDS.item())) {
      assertThatThrownBy(() -> engine(10_000, 41).execute(ApiRequest.get("/x").build(), reader))
          .isInstanceOfSatisfying(TrunkResponseException.class, e -> assertThat(e.tooLarge()).isTrue())
          .hasMessageContaining("more than 41 JSON tokens").hasMessageContaining("ProviderConfig.maxJsonTokens");
    }
  }

  @Test
  void theTokenLimitPassedInsideAListElement_isTooLargeToo_thoughJacksonWrapsIt() {
    answer(objects(10, "{\"id\":1}"));
    assertThatThrownBy(() -> engine(10_000, 20).execute(ApiRequest.get("/x").build(),
        ResponseReader.json(new TypeReference<List<Map<String, Object>>>() {})))
        .isInstanceOfSatisfying(TrunkResponseException.class, e -> assertThat(e.tooLarge()).isTrue())
        .hasMessageContaining("ProviderConfig.maxJsonTokens");
  }

  @Test
  void aCompressedBodyOfEmptyObjects_underTheByteCap_stopsAtTheItemLimit() throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write('[');
      byte[] chunk = "{},".repeat(10_000).getBytes();
      for (int i = 0; i < 330; i++) {   // 9.9 MB of JSON, under the 10 MiB cap
        gz.write(chunk);
      }
      gz.write("{}]".getBytes());
    }
    assertThat(zipped.size()).isLessThan(64 * 1024);
    fx.server.stubFor(get("/x").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withHeader("Content-Encoding", "gzip").withBody(zipped.toByteArray())));

    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOfSatisfying(TrunkResponseException.class, e -> assertThat(e.tooLarge()).isTrue())
        .hasMessageContaining("more than 10000 items").hasMessageContaining("ProviderConfig.maxItemsPerPage");
  }

  @Test
  void trailingTokensAndEmptyBodies_areStillRefusedOrNull() throws IOException {
    answer("{\"id\":1} {\"id\":2}");
    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.get("/x").build(), JsonNode.class))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("Trailing token");
    assertThatThrownBy(() -> fx.engine().execute(ApiRequest.get("/x").build(), ApiResponse::tree))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("Trailing token");
    answer("  ");
    assertThat(fx.engine().execute(ApiRequest.get("/x").build(), ApiResponse::tree)).isNull();
  }

  @Test
  void theLimits_mustBePositive() {
    assertThatThrownBy(() -> fx.config().maxItemsPerPage(0).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxItemsPerPage");
    assertThatThrownBy(() -> fx.config().maxJsonTokens(0).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxJsonTokens");
    ProviderConfig defaults = fx.config().build();
    assertThat(defaults.maxItemsPerPage()).isEqualTo(10_000);
    assertThat(defaults.maxJsonTokens()).isEqualTo(300_000);
  }

  private JsonBudget budget(int maxItems, long maxTokens) {
    return JsonBudget.of(fx.config().maxItemsPerPage(maxItems).maxJsonTokens(maxTokens).build());
  }

  /** A watched parser of {@code json}: our own ({@code page}) or Jackson's (any other kind), same settings. */
  private static JsonParser watched(JsonBudget budget, String kind, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    JsonParser p = kind.equals("page") ? Json.factory().createParser(new ByteArrayInputStream(bytes))
        : Json.factory().createParser(bytes);
    assertThat(p instanceof PageJsonParser).isEqualTo(kind.equals("page"));
    JsonParser watched = budget.watch(p);
    assertThat(watched == p).as("no delegate for our parser").isEqualTo(kind.equals("page"));
    return watched;
  }

  /** One move of {@code p} by the method numbered {@code how}, and what it answered. */
  private static String move(JsonParser p, int how) throws IOException {
    switch (how) {
      case 0:
        return "token " + p.nextToken();
      case 1:
        return "name " + p.nextFieldName();
      case 2:
        return "name b " + p.nextFieldName(new SerializedString("b"));
      case 3:
        return "text " + p.nextTextValue();
      case 4:
        return "int " + p.nextIntValue(-1);
      case 5:
        return "long " + p.nextLongValue(-1);
      case 6:
        return "boolean " + p.nextBooleanValue();
      default:
        return "value " + p.nextValue();
    }
  }

  /** The moves {@code script} makes (then nextToken to the end), each with the token it leaves; or the refusal. */
  private List<String> read(JsonBudget budget, String kind, String json, int... script) throws IOException {
    List<String> moves = new ArrayList<>();
    try (JsonParser p = watched(budget, kind, json)) {
      for (int i = 0; i < 200; i++) {
        String moved = move(p, i < script.length ? script[i] : 0);
        moves.add(moved + " @" + p.currentToken());
        if (p.currentToken() == null) {
          return moves;
        }
      }
    } catch (ResponseBodies.BodyTooLargeException e) {
      moves.add("refused: " + e.getMessage());
    }
    return moves;
  }

  @ParameterizedTest
  @ValueSource(strings = {"page", "jackson"})
  void everyMovingMethod_countsOneToken_andTheLimitsHoldAtTheSameMove(String kind) throws IOException {
    // 13 tokens: { a "x" b 1 c true d [ 1 2 ] }
    String json = "{\"a\":\"x\",\"b\":1,\"c\":true,\"d\":[1,2]}";
    int[] script = {0, 1, 3, 2, 4, 1, 6, 1, 0, 5, 5, 0, 0, 0};
    List<String> all = read(budget(2, 13), kind, json, script);
    assertThat(all).containsExactly("token START_OBJECT @START_OBJECT", "name a @FIELD_NAME", "text x @VALUE_STRING",
        "name b true @FIELD_NAME", "int 1 @VALUE_NUMBER_INT", "name c @FIELD_NAME", "boolean true @VALUE_TRUE",
        "name d @FIELD_NAME", "token START_ARRAY @START_ARRAY", "long 1 @VALUE_NUMBER_INT",
        "long 2 @VALUE_NUMBER_INT", "token END_ARRAY @END_ARRAY", "token END_OBJECT @END_OBJECT", "token null @null");
    for (int max = 1; max <= 12; max++) {   // refused at the move to token max + 1
      List<String> moves = read(budget(2, max), kind, json, script);
      assertThat(moves).hasSize(max + 1).startsWith(all.subList(0, max).toArray(new String[0]))
          .endsWith("refused: more than " + max + " JSON tokens");
    }
    assertThat(read(budget(1, 13), kind, json, script)).hasSize(11).startsWith(all.subList(0, 10).toArray(new String[0]))
        .endsWith("refused: an array of more than 1 items");
  }

  @Test
  void ourParser_andJacksons_countAlike_whateverMovesThem() throws IOException {
    Random random = new Random(18);
    List<String> docs = List.of("{\"a\":\"x\",\"b\":[1,2,{\"b\":false,\"c\":[\"s\",3]}],\"c\":{\"b\":true}}",
        "[[1,2,3],{\"a\":[4,5]},\"t\",7,true,null,[]]", "{\"b\":{\"b\":{\"b\":[[[1]]]}},\"a\":[{},{}]}", "  ");
    for (int n = 0; n < 2000; n++) {
      String json = docs.get(n % docs.size());
      int[] script = random.ints(40, 0, 8).toArray();
      int maxItems = 1 + random.nextInt(4);
      long maxTokens = 1 + random.nextInt(30);
      assertThat(read(budget(maxItems, maxTokens), "page", json, script)).as(json)
          .isEqualTo(read(budget(maxItems, maxTokens), "jackson", json, script));
    }
  }

  @Test
  void skipChildren_isCountedByOurParser_notThroughTheDelegate() throws IOException {
    String json = "[[1,2,3],4]";   // 7 tokens
    try (JsonParser page = watched(budget(10, 4), "page", json);
         JsonParser jackson = watched(budget(10, 4), "jackson", json)) {
      page.nextToken();
      page.nextToken();
      assertThatThrownBy(page::skipChildren).isInstanceOf(ResponseBodies.BodyTooLargeException.class)
          .hasMessageContaining("more than 4 JSON tokens");
      jackson.nextToken();
      jackson.nextToken();
      jackson.skipChildren();
      assertThat(jackson.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
    }
  }
}

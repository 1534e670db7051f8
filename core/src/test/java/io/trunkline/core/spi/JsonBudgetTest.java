package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.model.SipTrunk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a body may expand into is bounded by configuration: at most {@code maxItemsPerPage} elements in any array
 * and {@code maxJsonTokens} tokens per body, in every reader core offers (typed, tree, the kit's streamed pages and
 * items); passing either is {@link TrunkResponseException} ({@code tooLarge()}) naming the limit and its setting, not retried.
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
}

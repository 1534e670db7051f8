package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.model.SipTrunk;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nested attribute values of a streamed page are kept as text until read: they are still the nodes a tree read
 * gives (types, equality, JSON, edits), a duplicate key inside them is refused when the page is read (not later),
 * and many threads reading one trunk's values for the first time see the same values.
 */
class DeferredJsonTest {
  private static final String ITEM = "{\"id\":5,\"rules\":{\"a\":{\"value\":\"DEFAULT\",\"custom_value\":null},"
      + "\"b\":{\"value\":\"CUSTOM\",\"custom_value\":\"x\\\"y\"},\"n\":[1,2.50,12345678901234567890,true,null]},"
      + "\"tags\":[\"eu\",{\"k\":[]},[]],\"empty\":{},\"none\":[]}";
  private final EngineFixture fx = new EngineFixture();

  @AfterEach
  void stop() {
    fx.close();
  }

  private SipTrunk streamed(String item) {
    fx.server.stubFor(get("/p").willReturn(aResponse().withStatus(200).withBody("{\"items\":[" + item + "]}")));
    return fx.engine().execute(ApiRequest.get("/p").build(), TrunkFieldsTest.FIELDS.page("items", null)).items.get(0);
  }

  @Test
  void deferredValues_areTheNodesATreeReadGives_inTypeEqualityAndJson() throws Exception {
    SipTrunk lazy = streamed(ITEM);
    SipTrunk eager = TrunkFieldsTest.FIELDS.read(Json.mapper().readTree(ITEM));

    assertThat(lazy.attributes().get("rules")).isInstanceOf(ObjectNode.class);
    assertThat(lazy.attributes().get("tags")).isInstanceOf(ArrayNode.class);
    assertThat(lazy).isEqualTo(eager);
    assertThat(lazy.hashCode()).isEqualTo(eager.hashCode());
    assertThat(Json.mapper().writeValueAsString(lazy)).isEqualTo(Json.mapper().writeValueAsString(eager));
    assertThat(lazy.attributes().get("rules").get("b").get("custom_value").asText()).isEqualTo("x\"y");
    assertThat(lazy.attributes().get("rules").get("n").get(2).bigIntegerValue())
        .isEqualTo(new java.math.BigInteger("12345678901234567890"));
    assertThat(lazy.attributes().get("rules").get("n").get(1).decimalValue().scale()).as("exact decimals")
        .isEqualTo(2);
    assertThat(lazy.attributes().get("empty")).isEmpty();
    assertThat(lazy.attributes().get("none")).isEmpty();
  }

  @Test
  void deferredValues_canBeEdited_asAnyJacksonNode() {
    SipTrunk lazy = streamed(ITEM);
    ObjectNode rules = (ObjectNode) lazy.attributes().get("rules");
    rules.put("c", "added");
    rules.remove("a");
    ((ArrayNode) lazy.attributes().get("tags")).add("more");

    assertThat(rules.fieldNames()).toIterable().containsExactly("b", "n", "c");
    assertThat(lazy.attributes().get("tags")).hasSize(4).last().isEqualTo(TextNode.valueOf("more"));
  }

  @Test
  void aKeyTwice_insideANestedValue_isRefusedWhenThePageIsRead() {
    assertThatThrownBy(() -> streamed("{\"id\":1,\"extra\":{\"a\":{\"k\":1,\"k\":2}}}"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("'k' twice");
    StringBuilder many = new StringBuilder("{\"id\":1,\"extra\":{");
    for (int i = 0; i < 100; i++) {
      many.append("\"k").append(i).append("\":").append(i).append(',');
    }
    many.append("\"k7\":0}}");
    assertThatThrownBy(() -> streamed(many.toString()))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("'k7' twice");
    assertThat(streamed("{\"id\":1,\"extra\":{\"a\":{\"k\":1},\"b\":{\"k\":2}}}").attributes().get("extra"))
        .as("the same key in sibling objects").hasSize(2);
  }

  @Test
  void manyThreads_readingOneTrunksValuesFirst_allSeeTheSameValues() throws Exception {
    String expected = TrunkFieldsTest.FIELDS.read(Json.mapper().readTree(ITEM)).attributes().toString();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 5; round++) {
        SipTrunk lazy = streamed(ITEM);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> seen = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          seen.add(pool.submit(() -> {
            start.await();
            JsonNode rules = lazy.attributes().get("rules");
            return rules.size() + lazy.attributes().toString();
          }));
        }
        start.countDown();
        for (Future<String> f : seen) {
          assertThat(f.get()).isEqualTo("3" + expected);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

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
import java.nio.charset.StandardCharsets;
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
    return page(("{\"items\":[" + item + "]}").getBytes(StandardCharsets.UTF_8)).get(0);
  }

  private List<SipTrunk> page(byte[] body) {
    fx.server.stubFor(get("/p").willReturn(aResponse().withStatus(200).withBody(body)));
    return fx.engine().execute(ApiRequest.get("/p").build(), TrunkFieldsTest.FIELDS.page("items", null)).items;
  }

  @Test
  void aNestedValue_isKeptAsTheBytesItCameIn_andReadsAsTheTreeReaderReadsIt() throws Exception {
    String spaced = "{ \"id\" : 5 ,\n  \"rules\" :\t{ \"a\" : { \"value\" : \"\\u00e9t\u00e9\" } , \"n\" : [ 1 , 2.50 ] } ,"
        + " \"tags\" : [ \"eu\" , { \"k\" : [ ] } ] }";
    SipTrunk eager = TrunkFieldsTest.FIELDS.read(Json.mapper().readTree(spaced));
    byte[] page = ("{\"items\":[" + spaced + "," + ITEM + "]}").getBytes(StandardCharsets.UTF_8);

    List<SipTrunk> read = page(page);
    assertThat(read.get(0)).isEqualTo(eager);
    assertThat(read.get(0).attributes().get("rules").get("a").get("value").asText()).isEqualTo("\u00e9t\u00e9");
    assertThat(read.get(1)).isEqualTo(TrunkFieldsTest.FIELDS.read(Json.mapper().readTree(ITEM)));
    // with a byte-order mark first, and in UTF-16 (read as characters: the values are copied, not sliced)
    byte[] bom = new byte[page.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(page, 0, bom, 3, page.length);
    assertThat(page(bom)).isEqualTo(read);
    assertThat(page(new String(page, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16))).isEqualTo(read);
  }

  @Test
  void pagesOneAfterTheOther_ofEverySize_eachKeepTheirOwnValues() throws Exception {
    // a large page, then small ones: the spare array of an earlier page must not show through a later page's values
    for (int items : new int[] {400, 1, 3, 1}) {
      StringBuilder body = new StringBuilder("{\"items\":[");
      for (int i = 0; i < items; i++) {
        body.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"extra\":{\"n\":").append(items * 1000 + i)
            .append(",\"pad\":\"").append("x".repeat(i % 50)).append("\"}}");
      }
      List<SipTrunk> read = page(body.append("]}").toString().getBytes(StandardCharsets.UTF_8));
      assertThat(read).hasSize(items);
      for (int i = 0; i < items; i++) {
        assertThat(read.get(i).attributes().get("extra").get("n").asInt()).isEqualTo(items * 1000 + i);
        assertThat(read.get(i).attributes().get("extra").get("pad").asText()).hasSize(i % 50);
      }
    }
  }

  @Test
  void valuesEqualByteForByte_inOnePage_readAndEditEachAsItsOwn() throws Exception {
    String rules = "{\"a\":{\"value\":\"DEFAULT\",\"custom_value\":\"\"},\"n\":[1,2]}";
    String other = "{\"a\":{\"value\":\"DEFAULT\",\"custom_value\":\"x\"},\"n\":[1,2]}";
    List<String> items = List.of(
        "{\"id\":1,\"rules\":" + rules + ",\"tags\":[\"eu\"]}",
        "{\"id\":2,\"rules\":" + rules + ",\"tags\":[\"eu\"]}",
        "{\"id\":3,\"rules\":" + other + ",\"tags\":[\"us\"]}",
        "{\"id\":4,\"rules\":" + rules + ",\"tags\":[\"eu\"]}");
    List<SipTrunk> read = page(("{\"items\":[" + String.join(",", items) + "]}").getBytes(StandardCharsets.UTF_8));

    assertThat(read).hasSize(4);
    for (int i = 0; i < items.size(); i++) {
      assertThat(read.get(i)).isEqualTo(TrunkFieldsTest.FIELDS.read(Json.mapper().readTree(items.get(i))));
    }
    // an edit of one trunk's value is its own: the others still read the shared text
    ((ObjectNode) read.get(0).attributes().get("rules")).put("c", "added");
    ((ArrayNode) read.get(0).attributes().get("tags")).add("more");
    assertThat(read.get(0).attributes().get("rules").get("c").asText()).isEqualTo("added");
    assertThat(read.get(1).attributes().get("rules")).isEqualTo(Json.mapper().readTree(rules));
    assertThat(read.get(1).attributes().get("tags")).isEqualTo(Json.mapper().readTree("[\"eu\"]"));
    assertThat(read.get(3).attributes().get("rules").has("c")).isFalse();
  }

  @Test
  void slicesOfAPage_equalByteForByte_areOneArray() throws Exception {
    byte[] body = "[{\"a\":[1,{}]},[true],{\"a\":[1,{}]},{\"a\":[1,{ }]},[true],{\"a\":[1,{}]}]"
        .getBytes(StandardCharsets.UTF_8);
    PageBuffer.Recording page = new PageBuffer().record(new java.io.ByteArrayInputStream(body), -1);
    List<byte[]> texts = new ArrayList<>();
    try (com.fasterxml.jackson.core.JsonParser p = Json.mapper().getFactory().createParser(page);
        DeferredJson deferred = new DeferredJson(page)) {
      p.nextToken();
      while (p.nextToken().isStructStart()) {
        texts.add(deferred.text(p));
      }
    }

    assertThat(texts).extracting(t -> new String(t, StandardCharsets.UTF_8)).containsExactly(
        "{\"a\":[1,{}]}", "[true]", "{\"a\":[1,{}]}", "{\"a\":[1,{ }]}", "[true]", "{\"a\":[1,{}]}");
    assertThat(texts.get(2)).isSameAs(texts.get(0));
    assertThat(texts.get(5)).isSameAs(texts.get(0));
    assertThat(texts.get(4)).isSameAs(texts.get(1));
    assertThat(texts.get(3)).isNotSameAs(texts.get(0));
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
    // after a nested array or object closes, the names are the enclosing object's again
    assertThatThrownBy(() -> streamed("{\"id\":1,\"extra\":{\"a\":[{\"k\":1},[{\"k\":2}]],\"a\":2}}"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("'a' twice");
    assertThatThrownBy(() -> streamed("{\"id\":1,\"extra\":[{\"a\":{\"k\":1},\"b\":[],\"b\":3}]}"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("'b' twice");
    assertThat(streamed("{\"id\":1,\"extra\":[{\"k\":1},{\"k\":2,\"a\":[{\"k\":3}]}]}").attributes()
        .get("extra").get(1).get("a").get(0).get("k").asInt()).as("the same key in objects of one array").isEqualTo(3);
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

  @Test
  void fullTrunks_withValuesAcrossTheParsersBuffer_readAsTheTreeReaderReadsThem() throws Exception {
    // values of a few KB, read as bytes or (non-ASCII, escaped names, CR) as tokens, crossing 8 KB boundaries
    StringBuilder body = new StringBuilder("{\"items\":[");
    List<String> items = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      StringBuilder params = new StringBuilder("{");
      for (int k = 0; k < 40; k++) {
        params.append(k == 0 ? "" : ",").append("\"param_").append(k).append("\":{\"value\":")
            .append(k % 3 == 0 ? "\"DEFAULT\"" : k % 3 == 1 ? "-1.5e" + k : "[true,null,{}]")
            .append(",\"custom_value\":\"").append("v\\\"".repeat(k % 4)).append("\"}");
      }
      String odd = i % 5 == 0 ? ",\"\u00e9t\u00e9\":\"é\"" : i % 5 == 1 ? ",\"\\u0061b\":1"
          : i % 5 == 2 ? ",\r\n\"cr\":2" : "";
      String item = "{\"id\":" + i + ",\"inbound\":" + params + odd + "}, \"outbound\" : [ " + params + "}\n ] }";
      items.add(item);
      body.append(i == 0 ? "" : ",").append(item);
    }
    List<SipTrunk> read = page(body.append("]}").toString().getBytes(StandardCharsets.UTF_8));
    assertThat(read).hasSize(items.size());
    for (int i = 0; i < items.size(); i++) {
      SipTrunk eager = TrunkFieldsTest.FIELDS.read(Json.mapper().readTree(items.get(i)));
      assertThat(read.get(i)).isEqualTo(eager);
      assertThat(Json.mapper().writeValueAsString(read.get(i).attributes()))
          .isEqualTo(Json.mapper().writeValueAsString(eager.attributes()));
    }
  }
}

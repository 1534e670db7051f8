package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkState;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A page streamed item by item reads each trunk as the tree reader does, and still refuses duplicate keys
 * anywhere (the parser's own check is off for speed; the reader's bits and sets stand in for it).
 */
class TrunkPageReadingTest {
  private final EngineFixture fx = new EngineFixture();
  private final HttpEngine engine = fx.engine();
  private static final String ITEM = "{\"id\":17,\"label\":\"Berlin\",\"server\":\"sip.example\",\"server_port\":5061,"
      + "\"proto\":\"tls\",\"dids\":\"100;200\",\"keep_alive\":true,\"extra\":{\"a\":[1,2]},\"big\":12345678901}";

  @AfterEach
  void stop() {
    fx.close();
  }

  private Paging.Chunk<SipTrunk> page(String body) {
    fx.server.stubFor(get("/p").willReturn(aResponse().withStatus(200).withBody(body)));
    return engine.execute(ApiRequest.get("/p").build(), TrunkFieldsTest.FIELDS.page("items", "/total"));
  }

  @Test
  void streamedItems_readAsTheTreeReaderReadsThem() throws Exception {
    Paging.Chunk<SipTrunk> chunk = page("{\"total\":1,\"items\":[" + ITEM + "]}");
    SipTrunk fromTree = TrunkFieldsTest.FIELDS.read(Json.mapper().readTree(ITEM));
    assertThat(chunk.items).containsExactly(fromTree);
    assertThat(chunk.total).isEqualTo(OptionalLong.of(1));
    SipTrunk t = chunk.items.get(0);
    assertThat(t.id()).isEqualTo("17");
    assertThat(t.numbers()).isEqualTo(List.of("100", "200"));
    assertThat(t.attributes()).containsEntry("keep_alive", BooleanNode.TRUE)
        .containsKey("extra").containsKey("big");
    assertThat(t.attributes().get("big").longValue()).isEqualTo(12345678901L);
    assertThat(t.name()).contains("Berlin");
    assertThat(t.attributes()).doesNotContainKey("label").doesNotContainValue(TextNode.valueOf("Berlin"));
    assertThat(t.state()).isNotEqualTo(java.util.Optional.of(TrunkState.ACTIVE));
  }

  @Test
  void valuesStoredAsTheyAre_readAsTheTreeReaderReadsThem_attributesInTheirOrder() throws Exception {
    List<String> items = List.of(
        "{\"id\":\"7\",\"label\":\"\",\"keep_alive\":false,\"server\":\"h\",\"server_port\":70000,"
            + "\"region\":\"eu\",\"flag\":true,\"kind\":null}",
        "{\"id\":8,\"flag\":false,\"server_port\":\"5060\",\"keep_alive\":true,\"label\":\"b\","
            + "\"server\":\"h2\",\"kind\":\"k\",\"region\":1}",
        "{\"id\":9,\"label\":\"c\",\"keep_alive\":false,\"server\":\"h\",\"server_port\":5060,"
            + "\"region\":\"eu\",\"flag\":true,\"kind\":null}");
    List<SipTrunk> streamed = page("{\"items\":[" + String.join(",", items) + "]}").items;

    for (int i = 0; i < items.size(); i++) {
      SipTrunk fromTree = TrunkFieldsTest.FIELDS.read(Json.mapper().readTree(items.get(i)));
      assertThat(streamed.get(i)).isEqualTo(fromTree);
      assertThat(streamed.get(i).toString()).isEqualTo(fromTree.toString());
      assertThat(List.copyOf(streamed.get(i).attributes().keySet()))
          .isEqualTo(List.copyOf(fromTree.attributes().keySet()));
    }
    SipTrunk first = streamed.get(0);
    assertThat(first.name()).contains("");
    assertThat(first.port()).contains(70000);
    assertThat(first.attributes()).containsExactly(java.util.Map.entry("keep_alive", BooleanNode.FALSE),
        java.util.Map.entry("region", TextNode.valueOf("eu")), java.util.Map.entry("flag", BooleanNode.TRUE),
        java.util.Map.entry("kind", com.fasterxml.jackson.databind.node.NullNode.getInstance()));
    assertThat(streamed.get(1).port()).as("digits in a string").contains(5060);
    assertThat(streamed.get(1).attributes().get("region").intValue()).isEqualTo(1);
  }

  @Test
  void anUnpagedListing_isStreamed_andAnErrorBesideTheList_isTheVendorsError() throws Exception {
    ResponseReader<List<SipTrunk>> all = TrunkFieldsTest.FIELDS.unpaged("data", body -> body.has("error"));
    fx.server.stubFor(get("/p").willReturn(aResponse().withStatus(200).withBody("{\"data\":[" + ITEM + "]}")));

    assertThat(engine.execute(ApiRequest.get("/p").build(), all))
        .containsExactly(TrunkFieldsTest.FIELDS.read(Json.mapper().readTree(ITEM)));

    fx.server.stubFor(get("/p").willReturn(aResponse().withStatus(200)
        .withBody("{\"data\":[" + ITEM + "],\"error\":\"slow down\"}")));
    assertThatThrownBy(() -> engine.execute(ApiRequest.get("/p").build(), all))
        .isInstanceOf(io.trunkline.core.error.TrunkApiException.class);
  }

  @Test
  void secretNamesInsideNestedAttributes_areDropped_streamedAndFromATree_sharedSlicesToo() throws Exception {
    String item = "{\"id\":%d,\"extra\":{\"auth\":{\"sip_password\":\"p\",\"realm\":\"r\"},"
        + "\"list\":[{\"api_key\":\"k\",\"n\":1}]},\"plain\":{\"a\":[1,2]}}";
    List<SipTrunk> streamed = page("{\"items\":[" + String.format(item, 1) + "," + String.format(item, 2) + "]}").items;

    for (int i = 0; i < 2; i++) {
      SipTrunk t = streamed.get(i);
      assertThat(t.attributes().get("extra").toString())
          .isEqualTo("{\"auth\":{\"realm\":\"r\"},\"list\":[{\"n\":1}]}");
      assertThat(t.attributes().get("plain").toString()).isEqualTo("{\"a\":[1,2]}");
      assertThat(t).isEqualTo(TrunkFieldsTest.FIELDS.read(Json.mapper().readTree(String.format(item, i + 1))));
    }
  }

  @Test
  void aDeclaredFieldTwice_inAnItem_isRefused() {
    assertThatThrownBy(() -> page("{\"items\":[{\"id\":1,\"label\":\"a\",\"label\":\"b\"}]}"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("'label' twice");
  }

  @Test
  void theIdTwice_inAnItem_isRefused() {
    assertThatThrownBy(() -> page("{\"items\":[{\"id\":1,\"id\":2}]}"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("'id' twice");
  }

  @Test
  void itemsInVaryingOrder_readAsTheTreeReaderReadsEach_secretsLeftOut_attributesInTheirOrder() throws Exception {
    List<String> items = List.of(
        "{\"id\":1,\"label\":\"a\",\"note\":\"n1\",\"api_token\":\"s1\",\"extra\":{\"k\":1},\"server_port\":5060}",
        "{\"id\":2,\"label\":\"b\",\"note\":\"n2\",\"api_token\":\"s2\",\"extra\":{\"k\":2},\"server_port\":5061}",
        "{\"id\":3,\"note\":\"n3\",\"api_token\":\"s3\",\"extra\":[3],\"server_port\":5062}",
        "{\"id\":4,\"new\":true,\"label\":\"d\",\"note\":\"n4\",\"api_token\":\"s4\",\"server_port\":5063}",
        "{\"server_port\":5064,\"api_token\":\"s5\",\"note\":\"n5\",\"label\":\"e\",\"id\":5,\"extra\":null}",
        "{\"id\":6,\"Password\":\"s6\",\"note\":\"n6\",\"extra\":\"x\"}");
    for (int round = 0; round < 2; round++) {   // the second page starts from the first page's order
      Paging.Chunk<SipTrunk> chunk = page("{\"items\":[" + String.join(",", items) + "]}");

      assertThat(chunk.items).hasSize(items.size());
      for (int i = 0; i < items.size(); i++) {
        SipTrunk fromTree = TrunkFieldsTest.FIELDS.read(Json.mapper().readTree(items.get(i)));
        SipTrunk streamed = chunk.items.get(i);
        assertThat(streamed).isEqualTo(fromTree);
        assertThat(List.copyOf(streamed.attributes().keySet())).isEqualTo(List.copyOf(fromTree.attributes().keySet()));
        assertThat(Json.mapper().writeValueAsString(streamed)).doesNotContain("\"s" + (i + 1) + "\"");
      }
      assertThat(List.copyOf(chunk.items.get(4).attributes().keySet())).containsExactly("note", "extra");
      assertThat(chunk.items.get(3).attributes()).containsEntry("new", BooleanNode.TRUE);
    }
  }

  @Test
  void aRepeat_afterItemsThatSetTheOrder_isRefused_whereverThePredictionMisses() {
    String first = "{\"id\":1,\"note\":\"a\",\"extra\":1,\"label\":\"x\"}";
    assertThat(page("{\"items\":[" + first + "," + first + "]}").items).hasSize(2);

    assertThatThrownBy(() -> page("{\"items\":[" + first + ",{\"id\":2,\"note\":\"a\",\"extra\":1,\"note\":\"b\"}]}"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("it has 'note' twice");
    assertThatThrownBy(() -> page("{\"items\":[" + first + ",{\"id\":2,\"extra\":1,\"note\":\"a\",\"extra\":2}]}"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("it has 'extra' twice");
    assertThatThrownBy(() -> page("{\"items\":[{\"x\":1,\"y\":2,\"id\":1,\"z\":3},{\"id\":2,\"z\":3},"
        + "{\"id\":3,\"z\":3,\"id\":4}]}"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("it has 'id' twice");
    assertThatThrownBy(() -> page("{\"items\":[{\"x\":1,\"y\":2,\"id\":1,\"z\":3},{\"id\":2,\"z\":3},"
        + "{\"id\":3,\"z\":3,\"id\":3,\"z\":3}]}"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> page("{\"items\":[{\"id\":1,\"x\":1,\"z\":3},{\"id\":2,\"z\":3,\"x\":1,\"z\":4}]}"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("it has 'z' twice");
  }

  @Test
  void anUndeclaredFieldTwice_inAnItem_isRefused() {
    assertThatThrownBy(() -> page("{\"items\":[{\"id\":1,\"x\":1,\"x\":2}]}"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("'x' twice");
  }

  @Test
  void aKeyTwice_insideANestedValue_isRefused() {
    assertThatThrownBy(() -> page("{\"items\":[{\"id\":1,\"x\":{\"k\":1,\"k\":2}}]}"))
        .isInstanceOf(TrunkResponseException.class);
  }

  @Test
  void anEnvelopeKeyTwice_isRefused() {
    assertThatThrownBy(() -> page("{\"total\":1,\"total\":2,\"items\":[]}"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("'total' twice");
  }

  // ---- pageOrEmpty: a null or missing list is an empty page, only when asked ----

  private Object read(String body, ResponseReader<?> reader) {
    fx.server.stubFor(get("/q").willReturn(aResponse().withStatus(200).withBody(body)));
    return engine.execute(ApiRequest.get("/q").build(), reader);
  }

  @Test
  void pageOrEmpty_readsANullOrMissingList_asAnEmptyPage_withItsTotal() {
    ResponseReader<Paging.Chunk<SipTrunk>> reader = TrunkFieldsTest.FIELDS.pageOrEmpty("items", "/total");

    Paging.Chunk<?> nullList = (Paging.Chunk<?>) read("{\"items\":null,\"total\":0}", reader);
    assertThat(nullList.items).isEmpty();
    assertThat(nullList.total).isEqualTo(OptionalLong.of(0));
    assertThat(((Paging.Chunk<?>) read("{\"total\":4}", reader)).items).isEmpty();
    assertThat(((Paging.Chunk<?>) read("{\"items\":[" + ITEM + "]}", reader)).items).hasSize(1);
  }

  @Test
  void pageOrEmpty_stillRefusesAnotherValue_orAnErrorBody() {
    ResponseReader<Paging.Chunk<SipTrunk>> reader = TrunkFieldsTest.FIELDS.pageOrEmpty("items", "/total");

    assertThatThrownBy(() -> read("{\"items\":\"none\"}", reader)).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("no 'items' list");
    assertThatThrownBy(() -> read("{\"items\":null,\"error\":\"denied\"}", reader))
        .isInstanceOf(io.trunkline.core.error.TrunkApiException.class);
    assertThatThrownBy(() -> read("[]", reader)).isInstanceOf(TrunkResponseException.class);
  }

  @Test
  void page_withoutOrEmpty_stillRefusesANullOrMissingList() {
    assertThatThrownBy(() -> page("{\"items\":null}")).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("no 'items' list");
    assertThatThrownBy(() -> page("{\"total\":0}")).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("no 'items' list");
  }

  // ---- an answer that says it is not JSON ----

  @Test
  void everyKitReader_refusesAnAnswerThatSaysItIsNotJson_byTypeAndSizeOnly_andTakesOneThatSaysNone() {
    String csv = "id,label\n17,Berlin secret-export-row";
    fx.server.stubFor(get("/csv").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/csv")
        .withBody(csv)));
    for (ResponseReader<?> reader : List.<ResponseReader<?>>of(TrunkFieldsTest.FIELDS.page("items", "/total"),
        TrunkFieldsTest.FIELDS.item(), TrunkFieldsTest.FIELDS.item("data"), OPEN_PAGE,
        TrunkFieldsTest.FIELDS.bareOrWrappedItem("Trunk"))) {
      assertThatThrownBy(() -> engine.execute(ApiRequest.get("/csv").build(), reader))
          .isInstanceOf(TrunkResponseException.class)
          .hasMessage("[GET /csv] expected JSON but the vendor answered 200 with text/csv (" + csv.length()
              + " bytes); the body is not shown");
    }
    fx.server.stubFor(get("/untyped").willReturn(aResponse().withStatus(200).withBody(ITEM)));
    assertThat(engine.execute(ApiRequest.get("/untyped").build(), TrunkFieldsTest.FIELDS.item()).id())
        .isEqualTo("17");
  }

  // ---- bare or wrapped answers ----

  private static final ResponseReader<Paging.Chunk<SipTrunk>> OPEN_PAGE = TrunkFieldsTest.FIELDS.bareOrWrappedPage(
      List.of("Items", "Data"), List.of("TotalCount", "Total"));
  private static final String ONE = "{\"id\":1,\"label\":\"one\"}";
  private static final String TWO = "{\"id\":2,\"label\":\"two\"}";

  private List<String> ids(String body) {
    Paging.Chunk<?> chunk = (Paging.Chunk<?>) read(body, OPEN_PAGE);
    return chunk.items.stream().map(t -> ((SipTrunk) t).id()).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void bareOrWrappedPage_readsABareArray_orTheListUnderANameInAnyCase_orTheOnlyArray() {
    assertThat(ids("[" + ONE + "," + TWO + "]")).containsExactly("1", "2");
    assertThat(ids("{\"items\":[" + ONE + "],\"meta\":{\"x\":[1]}}")).containsExactly("1");
    assertThat(ids("{\"Data\":[" + TWO + "],\"ITEMS\":[" + ONE + "]}")).as("the first name wins").containsExactly("1");
    assertThat(ids("{\"Items\":[" + ONE + "],\"Data\":[\"not a trunk\"]}")).containsExactly("1");
    assertThat(ids("{\"Items\":\"n/a\",\"whatever\":[" + TWO + "]}")).containsExactly("2");
    assertThat(ids("{\"Data\":null,\"other\":[1]}")).as("a null list is an empty page").isEmpty();
    assertThat(ids("[]")).isEmpty();
  }

  @Test
  void bareOrWrappedPage_readsTheTotal_fromTheFirstNameHoldingANumberOrDigits() {
    Paging.Chunk<?> chunk = (Paging.Chunk<?>) read("{\"Items\":[" + ONE + "],\"totalcount\":\"12\"}", OPEN_PAGE);
    assertThat(chunk.total).isEqualTo(OptionalLong.of(12));
    chunk = (Paging.Chunk<?>) read("{\"TotalCount\":-1,\"Total\":3,\"Items\":[" + ONE + "]}", OPEN_PAGE);
    assertThat(chunk.total).isEqualTo(OptionalLong.of(3));
    assertThat(((Paging.Chunk<?>) read("[" + ONE + "]", OPEN_PAGE)).total).isEmpty();
  }

  @Test
  void bareOrWrappedPage_refusesAnObjectWithoutAnArray_orWithSeveralUnnamed_neverReadsThemAsEmpty() {
    assertThatThrownBy(() -> read("{\"a\":[" + ONE + "],\"b\":[" + TWO + "]}", OPEN_PAGE))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("several arrays");
    assertThatThrownBy(() -> read("{\"count\":0}", OPEN_PAGE)).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("without an array");
    assertThatThrownBy(() -> read("{\"Items\":[1]}", OPEN_PAGE)).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> read("{\"x\":[1]}", OPEN_PAGE)).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> read("\"x\"", OPEN_PAGE)).isInstanceOf(TrunkResponseException.class);
    assertThatThrownBy(() -> read("{\"Items\":[" + ONE + "],\"Items\":[]}", OPEN_PAGE))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("twice");
  }

  @Test
  void bareOrWrappedPage_withAnEnvelopeErrorPredicate_readsAnErrorBesideTheList_asTheVendorsError() {
    ResponseReader<Paging.Chunk<SipTrunk>> reader = TrunkFieldsTest.FIELDS.bareOrWrappedPage(List.of("Items"),
        List.of("Total"), envelope -> envelope.path("Status").has("ErrorCode"));

    assertThatThrownBy(() -> read("{\"Items\":[" + ONE + "],\"Status\":{\"ErrorCode\":\"Forbidden\"}}", reader))
        .as("beside the list").isInstanceOf(io.trunkline.core.error.TrunkApiException.class);
    assertThatThrownBy(() -> read("{\"Status\":{\"ErrorCode\":\"Forbidden\"},\"Items\":null}", reader))
        .as("before a null list").isInstanceOf(io.trunkline.core.error.TrunkApiException.class);
    assertThatThrownBy(() -> read("{\"Status\":{\"ErrorCode\":\"Forbidden\"}}", reader))
        .as("instead of the list").isInstanceOf(io.trunkline.core.error.TrunkApiException.class);
    Paging.Chunk<?> chunk = (Paging.Chunk<?>) read("{\"Status\":{},\"Items\":[" + ONE + "],\"Total\":1}", reader);
    assertThat(chunk.items).hasSize(1);
    assertThat(chunk.total).isEqualTo(OptionalLong.of(1));
    assertThat(((Paging.Chunk<?>) read("[" + TWO + "]", reader)).items).hasSize(1);
  }

  @Test
  void aFieldAbsentWhenNull_readsANullAsAbsent_streamedOrNot() throws Exception {
    TrunkFields fields = TrunkFields.builder("demo").id("id").field(VendorField.integer("ended").absentWhenNull())
        .field(VendorField.integer("kept")).build();
    String item = "{\"id\":1,\"ended\":null,\"kept\":null}";

    SipTrunk fromTree = fields.read(Json.mapper().readTree(item));
    Paging.Chunk<?> streamed = (Paging.Chunk<?>) read("[" + item + ",{\"id\":2,\"ended\":5}]", fields.array());

    assertThat(fromTree.attributes()).containsOnlyKeys("kept");
    assertThat(streamed.items.get(0)).isEqualTo(fromTree);
    assertThat(((SipTrunk) streamed.items.get(1)).attributes().get("ended").intValue()).isEqualTo(5);
  }

  @Test
  void bareOrWrappedItem_readsTheTrunkBare_underAWrapper_orInTheOnlyField() {
    ResponseReader<SipTrunk> item = TrunkFieldsTest.FIELDS.bareOrWrappedItem("Trunk");

    assertThat(((SipTrunk) read(ONE, item)).id()).isEqualTo("1");
    assertThat(((SipTrunk) read("{\"trunk\":" + TWO + ",\"meta\":1}", item)).id()).isEqualTo("2");
    assertThat(((SipTrunk) read("{\"Message\":" + TWO + "}", item)).name()).contains("two");
    assertThatThrownBy(() -> read("{\"a\":" + ONE + ",\"b\":" + TWO + "}", item))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("no trunk object");
    assertThatThrownBy(() -> read("{\"Message\":{\"label\":\"x\"}}", item))
        .isInstanceOf(TrunkResponseException.class);
    assertThatThrownBy(() -> read("[" + ONE + "]", item)).isInstanceOf(TrunkResponseException.class);
  }

  @Test
  void nestedValues_readCompactly_areTheSameNodesAsATreeRead() throws Exception {
    String item = "{\"id\":3,\"rules\":{\"a\":{\"x\":\"DEFAULT\"},\"b\":{\"x\":\"HOST\",\"y\":[1,2,3,4,5]},"
        + "\"c\":1,\"d\":2,\"e\":3,\"f\":[],\"g\":{}},\"cost\":0.10,\"list\":[{\"k\":1},[true],null]}";
    SipTrunk streamed = page("{\"items\":[" + item + "]}").items.get(0);
    SipTrunk fromTree = TrunkFieldsTest.FIELDS.read(Json.mapper().readTree(item));

    assertThat(streamed).isEqualTo(fromTree);
    assertThat(streamed.attributes()).isEqualTo(fromTree.attributes());
    assertThat(streamed.attributes().get("rules")).isInstanceOf(com.fasterxml.jackson.databind.node.ObjectNode.class);
    assertThat(streamed.attributes().get("rules").get("b").get("y")).hasSize(5);
    assertThat(streamed.attributes().get("cost").decimalValue()).isEqualByComparingTo("0.10");
    assertThat(streamed.attributes().get("cost").decimalValue().scale()).as("exact decimals").isEqualTo(2);
    assertThat(Json.mapper().writeValueAsString(streamed.attributes().get("rules")))
        .isEqualTo(Json.mapper().writeValueAsString(fromTree.attributes().get("rules")));
  }

  @Test
  void streamedTextAttributes_areTheTextNodesATreeReadHolds_secretsLeftOut() throws Exception {
    String item = "{\"id\":\"9\",\"note\":\"hello\",\"outbound_server\":\"proxy.example\","
        + "\"api_token\":\"s3cret\",\"empty\":\"\"}";
    Paging.Chunk<SipTrunk> chunk = page("{\"total\":1,\"items\":[" + item + "]}");
    SipTrunk fromTree = TrunkFieldsTest.FIELDS.read(Json.mapper().readTree(item));
    SipTrunk t = chunk.items.get(0);

    assertThat(t).isEqualTo(fromTree);
    assertThat(t.hashCode()).isEqualTo(fromTree.hashCode());
    assertThat(Json.mapper().writeValueAsString(t)).isEqualTo(Json.mapper().writeValueAsString(fromTree));
    assertThat(t.attributes()).containsExactly(java.util.Map.entry("note", TextNode.valueOf("hello")),
        java.util.Map.entry("outbound_server", TextNode.valueOf("proxy.example")),
        java.util.Map.entry("empty", TextNode.valueOf("")));
    assertThat(Json.mapper().writeValueAsString(t)).doesNotContain("s3cret");
  }

  /** An envelope's fields of every kind beside the list: scalars are read without the tree reader, containers by it. */
  private static final String ENVELOPE_FIELDS = "\"s\":\"x\",\"e\":\"\",\"t\":true,\"f\":false,\"n\":null,\"i\":7,"
      + "\"min\":-2147483648,\"l\":12345678901,\"big\":123456789012345678901234567890,\"d\":1.50,"
      + "\"o\":{\"a\":[1,{\"b\":null}]},\"a\":[]";

  @Test
  void envelopeFieldsBesideTheList_areTheNodesATreeReadHolds_eachOfItsType() throws Exception {
    JsonNode expected = Json.mapper().readTree("{" + ENVELOPE_FIELDS + "}");
    java.util.List<JsonNode> seen = new java.util.ArrayList<>();

    read("{\"data\":[" + ONE + "]," + ENVELOPE_FIELDS + "}",
        TrunkFieldsTest.FIELDS.unpaged("data", envelope -> seen.add(envelope) && false));
    read("{\"Items\":[" + ONE + "]," + ENVELOPE_FIELDS + "}",
        TrunkFieldsTest.FIELDS.bareOrWrappedPage(List.of("Items"), List.of(), envelope -> seen.add(envelope) && false));

    assertThat(seen).hasSize(2).allSatisfy(envelope -> {
      assertThat(envelope).isEqualTo(expected);
      expected.properties().forEach(field ->
          assertThat(envelope.get(field.getKey())).as(field.getKey()).isExactlyInstanceOf(field.getValue().getClass()));
    });
  }
}

package io.trunkline.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.spi.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SipTrunk.Builder: what users see of a built trunk and of a reused builder. */
class SipTrunkBuilderTest {
  private static final JsonNode ONE = IntNode.valueOf(1);
  private static final JsonNode TWO = IntNode.valueOf(2);

  @Test
  void builtTrunk_holdsUnmodifiableContainers_equalToTheJdkOnes() {
    SipTrunk trunk = SipTrunk.builder().provider("pbx").id("1").addAllowedIps("10.0.0.1", "10.0.0.2")
        .addNumbers("100").putAttributes("b", ONE).putAttributes(Map.entry("a", TWO)).build();
    Map<String, JsonNode> expected = new LinkedHashMap<>();
    expected.put("b", ONE);
    expected.put("a", TWO);

    assertThat(trunk.attributes()).isEqualTo(expected).hasSameHashCodeAs(expected);
    assertThat(new ArrayList<>(trunk.attributes().keySet())).containsExactly("b", "a");
    assertThat(trunk.allowedIps()).isEqualTo(List.of("10.0.0.1", "10.0.0.2"));
    assertThat(trunk.numbers()).isEqualTo(List.of("100"));
    assertThatThrownBy(() -> trunk.attributes().put("c", ONE)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> trunk.allowedIps().add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> trunk.numbers().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toString_isTheImmutablesForm() {
    SipTrunk trunk = SipTrunk.builder().provider("pbx").id("1").name("Main").port(5060).addNumbers("100", "101")
        .putAttributes("brand", TextNode.valueOf("Generic")).putAttributes("n", ONE).build();

    assertThat(trunk).hasToString("SipTrunk{provider=pbx, id=1, name=Main, port=5060, allowedIps=[], "
        + "numbers=[100, 101], attributes={brand=\"Generic\", n=1}}");
  }

  @Test
  void aReusedBuilder_neverChangesATrunkItBuilt() {
    SipTrunk.Builder builder = SipTrunk.builder().provider("pbx").id("1").addNumbers("100").putAttributes("a", ONE);
    SipTrunk first = builder.build();

    SipTrunk again = builder.build();
    builder.addNumbers("101").putAttributes("a", TWO).putAttributes("b", ONE);
    SipTrunk second = builder.build();
    builder.clear().provider("pbx").id("2").putAttributes("c", ONE);
    SipTrunk third = builder.build();

    assertThat(again).isEqualTo(first);
    assertThat(first.numbers()).containsExactly("100");
    assertThat(first.attributes()).isEqualTo(Map.of("a", ONE));
    assertThat(second.numbers()).containsExactly("100", "101");
    assertThat(second.attributes()).isEqualTo(Map.of("a", TWO, "b", ONE));
    assertThat(third.numbers()).isEmpty();
    assertThat(third.attributes()).isEqualTo(Map.of("c", ONE));
  }

  @Test
  void aReusedBuilder_givesEachTrunkItsOwnAttributes_whetherTheirKeysAreLikeTheLastTrunksOrNot() {
    SipTrunk.Builder b = SipTrunk.builder();
    List<List<String>> shapes = List.of(List.of("a", "b", "c"), List.of("a", "b", "c"), List.of("a", "b"),
        List.of("a", "b", "c", "d", "e"), List.of("a", "x", "c"), List.of("c", "b", "a"), List.of(),
        List.of("a", "b", "c"), List.of("a", "b", "c", "b"));
    List<SipTrunk> built = new ArrayList<>();
    List<Map<String, JsonNode>> expected = new ArrayList<>();
    for (int t = 0; t < shapes.size(); t++) {
      b.clear().provider("pbx").id(Integer.toString(t));
      Map<String, JsonNode> want = new LinkedHashMap<>();
      for (int k = 0; k < shapes.get(t).size(); k++) {
        JsonNode value = IntNode.valueOf(t * 10 + k);
        b.putAttributes(shapes.get(t).get(k), value);
        want.put(shapes.get(t).get(k), value);
      }
      built.add(b.build());
      expected.add(want);
    }
    b.putAttributes("z", ONE);   // changed after build, without clear: the trunk built keeps its attributes
    for (int t = 0; t < shapes.size(); t++) {
      assertThat(built.get(t).attributes()).as("trunk " + t).isEqualTo(expected.get(t));
      assertThat(new ArrayList<>(built.get(t).attributes().keySet())).as("trunk " + t)
          .containsExactlyElementsOf(expected.get(t).keySet());
    }
    assertThat(b.build().attributes()).containsEntry("z", ONE).containsEntry("b", IntNode.valueOf(83)).hasSize(4);
  }

  @Test
  void from_addsListsAndAttributes_andKeepsPresentValuesOverAbsentOnes() {
    SipTrunk source = SipTrunk.builder().provider("pbx").id("1").host("h").addNumbers("100")
        .putAttributes("a", ONE).build();

    SipTrunk merged = SipTrunk.builder().name("kept").addNumbers("99").putAttributes("z", TWO).putAttributes("a", TWO)
        .from(source).build();

    assertThat(merged.name()).contains("kept");
    assertThat(merged.host()).contains("h");
    assertThat(merged.numbers()).containsExactly("99", "100");
    assertThat(new ArrayList<>(merged.attributes().keySet())).containsExactly("z", "a");
    assertThat(merged.attributes().get("a")).isEqualTo(ONE);
    assertThat(SipTrunk.builder().from(source).build()).isEqualTo(source);
  }

  @Test
  void from_sharesTheContainers_untilTheCopyChanges() {
    SipTrunk source = SipTrunk.builder().provider("pbx").id("1").addNumbers("100").putAttributes("a", ONE).build();

    SipTrunk same = SipTrunk.builder().from(source).build();
    SipTrunk changed = SipTrunk.builder().from(source).addNumbers("101").putAttributes("b", TWO).build();
    SipTrunk replaced = SipTrunk.builder().from(source).attributes(Map.of("c", ONE)).numbers(List.of()).build();

    assertThat(same.attributes()).isSameAs(source.attributes());
    assertThat(same.numbers()).isSameAs(source.numbers());
    assertThat(changed.numbers()).containsExactly("100", "101");
    assertThat(changed.attributes()).isEqualTo(Map.of("a", ONE, "b", TWO));
    assertThat(replaced.attributes()).isEqualTo(Map.of("c", ONE));
    assertThat(replaced.numbers()).isEmpty();
    assertThat(source.numbers()).containsExactly("100");
    assertThat(source.attributes()).isEqualTo(Map.of("a", ONE));
  }

  @Test
  void setters_replace_andOptionalOverloadsClear() {
    SipTrunk trunk = SipTrunk.builder().provider("p").id("1").name("a").name(Optional.empty()).port(1)
        .port(Optional.of(2)).allowedIps(List.of("x")).allowedIps(List.of("y", "z")).numbers(List.of("1"))
        .addAllNumbers(List.of("2")).attributes(Map.of("a", ONE)).attributes(Map.of("b", TWO))
        .putAllAttributes(Map.of("c", ONE)).build();

    assertThat(trunk.name()).isEmpty();
    assertThat(trunk.port()).contains(2);
    assertThat(trunk.allowedIps()).containsExactly("y", "z");
    assertThat(trunk.numbers()).containsExactly("1", "2");
    assertThat(trunk.attributes()).isEqualTo(Map.of("b", TWO, "c", ONE));
  }

  @Test
  void badInput_refusedByTheBuilderMethod() {
    assertThatThrownBy(() -> SipTrunk.builder().provider("p").build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("[id]");
    assertThatThrownBy(() -> SipTrunk.builder().addAllowedIps((String) null))
        .isInstanceOf(NullPointerException.class).hasMessage("allowedIps element");
    assertThatThrownBy(() -> SipTrunk.builder().putAttributes("k", null))
        .isInstanceOf(NullPointerException.class).hasMessage("attributes value for key: k");
  }

  @Test
  void json_readsIntoTheCompactContainers_inOrder_coercingListValuesToStrings() throws Exception {
    SipTrunk read = Json.mapper().readValue("{\"provider\":\"p\",\"id\":\"1\",\"allowedIps\":[\"a\",7],"
        + "\"attributes\":{\"z\":{\"x\":[1,2]},\"a\":null,\"m\":\"t\"}}", SipTrunk.class);
    SipTrunk minimal = Json.mapper().readValue("{\"provider\":\"p\",\"id\":\"1\"}", SipTrunk.class);

    assertThat(read.allowedIps()).containsExactly("a", "7");
    assertThat(new ArrayList<>(read.attributes().keySet())).containsExactly("z", "a", "m");
    assertThat(read.attributes().get("a").isNull()).isTrue();
    assertThatThrownBy(() -> read.attributes().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(read), SipTrunk.class)).isEqualTo(read);
    assertThat(minimal.attributes()).isEmpty();
    assertThat(minimal.numbers()).isEmpty();
    assertThat(minimal).isEqualTo(SipTrunk.builder().provider("p").id("1").createdAt(Optional.<Instant>empty())
        .build());
  }

  @Test
  void putTextAttribute_givesTheTrunkOfPutAttributesWithTheTextNode_inJsonToo() throws Exception {
    SipTrunk text = SipTrunk.builder().provider("pbx").id("1").putTextAttribute("brand", "Acme")
        .putAttributes("n", ONE).build();
    SipTrunk node = SipTrunk.builder().provider("pbx").id("1").putAttributes("brand", TextNode.valueOf("Acme"))
        .putAttributes("n", ONE).build();

    assertThat(Json.mapper().writeValueAsString(text)).isEqualTo(Json.mapper().writeValueAsString(node));
    assertThat(text).isEqualTo(node);
    assertThat(text.hashCode()).isEqualTo(node.hashCode());
    assertThat(text.attributes()).containsExactly(Map.entry("brand", TextNode.valueOf("Acme")), Map.entry("n", ONE));
    assertThat(SipTrunk.builder().from(text).putAttributes("n", TWO).build().attributes())
        .containsExactly(Map.entry("brand", TextNode.valueOf("Acme")), Map.entry("n", TWO));
  }

  @Test
  void aListedTrunk_takesTheCompactLayout_anotherValueTheFullOne_andNeitherShows() throws Exception {
    SipTrunk listed = SipTrunk.builder().provider("pbx").id("7").name("Main").state(TrunkState.ACTIVE).host("h")
        .port(5060).addNumbers("100").putTextAttribute("brand", "Acme").build();
    List<SipTrunk> withOne = List.of(
        SipTrunk.builder().from(listed).transport(Transport.TLS).build(),
        SipTrunk.builder().from(listed).authMode(AuthMode.IP).build(),
        SipTrunk.builder().from(listed).username("u").build(),
        SipTrunk.builder().from(listed).addAllowedIps("10.0.0.1").build(),
        SipTrunk.builder().from(listed).callerId("+1").build(),
        SipTrunk.builder().from(listed).maxChannels(3).build(),
        SipTrunk.builder().from(listed).countryCode("DE").build(),
        SipTrunk.builder().from(listed).createdAt(Instant.EPOCH).build(),
        SipTrunk.builder().from(listed).updatedAt(Instant.EPOCH).build());

    assertThat(listed).isExactlyInstanceOf(ImmutableSipTrunk.class);
    for (SipTrunk full : withOne) {
      assertThat(full).isExactlyInstanceOf(FullSipTrunk.class).isNotEqualTo(listed);
      assertThat(listed).isNotEqualTo(full);
      SipTrunk back = SipTrunk.builder().from(full).transport(Optional.empty()).authMode(Optional.empty())
          .username(Optional.empty()).allowedIps(List.of()).callerId(Optional.empty()).maxChannels(Optional.empty())
          .countryCode(Optional.empty()).createdAt(Optional.empty()).updatedAt(Optional.empty()).build();
      assertThat(back).isExactlyInstanceOf(ImmutableSipTrunk.class).isEqualTo(listed).hasSameHashCodeAs(listed)
          .hasToString(listed.toString());
      assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(full), SipTrunk.class)).isEqualTo(full)
          .hasSameHashCodeAs(full);
    }
    assertThat(listed).hasToString("SipTrunk{provider=pbx, id=7, name=Main, state=ACTIVE, host=h, port=5060, "
        + "allowedIps=[], numbers=[100], attributes={brand=\"Acme\"}}");
    assertThat(Json.mapper().writeValueAsString(listed)).isEqualTo("{\"provider\":\"pbx\",\"id\":\"7\","
        + "\"name\":\"Main\",\"state\":\"ACTIVE\",\"host\":\"h\",\"port\":5060,\"transport\":null,"
        + "\"authMode\":null,\"username\":null,\"allowedIps\":[],\"numbers\":[\"100\"],\"callerId\":null,"
        + "\"maxChannels\":null,\"countryCode\":null,\"createdAt\":null,\"updatedAt\":null,"
        + "\"attributes\":{\"brand\":\"Acme\"}}");
    assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(listed), SipTrunk.class))
        .isExactlyInstanceOf(ImmutableSipTrunk.class).isEqualTo(listed);
  }

  @Test
  void aJdkUnmodifiableList_isTheTrunksListAsItIs() {
    List<String> numbers = List.of("100", "101");
    List<String> ips = List.of("10.0.0.1");

    SipTrunk trunk = SipTrunk.builder().provider("pbx").id("1").numbers(numbers).allowedIps(ips).build();

    assertThat(trunk.numbers()).isSameAs(numbers);
    assertThat(trunk.allowedIps()).isSameAs(ips);
    assertThat(SipTrunk.builder().from(trunk).build().numbers()).isSameAs(numbers);
    assertThat(SipTrunk.builder().from(trunk).addNumbers("102").build().numbers())
        .containsExactly("100", "101", "102");
  }

  @Test
  void jsonWithoutProviderOrId_refused_asTheBuilderRefusesIt() {
    assertThatThrownBy(() -> Json.mapper().readValue("{\"id\":\"1\"}", SipTrunk.class))
        .hasMessageContaining("Cannot build SipTrunk, some of required attributes are not set [provider]");
    assertThatThrownBy(() -> SipTrunk.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build SipTrunk, some of required attributes are not set [provider, id]");
  }
}

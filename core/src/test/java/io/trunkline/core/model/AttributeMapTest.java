package io.trunkline.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** AttributeMap behaves as the unmodifiable LinkedHashMap it replaces. */
class AttributeMapTest {
  private static AttributeMap built(Map<String, JsonNode> entries) {
    AttributeMap.Builder builder = new AttributeMap.Builder();
    entries.forEach(builder::put);
    return builder.build();
  }

  private static Map<String, JsonNode> linked(int n) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    for (int i = n; i > 0; i--) {   // not in key order: insertion order is what counts
      map.put("k" + i, i % 3 == 0 ? NullNode.getInstance() : IntNode.valueOf(i));
    }
    return map;
  }

  @Test
  void equalsHashCodeOrderAndLookups_asLinkedHashMap() {
    for (int n : new int[] {0, 1, 2, 3, 4, 5, 40}) {
      Map<String, JsonNode> expected = linked(n);
      AttributeMap map = built(expected);

      assertThat(map).isEqualTo(expected);
      assertThat(expected).isEqualTo(map);
      assertThat(map.hashCode()).isEqualTo(expected.hashCode());
      assertThat(map.toString()).isEqualTo(expected.toString());
      assertThat(map.size()).isEqualTo(n);
      assertThat(map.isEmpty()).isEqualTo(n == 0);
      assertThat(new ArrayList<>(map.keySet())).containsExactlyElementsOf(expected.keySet());
      assertThat(new ArrayList<>(map.values())).containsExactlyElementsOf(expected.values());
      assertThat(new ArrayList<>(map.entrySet())).containsExactlyElementsOf(expected.entrySet());
      List<String> visited = new ArrayList<>();
      map.forEach((k, v) -> visited.add(k + "=" + v));
      assertThat(visited).hasSize(n);
      for (Map.Entry<String, JsonNode> e : expected.entrySet()) {
        assertThat(map.get(e.getKey())).isSameAs(e.getValue());
        assertThat(map.containsKey(e.getKey())).isTrue();
        assertThat(map.containsValue(e.getValue())).isTrue();
        assertThat(map.getOrDefault(e.getKey(), TextNode.valueOf("d"))).isSameAs(e.getValue());
      }
      assertThat(map.get("absent")).isNull();
      assertThat(map.get(null)).isNull();
      assertThat(map.get(42)).isNull();
      assertThat(map.containsKey("absent")).isFalse();
      assertThat(map.getOrDefault("absent", TextNode.valueOf("d"))).isEqualTo(TextNode.valueOf("d"));
    }
  }

  @Test
  void notEqual_whenAValueOrAKeyDiffers() {
    Map<String, JsonNode> expected = linked(3);
    AttributeMap map = built(expected);
    Map<String, JsonNode> otherValue = new LinkedHashMap<>(expected);
    otherValue.put("k1", IntNode.valueOf(99));
    Map<String, JsonNode> otherKey = new LinkedHashMap<>(expected);
    otherKey.remove("k1");
    otherKey.put("k9", IntNode.valueOf(1));

    assertThat(map).isNotEqualTo(otherValue).isNotEqualTo(otherKey).isNotEqualTo(linked(2)).isNotEqualTo("k1");
    assertThat(otherValue).isNotEqualTo(map);
  }

  @Test
  void aKeyPutAgain_keepsItsPlace_takesTheNewValue() {
    AttributeMap.Builder builder = new AttributeMap.Builder();
    builder.put("a", IntNode.valueOf(1));
    builder.put("b", IntNode.valueOf(2));
    builder.put("a", IntNode.valueOf(3));

    AttributeMap map = builder.build();

    assertThat(new ArrayList<>(map.keySet())).containsExactly("a", "b");
    assertThat(map.get("a")).isEqualTo(IntNode.valueOf(3));
  }

  @Test
  void manyEntries_pastTheIndexedSize_areFoundPutAgainInPlace_andEqualALinkedHashMap() {
    int n = AttributeMap.INDEXED * 4;
    AttributeMap.Builder builder = new AttributeMap.Builder();
    Map<String, JsonNode> linked = new LinkedHashMap<>();
    for (int round = 0; round < 2; round++) {   // the second round puts every key again
      for (int i = 0; i < n; i++) {
        builder.put("k" + i, IntNode.valueOf(round * n + i));
        linked.put("k" + i, IntNode.valueOf(round * n + i));
      }
      AttributeMap map = builder.build();
      assertThat(map).hasSize(n).isEqualTo(linked);
      assertThat(new ArrayList<>(map.keySet())).isEqualTo(new ArrayList<>(linked.keySet()));
      for (int i = 0; i < n; i++) {
        assertThat(map.get("k" + i)).isEqualTo(IntNode.valueOf(round * n + i));
        assertThat(map.containsKey("k" + i)).isTrue();
      }
      assertThat(map.get("absent")).isNull();
      assertThat(map.getOrDefault("absent", NullNode.getInstance())).isEqualTo(NullNode.getInstance());
    }
    builder.clear();
    builder.put("k1", IntNode.valueOf(7));
    assertThat(builder.build()).isEqualTo(Map.of("k1", IntNode.valueOf(7)));
  }

  @Test
  void manyKeys_putAgainOrAfterAClear_readAsALinkedHashMapDoes() {
    AttributeMap.Builder builder = new AttributeMap.Builder();
    Map<String, JsonNode> expected = new LinkedHashMap<>();
    for (int round = 0; round < 2; round++) {
      expected.clear();
      builder.clear();
      for (int i = 0; i < 300; i++) {
        builder.put("k" + i, IntNode.valueOf(i));
        expected.put("k" + i, IntNode.valueOf(i));
      }
      builder.put("k150", TextNode.valueOf("again"));
      expected.put("k150", TextNode.valueOf("again"));
      builder.put("k0", NullNode.getInstance());
      expected.put("k0", NullNode.getInstance());

      AttributeMap map = builder.build();

      assertThat(map).isEqualTo(expected);
      assertThat(List.copyOf(map.keySet())).isEqualTo(List.copyOf(expected.keySet()));
    }
  }

  @Test
  void aBuiltMap_isNotChangedByTheBuilderAfterwards() {
    AttributeMap.Builder builder = new AttributeMap.Builder();
    builder.put("a", IntNode.valueOf(1));
    AttributeMap first = builder.build();

    builder.put("a", IntNode.valueOf(2));
    builder.put("b", IntNode.valueOf(3));
    AttributeMap second = builder.build();
    builder.clear();
    builder.put("c", IntNode.valueOf(4));
    AttributeMap third = builder.build();

    assertThat(first).isEqualTo(Map.of("a", IntNode.valueOf(1)));
    assertThat(second).isEqualTo(Map.of("a", IntNode.valueOf(2), "b", IntNode.valueOf(3)));
    assertThat(third).isEqualTo(Map.of("c", IntNode.valueOf(4)));
    assertThat(builder.build()).isSameAs(third);
  }

  @Test
  void nulls_refused_namingTheKey() {
    AttributeMap.Builder builder = new AttributeMap.Builder();

    assertThatThrownBy(() -> builder.put(null, IntNode.valueOf(1))).isInstanceOf(NullPointerException.class)
        .hasMessage("attributes key");
    assertThatThrownBy(() -> builder.put("a", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("attributes value for key: a");
  }

  @Test
  void everyMutator_throws_alsoThroughTheViews() {
    AttributeMap map = built(linked(2));
    AttributeMap empty = built(linked(0));
    JsonNode v = IntNode.valueOf(1);

    for (AttributeMap m : List.of(map, empty)) {
      List<Executable> mutators = List.of(
          () -> m.put("x", v), () -> m.remove("k1"), () -> m.remove("k1", v), () -> m.putAll(Map.of("x", v)),
          m::clear, () -> m.replaceAll((k, old) -> v), () -> m.putIfAbsent("x", v), () -> m.replace("k1", v),
          () -> m.replace("k1", v, v), () -> m.computeIfAbsent("x", k -> v), () -> m.computeIfPresent("k1", (k, o) -> v),
          () -> m.compute("k1", (k, o) -> v), () -> m.merge("k1", v, (a, b) -> v),
          () -> m.keySet().remove("k1"), () -> m.keySet().clear(), () -> m.values().clear(),
          () -> m.values().remove(v), () -> m.entrySet().clear(), () -> m.entrySet().removeIf(e -> true),
          () -> m.keySet().add("x"), () -> m.entrySet().add(Map.entry("x", v)));
      for (Executable mutator : mutators) {
        assertThatThrownBy(mutator::execute).isInstanceOf(UnsupportedOperationException.class);
      }
    }
    Iterator<Map.Entry<String, JsonNode>> entries = map.entrySet().iterator();
    Map.Entry<String, JsonNode> first = entries.next();
    assertThatThrownBy(() -> first.setValue(v)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(entries::remove).isInstanceOf(UnsupportedOperationException.class);
    assertThat(map).isEqualTo(linked(2));
  }

  @Test
  void copyOf_keepsTheOrder_andReturnsAnAttributeMapAsItIs() {
    Map<String, JsonNode> expected = linked(5);
    AttributeMap copy = AttributeMap.copyOf(expected);

    assertThat(new ArrayList<>(copy.keySet())).containsExactlyElementsOf(expected.keySet());
    assertThat(AttributeMap.copyOf(copy)).isSameAs(copy);
  }

  @Test
  void aTextPut_isItsTextNode_madeOnceWhenRead_andTheMapIsAsWithTheNode() {
    AttributeMap.Builder builder = new AttributeMap.Builder();
    builder.putText("brand", "Acme");
    builder.put("n", IntNode.valueOf(1));
    builder.putText("empty", "");
    AttributeMap map = builder.build();
    Map<String, JsonNode> expected = new LinkedHashMap<>();
    expected.put("brand", TextNode.valueOf("Acme"));
    expected.put("n", IntNode.valueOf(1));
    expected.put("empty", TextNode.valueOf(""));

    assertThat(map.hashCode()).isEqualTo(expected.hashCode());
    assertThat(map).isEqualTo(expected);
    assertThat(expected).isEqualTo(map);
    assertThat(map.toString()).isEqualTo(expected.toString());
    assertThat(map.get("brand")).isEqualTo(TextNode.valueOf("Acme")).isSameAs(map.get("brand"));
    assertThat(map.entrySet().iterator().next().getValue()).isSameAs(map.get("brand"));
    assertThat(map.get("empty")).isEqualTo(TextNode.valueOf(""));

    AttributeMap.Builder again = new AttributeMap.Builder();   // a text put again under a key takes the node
    again.putText("brand", "Acme");
    again.put("brand", IntNode.valueOf(2));
    again.putText("other", "x");
    again.putText("other", "y");
    assertThat(again.build()).isEqualTo(Map.of("brand", IntNode.valueOf(2), "other", TextNode.valueOf("y")));
    assertThatThrownBy(() -> new AttributeMap.Builder().putText("k", null))
        .isInstanceOf(NullPointerException.class).hasMessage("attributes value for key: k");
  }

  @Test
  void upToFourEntries_holdTheirValuesInTheMap_moreInAnArray() {
    for (int n = 1; n <= 6; n++) {
      AttributeMap map = built(linked(n));

      assertThat(map).as("%d entries", n).isInstanceOf(n <= SmallAttributeMap.MAX ? SmallAttributeMap.class
          : ArrayAttributeMap.class).isEqualTo(linked(n));
    }
    assertThat(built(linked(0))).isSameAs(AttributeMap.EMPTY);
  }

  @Test
  void aReusedBuilder_ofSmallMaps_changedAfterABuild_orTakingAWholeMap_neverChangesAMapItBuilt() {
    AttributeMap.Builder builder = new AttributeMap.Builder();
    List<AttributeMap> built = new ArrayList<>();
    List<Map<String, JsonNode>> expected = new ArrayList<>();
    List<List<String>> shapes = List.of(List.of("a", "b", "c"), List.of("a", "b", "c"), List.of("a", "b"),
        List.of("a", "b", "c", "d"), List.of("a", "b", "c", "d", "e"), List.of("a", "b", "c"), List.of("x"),
        List.of("a", "b", "c", "d"));
    for (int t = 0; t < shapes.size(); t++) {
      builder.clear();
      Map<String, JsonNode> want = new LinkedHashMap<>();
      for (int k = 0; k < shapes.get(t).size(); k++) {
        String key = shapes.get(t).get(k);
        if (k % 2 == 0) {
          builder.putText(key, key + t);
          want.put(key, TextNode.valueOf(key + t));
        } else {
          builder.put(key, IntNode.valueOf(t * 10 + k));
          want.put(key, IntNode.valueOf(t * 10 + k));
        }
      }
      built.add(builder.build());
      expected.add(want);
      if (t == 1) {   // changed after build, without clear: a value replaced, then a key added
        builder.put("b", NullNode.getInstance());
        Map<String, JsonNode> changed = new LinkedHashMap<>(want);
        changed.put("b", NullNode.getInstance());
        built.add(builder.build());
        expected.add(new LinkedHashMap<>(changed));
        builder.put("z", IntNode.valueOf(-1));
        changed.put("z", IntNode.valueOf(-1));
        built.add(builder.build());
        expected.add(changed);
      }
    }
    AttributeMap.Builder taker = new AttributeMap.Builder();   // a whole small map taken, shared, then changed
    taker.putAll(built.get(0));
    assertThat(taker.build()).isSameAs(built.get(0));
    taker.put("a", IntNode.valueOf(7));
    Map<String, JsonNode> taken = new LinkedHashMap<>(expected.get(0));
    taken.put("a", IntNode.valueOf(7));
    assertThat(taker.build()).isEqualTo(taken);

    for (int t = 0; t < built.size(); t++) {
      assertThat(built.get(t)).as("map %d", t).isEqualTo(expected.get(t));
      assertThat(built.get(t).toString()).as("map %d", t).isEqualTo(expected.get(t).toString());
      assertThat(new ArrayList<>(built.get(t).keySet())).as("map %d", t)
          .containsExactlyElementsOf(expected.get(t).keySet());
    }
  }

  @Test
  void mapsPutInTheLastMapsOrder_shareItsKeys_andARepeatOrAnotherOrder_readsAsALinkedHashMapDoes() {
    AttributeMap.Builder builder = new AttributeMap.Builder();
    builder.put("a", IntNode.valueOf(1));
    builder.putText("b", "two");
    builder.put("c", IntNode.valueOf(3));
    SmallAttributeMap first = (SmallAttributeMap) builder.build();

    builder.clear();   // the same keys in the same order: the first map's key array, no copy
    builder.put("a", IntNode.valueOf(10));
    builder.putText("b", "twenty");
    builder.put("c", IntNode.valueOf(30));
    SmallAttributeMap same = (SmallAttributeMap) builder.build();

    builder.clear();   // a repeat after keys in the last order, then the rest of that order
    builder.put("a", IntNode.valueOf(100));
    builder.put("b", IntNode.valueOf(200));
    builder.put("a", IntNode.valueOf(101));
    builder.put("c", IntNode.valueOf(300));
    AttributeMap repeated = builder.build();

    builder.clear();   // another order: keys of its own
    builder.put("a", IntNode.valueOf(7));
    builder.put("c", IntNode.valueOf(8));
    builder.put("b", IntNode.valueOf(9));
    builder.put("c", IntNode.valueOf(80));
    AttributeMap other = builder.build();

    assertThat(same.keyArray()).isSameAs(first.keyArray());
    assertThat(first.toString()).isEqualTo("{a=1, b=\"two\", c=3}");
    assertThat(same.toString()).isEqualTo("{a=10, b=\"twenty\", c=30}");
    assertThat(repeated.toString()).isEqualTo("{a=101, b=200, c=300}");
    assertThat(new ArrayList<>(repeated.keySet())).containsExactly("a", "b", "c");
    assertThat(other.toString()).isEqualTo("{a=7, c=80, b=9}");
    assertThat(new ArrayList<>(other.keySet())).containsExactly("a", "c", "b");
    assertThat(first.get("b")).isEqualTo(TextNode.valueOf("two"));
  }
}

package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The compact property map behaves as the {@link LinkedHashMap} it replaces, at any size. */
class SmallObjectMapTest {
  private static Map<String, JsonNode> filled(Map<String, JsonNode> map, int n) {
    for (int i = 0; i < n; i++) {
      map.put("k" + i, IntNode.valueOf(i));
    }
    return map;
  }

  @Test
  void keepsInsertionOrder_replacesInPlace_andEqualsALinkedHashMap_atEverySize() {
    for (int n : new int[] {0, 1, 2, 3, SmallObjectMap.INDEXED, SmallObjectMap.INDEXED + 1, 100}) {
      Map<String, JsonNode> small = filled(new SmallObjectMap(), n);
      Map<String, JsonNode> linked = filled(new LinkedHashMap<>(), n);
      if (n > 1) {
        assertThat(small.put("k1", IntNode.valueOf(-1))).isEqualTo(IntNode.valueOf(1));
        linked.put("k1", IntNode.valueOf(-1));
      }
      assertThat(small).as("size %d", n).isEqualTo(linked);
      assertThat(linked).isEqualTo(small);
      assertThat(small.hashCode()).isEqualTo(linked.hashCode());
      assertThat(List.copyOf(small.keySet())).isEqualTo(List.copyOf(linked.keySet()));
      assertThat(small.get("k" + (n - 1))).isEqualTo(linked.get("k" + (n - 1)));
      assertThat(small.get("absent")).isNull();
      assertThat(small.containsKey(null)).isFalse();
    }
  }

  @Test
  void removes_byKey_andThroughItsIterator_aboveAndBelowTheIndexedSize() {
    Map<String, JsonNode> small = filled(new SmallObjectMap(), SmallObjectMap.INDEXED + 2);
    Map<String, JsonNode> linked = filled(new LinkedHashMap<>(), SmallObjectMap.INDEXED + 2);
    assertThat(small.remove("k3")).isEqualTo(linked.remove("k3"));
    small.entrySet().removeIf(e -> e.getValue().intValue() % 2 == 0);
    linked.entrySet().removeIf(e -> e.getValue().intValue() % 2 == 0);
    assertThat(small).isEqualTo(linked);
    assertThat(small.get("k5")).isEqualTo(IntNode.valueOf(5));
    assertThat(small.get("k4")).isNull();
    small.clear();
    assertThat(small).isEmpty();
    assertThat(small.put("k0", IntNode.valueOf(7))).isNull();
    assertThat(small).containsExactly(Map.entry("k0", IntNode.valueOf(7)));
  }

  @Test
  void entriesWriteThrough_andAChangeWhileIterating_isNoticed() {
    Map<String, JsonNode> small = filled(new SmallObjectMap(), 3);
    small.entrySet().iterator().next().setValue(IntNode.valueOf(9));
    assertThat(small.get("k0")).isEqualTo(IntNode.valueOf(9));
    Iterator<Map.Entry<String, JsonNode>> it = small.entrySet().iterator();
    it.next();
    small.put("new", IntNode.valueOf(1));
    assertThatThrownBy(it::next).isInstanceOf(ConcurrentModificationException.class);
  }
}

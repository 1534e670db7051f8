package io.trunkline.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** StringList behaves as the unmodifiable list it replaces. */
class StringListTest {
  private static StringList built(List<String> elements) {
    StringList.Builder builder = new StringList.Builder("element");
    builder.addAll(elements);
    return builder.build();
  }

  @Test
  void equalsHashCodeOrderAndLookups_asArrayList() {
    for (List<String> expected : List.of(List.<String>of(), List.of("a"), List.of("b", "a", "c", "d", "e"))) {
      StringList list = built(expected);

      assertThat(list).isEqualTo(expected).containsExactlyElementsOf(expected);
      assertThat(new ArrayList<>(expected)).isEqualTo(list);
      assertThat(list.hashCode()).isEqualTo(new ArrayList<>(expected).hashCode());
      assertThat(list.toString()).isEqualTo(expected.toString());
      assertThat(list.indexOf("a")).isEqualTo(expected.indexOf("a"));
      assertThat(list.contains("c")).isEqualTo(expected.contains("c"));
    }
    assertThatThrownBy(() -> built(List.of("a")).get(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aBuiltList_isNotChangedByTheBuilderAfterwards() {
    StringList.Builder builder = new StringList.Builder("element");
    builder.add("a");
    StringList first = builder.build();
    builder.add("b");
    StringList second = builder.build();
    builder.clear();
    builder.add("c");

    assertThat(first).containsExactly("a");
    assertThat(second).containsExactly("a", "b");
    assertThat(builder.build()).containsExactly("c");
  }

  @Test
  void nulls_refused_namingTheList() {
    assertThatThrownBy(() -> new StringList.Builder("numbers element").add(null))
        .isInstanceOf(NullPointerException.class).hasMessage("numbers element");
  }

  @Test
  void everyMutator_throws_alsoThroughIteratorsAndSubLists() {
    for (StringList l : List.of(built(List.of("a", "b")), built(List.of()))) {
      List<Executable> mutators = List.of(() -> l.add("x"), () -> l.add(0, "x"), () -> l.addAll(List.of("x")),
          () -> l.addAll(0, List.of("x")), () -> l.set(0, "x"), () -> l.remove(0), () -> l.remove("a"),
          () -> l.removeAll(List.of("a")), () -> l.retainAll(List.of()), () -> l.removeIf(e -> true),
          () -> l.replaceAll(e -> e), () -> l.sort(null), l::clear, () -> l.subList(0, 0).clear(),
          () -> l.subList(0, 0).add("x"));
      for (Executable mutator : mutators) {
        assertThatThrownBy(mutator::execute).isInstanceOf(UnsupportedOperationException.class);
      }
    }
    StringList list = built(List.of("a", "b"));
    Iterator<String> it = list.iterator();
    it.next();
    assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
    ListIterator<String> li = list.listIterator();
    li.next();
    assertThatThrownBy(() -> li.set("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> li.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(list).containsExactly("a", "b");
  }

  @Test
  void aJdkUnmodifiableList_isKept_andAListBuiltFromItIsNotChangedAfterwards() {
    StringList.Builder builder = new StringList.Builder("element");
    builder.addAll(List.of("a", "b"));
    StringList first = builder.build();
    builder.add("c");
    StringList second = builder.build();
    builder.clear();
    builder.addAll(List.of("d", "e", "f"));
    StringList third = builder.build();
    builder.clear();

    assertThat(first).containsExactly("a", "b").isEqualTo(List.of("a", "b"));
    assertThat(first.hashCode()).isEqualTo(List.of("a", "b").hashCode());
    assertThat(second).containsExactly("a", "b", "c");
    assertThat(third).containsExactly("d", "e", "f");
    assertThat(builder.build()).isEmpty();

    StringList.Builder copy = new StringList.Builder("element");   // a kept list, shared, then grown
    copy.addAll(first);
    assertThat(copy.build()).isSameAs(first);
    copy.add("z");
    assertThat(copy.build()).containsExactly("a", "b", "z");
    assertThat(first).containsExactly("a", "b");
  }

  @Test
  void aJdkListHoldingNull_refused_namingTheList() {
    List<String> withNull = java.util.stream.Stream.of("a", (String) null).toList();   // Stream.toList keeps nulls
    assertThatThrownBy(() -> new StringList.Builder("numbers element").addAll(withNull))
        .isInstanceOf(NullPointerException.class).hasMessage("numbers element");
  }

  @Test
  void aJdkListOfOneNull_refused_andListOfsOneOrTwo_keptAsTheyAre() {
    List<String> oneNull = java.util.stream.Stream.of((String) null).toList();   // not List.of's class: scanned
    assertThatThrownBy(() -> new StringList.Builder("numbers element").addAll(oneNull))
        .isInstanceOf(NullPointerException.class).hasMessage("numbers element");
    List<String> two = List.of("a", "b");
    StringList.Builder builder = new StringList.Builder("numbers element");
    builder.addAll(two);
    assertThat(builder.list()).isSameAs(two);
  }
}

package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NameTableTest {
  @Test
  void positionOf_findsEachName_theFirstOfTwo_andMinusOneForOthers() {
    NameTable table = new NameTable(new String[] {"Berlin", "Bonn", "Berlin", "Aa", "BB"});

    assertThat(table.positionOf("Berlin")).isZero();
    assertThat(table.positionOf("Bonn")).isEqualTo(1);
    assertThat(table.positionOf("Aa")).isEqualTo(3);   // "Aa" and "BB" share a hash code
    assertThat(table.positionOf("BB")).isEqualTo(4);
    assertThat(table.positionOf("Köln")).isEqualTo(-1);
    assertThat(new NameTable(new String[0]).positionOf("Berlin")).isEqualTo(-1);
  }

  @Test
  void positionOf_findsEveryNameOfALargeTable() {
    String[] names = IntStream.range(0, 5_000).mapToObj(i -> "Trunk " + i).toArray(String[]::new);
    NameTable table = new NameTable(names);

    for (int i = 0; i < names.length; i++) {
      assertThat(table.positionOf("Trunk " + i)).isEqualTo(i);
    }
    assertThat(table.positionOf("Trunk 5000")).isEqualTo(-1);
  }
}

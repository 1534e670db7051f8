package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PositionsTest {
  @Test
  void appendTo_isTheArrayGivenThenThePositionsInTheOrderAdded_pastTheRoomFirstMade() {
    Positions positions = new Positions(1);
    for (int i = 0; i < 20; i++) {
      positions.add(i * 3);
    }

    int[] all = positions.appendTo(new int[] {-1, -2});

    assertThat(all).hasSize(22).startsWith(-1, -2, 0, 3, 6).endsWith(54, 57);
  }

  @Test
  void appendTo_ofNoPosition_isACopyOfTheArrayGiven() {
    int[] before = {5};

    assertThat(new Positions().appendTo(before)).containsExactly(5).isNotSameAs(before);
  }
}

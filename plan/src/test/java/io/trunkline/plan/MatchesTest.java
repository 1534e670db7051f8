package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.model.SipTrunk;
import org.junit.jupiter.api.Test;

class MatchesTest {
  private static SipTrunk trunk(String id) {
    return SipTrunk.builder().provider("pbx").id(id).name("Berlin").build();
  }

  @Test
  void theFirstTrunkListedUnderAName_isKeptWithItsPosition_andNothingElseUntilSet() {
    Matches matches = new Matches(2);
    SipTrunk first = trunk("7");

    assertThat(matches.add(1, first, 4)).isTrue();

    assertThat(matches.count()).isEqualTo(2);
    assertThat(matches.first(0)).isNull();
    assertThat(matches.first(1)).isSameAs(first);
    assertThat(matches.position(1)).isEqualTo(4);
    assertThat(matches.several(1)).isNull();
    assertThat(matches.read(1)).isEqualTo(-1);
    assertThat(matches.verdict(1)).isEqualTo(Wanted.COMPARE);
  }

  @Test
  void aNameListedAgain_keepsEveryTrunkInTheListingsOrder_andTheFirstAsFirst() {
    Matches matches = new Matches(1);
    SipTrunk first = trunk("7");
    SipTrunk again = trunk("8");
    matches.add(0, first, 0);

    assertThat(matches.add(0, again, 3)).isFalse();

    assertThat(matches.first(0)).isSameAs(first);
    assertThat(matches.position(0)).isEqualTo(0);
    assertThat(matches.several(0)).containsExactly(first, again);
  }

  @Test
  void theReadAndVerdict_areKeptBySlot() {
    Matches matches = new Matches(2);

    matches.read(0, 3);
    matches.verdict(0, Wanted.READ);
    matches.verdict(1, Wanted.UNCHANGED);

    assertThat(matches.read(0)).isEqualTo(3);
    assertThat(matches.read(1)).isEqualTo(-1);
    assertThat(matches.verdict(0)).isEqualTo(Wanted.READ);
    assertThat(matches.verdict(1)).isEqualTo(Wanted.UNCHANGED);
  }
}

package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A declaration's slots are made once; undeclared names' are kept too, but only so many and only short ones. */
class FieldSlotsTest {
  private final FieldSlots slots = new FieldSlots(TrunkFieldsTest.FIELDS);

  @Test
  void theIdAndDeclaredFields_haveOneSlotEach_withTheirBits() {
    assertThat(slots.resolve("id")).isSameAs(slots.resolve(new String("id")));
    assertThat(slots.resolve("id").bit).isZero();
    assertThat(slots.resolve("label").bit).isEqualTo(1);
    assertThat(slots.resolve("region").bit).isEqualTo(TrunkFieldsTest.FIELDS.byName.size());
    assertThat(slots.resolve("label").field).isSameAs(TrunkFieldsTest.FIELDS.byName.get("label"));
  }

  @Test
  void undeclaredNames_areKept_upToTheBound_shortOnly() {
    FieldSlot note = slots.resolve("note");
    assertThat(note.field).isNull();
    assertThat(note.bit).as("the first undeclared name: the bit after the declared ones")
        .isEqualTo(TrunkFieldsTest.FIELDS.byName.size() + 1);
    assertThat(slots.resolve(new String("note"))).isSameAs(note);
    assertThat(slots.resolve("sip_secret").secret).isTrue();

    String longName = "x".repeat(FieldSlots.LONGEST_KEPT + 1);
    assertThat(slots.resolve(longName)).isNotSameAs(slots.resolve(longName));
    assertThat(slots.resolve(longName).name).isEqualTo(longName);
    assertThat(slots.resolve(longName).bit).as("not kept: no bit").isEqualTo(-1);

    for (int i = 0; i < FieldSlots.UNDECLARED_KEPT * 4; i++) {
      assertThat(slots.resolve("n" + i).name).isEqualTo("n" + i);
    }
    assertThat(slots.resolve("n1")).as("kept before the bound").isSameAs(slots.resolve("n1"));
    int lastBit = Long.SIZE - 1 - (TrunkFieldsTest.FIELDS.byName.size() + 3);   // 3 names before n0
    assertThat(slots.resolve("n" + lastBit).bit).as("the last bit").isEqualTo(Long.SIZE - 1);
    assertThat(slots.resolve("n" + (lastBit + 1)).bit).as("kept, but no bit left").isEqualTo(-1);
    assertThat(slots.resolve("n" + (lastBit + 1))).isSameAs(slots.resolve("n" + (lastBit + 1)));
    String late = "n" + (FieldSlots.UNDECLARED_KEPT * 4 - 1);
    assertThat(slots.resolve(late)).as("past the bound: made anew").isNotSameAs(slots.resolve(late));
    assertThat(slots.resolve(late).secret).isFalse();
    assertThat(slots.resolve("api_key_" + late).secret).isTrue();
    assertThat(slots.resolve("label")).isSameAs(slots.resolve("label"));
  }
}

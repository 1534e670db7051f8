package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page's field names are predicted from the previous item's order (by identity), looked up only when that misses,
 * and a repeated name is refused whatever was predicted.
 */
class FieldOrderTest {
  private final FieldSlots slots = new FieldSlots(TrunkFieldsTest.FIELDS);
  private final FieldOrder order = new FieldOrder(slots);

  /** Reads one item's names; the slots resolved. */
  private List<FieldSlot> item(String... names) {
    order.startItem();
    List<FieldSlot> resolved = new ArrayList<>();
    for (String name : names) {
      resolved.add(order.next(name));
    }
    order.endItem();
    return resolved;
  }

  private static List<String> names(List<FieldSlot> slots) {
    return slots.stream().map(s -> s.name).toList();
  }

  @Test
  void itemsInOneOrder_areLookedUpOnce_thenPredicted() {
    String[] names = {"id", "label", "note", "server", "extra"};
    assertThat(names(item(names))).containsExactly(names);
    assertThat(order.lookups()).isEqualTo(5);

    for (int i = 0; i < 10; i++) {
      assertThat(names(item(names))).containsExactly(names);
    }
    assertThat(order.lookups()).as("all predicted").isEqualTo(5);
  }

  @Test
  void anEqualNameThatIsAnotherString_isLookedUp_andResolvedAlike() {
    item("id", "label", "note");
    List<FieldSlot> again = item("id", new String("label"), new String("note"));

    assertThat(order.lookups()).isEqualTo(5);
    assertThat(again.get(1).field).isSameAs(TrunkFieldsTest.FIELDS.byName.get("label"));
    assertThat(again.get(2).field).isNull();
    assertThat(again.get(2).name).isEqualTo("note");
  }

  @Test
  void aFieldMissingOrAdded_costsOneLookup_theRestIsPredicted() {
    item("id", "label", "note", "server", "extra", "region");
    int first = order.lookups();

    assertThat(names(item("id", "note", "server", "extra", "region"))).as("label missing")
        .containsExactly("id", "note", "server", "extra", "region");
    assertThat(order.lookups()).isEqualTo(first);

    assertThat(names(item("id", "new", "note", "server", "extra", "region"))).as("new added")
        .containsExactly("id", "new", "note", "server", "extra", "region");
    assertThat(order.lookups()).isEqualTo(first + 1);

    assertThat(names(item("region", "extra", "server", "note", "new", "id"))).as("reversed: looked up")
        .containsExactly("region", "extra", "server", "note", "new", "id");
  }

  @Test
  void slotsSayWhatIsDoneWithEachName() {
    List<FieldSlot> s = item("id", "label", "proto", "sip_password", "outbound_server", "keep_alive", "api_token",
        "note");

    assertThat(s.get(0).isId).isTrue();
    assertThat(s.get(0).convertedAlone).isTrue();
    assertThat(s.get(0).attributeOnly).isFalse();
    assertThat(s.get(1).target).isEqualTo(io.trunkline.core.model.NeutralField.NAME);
    assertThat(s.get(1).convertedAlone).isTrue();
    assertThat(s.get(1).textAttribute).isFalse();
    assertThat(s.get(3).convertedAlone).as("a write-only password").isFalse();
    assertThat(s.get(4).textAttribute).isTrue();
    assertThat(s.get(4).attributeOnly).isTrue();
    assertThat(s.get(5).attributeOnly).isTrue();
    assertThat(s.get(6).secret).as("an undeclared secret-looking name").isTrue();
    assertThat(s.get(6).textAttribute).isFalse();
    assertThat(s.get(7).secret).isFalse();
    assertThat(s.get(7).textAttribute).isTrue();
    assertThat(s.get(6).bit).as("undeclared names kept: bits after the declared ones")
        .isEqualTo(TrunkFieldsTest.FIELDS.byName.size() + 1);
    assertThat(s.get(7).bit).isEqualTo(TrunkFieldsTest.FIELDS.byName.size() + 2);
    assertThat(s.get(0).bit).isEqualTo(0);
  }

  @Test
  void aRepeat_isRefused_inStep_afterAMisprediction_orAfterAShift() {
    item("id", "note", "extra", "label");

    assertThatThrownBy(() -> item("id", "note", "extra", "note")).as("undeclared, after the order")
        .hasMessage("it has 'note' twice");
    assertThatThrownBy(() -> item("id", "note", "label", "label")).as("declared, in step")
        .hasMessage("it has 'label' twice");
    assertThatThrownBy(() -> item("id", "extra", "note", "extra")).as("after a misprediction")
        .hasMessage("it has 'extra' twice");
    assertThatThrownBy(() -> item("id", "extra", "label", "extra")).as("after a shift")
        .hasMessage("it has 'extra' twice");
    assertThatThrownBy(() -> item("other", "note", "extra", "other")).as("a miss at the first name")
        .hasMessage("it has 'other' twice");
  }

  @Test
  void aShorterItem_predictsOnlyItsOwnNames_soRepeatsOfTheLongerItemsAreCaught() {
    item("x", "y", "c", "d");
    item("c", "d");

    assertThatThrownBy(() -> item("c", "d", "c", "d")).hasMessage("it has 'c' twice");
  }

  @Test
  void anItemRefusedHalfway_leavesTheOrderOfTheLastWholeItem() {
    item("id", "note", "extra");
    assertThatThrownBy(() -> item("id", "extra", "extra")).hasMessage("it has 'extra' twice");

    assertThat(names(item("id", "note", "extra"))).containsExactly("id", "note", "extra");
    assertThatThrownBy(() -> item("id", "note", "note")).hasMessage("it has 'note' twice");
  }

  @Test
  void manyNames_beyondThoseRemembered_areStillCheckedForRepeats() {
    int n = FieldOrder.REMEMBERED * 3;
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = ("n" + i).intern();
    }
    assertThat(item(names)).hasSize(n);
    assertThat(item(names)).hasSize(n);

    String[] repeated = names.clone();
    repeated[n - 1] = names[FieldOrder.REMEMBERED + 5];
    assertThatThrownBy(() -> item(repeated)).hasMessage("it has '" + names[FieldOrder.REMEMBERED + 5] + "' twice");
    String[] early = names.clone();
    early[FieldOrder.REMEMBERED + 1] = names[3];
    assertThatThrownBy(() -> item(early)).hasMessage("it has '" + names[3] + "' twice");
  }

  @Test
  void itemsInStep_aShorterOneInStep_thenTheWholeOrder_predictAsTheLastItemSays_andRepeatsAreStillCaught() {
    item("id", "note", "extra", "label");
    item("id", "note", "extra", "label");
    item("id", "note", "extra", "label");
    assertThat(order.lookups()).as("in step: nothing looked up again").isEqualTo(4);

    assertThat(names(item("id", "note"))).containsExactly("id", "note");
    assertThat(order.lookups()).isEqualTo(4);
    assertThat(names(item("id", "note", "extra", "label"))).containsExactly("id", "note", "extra", "label");
    assertThat(order.lookups()).as("past the shorter item's names: remembered, not looked up").isEqualTo(4);

    assertThatThrownBy(() -> item("id", "note", "extra", "note")).hasMessage("it has 'note' twice");
    assertThatThrownBy(() -> item("id", "note", "note")).hasMessage("it has 'note' twice");
    List<FieldSlot> again = item("id", "note", "extra", "label");
    assertThat(names(again)).containsExactly("id", "note", "extra", "label");
    assertThat(again.get(3).field).isSameAs(TrunkFieldsTest.FIELDS.byName.get("label"));
    assertThat(order.lookups()).as("every name remembered").isEqualTo(4);
  }

  @Test
  void optionalTrailingFields_areLookedUpOnce_thenRemembered_andTheirRepeatsRefused() {
    item("id", "label", "server", "note");
    item("id", "label", "server", "extra");
    item("id", "label", "server", "note", "region");
    item("id", "label", "server", "region", "extra");
    assertThat(order.lookups()).as("each name once").isEqualTo(6);

    for (int i = 0; i < 20; i++) {
      List<String> names = new ArrayList<>(List.of("id", "label", "server"));
      if (i % 3 == 0) {
        names.add("note");
      }
      if (i % 4 == 1) {
        names.add("extra");
      }
      if (i % 5 == 2) {
        names.add("region");
      }
      assertThat(names(item(names.toArray(String[]::new)))).containsExactlyElementsOf(names);
    }
    assertThat(order.lookups()).as("all predicted or remembered").isEqualTo(6);

    assertThatThrownBy(() -> item("id", "label", "extra", "server", "extra")).hasMessage("it has 'extra' twice");
    assertThatThrownBy(() -> item("id", "note", "label", "note")).hasMessage("it has 'note' twice");
    assertThatThrownBy(() -> item("id", "label", "server", "note", new String("note")))
        .as("an equal name, another string").hasMessage("it has 'note' twice");
    assertThat(order.lookups()).as("only the other string looked up").isEqualTo(7);
  }

  @Test
  void namesRemembered_areBounded_laterOnesAreLookedUpEachTime() {
    for (int i = 0; i < FieldOrder.KNOWN; i++) {
      item("id", ("m" + i).intern());
    }
    int looked = order.lookups();
    assertThat(looked).as("\"id\" and one new name per item").isEqualTo(FieldOrder.KNOWN + 1);
    item("id", ("m" + (FieldOrder.KNOWN - 2)).intern());
    assertThat(order.lookups()).as("remembered").isEqualTo(looked);
    item("id", ("m" + (FieldOrder.KNOWN - 1)).intern());
    assertThat(order.lookups()).as("the one past the bound: looked up again").isEqualTo(++looked);
    String late = "late";
    item("id", late, "label");
    item("id", "label", late);
    assertThat(order.lookups()).as("past the bound: looked up each time but when predicted ('label' the 2nd time)")
        .isEqualTo(looked + 3);
    assertThatThrownBy(() -> item("id", late, "label", late)).hasMessage("it has 'late' twice");
  }
}

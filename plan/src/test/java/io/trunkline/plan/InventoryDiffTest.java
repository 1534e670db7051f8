package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryDiffTest {
  private static final String BEFORE = "[\n"
      + " {\"account\": \"eu-pbx\", \"provider\": \"pbx\", \"id\": \"1\", \"name\": \"Kept\", \"maxChannels\": 40,"
      + "  \"numbers\": [\"+1\", \"+2\"], \"attributes\": {\"brand\": \"Telnyx\", \"sip_password\": \"Old-s3cret\"}},\n"
      + " {\"account\": \"eu-pbx\", \"provider\": \"pbx\", \"id\": \"2\", \"name\": \"Gone\"},\n"
      + " {\"account\": \"agency\", \"provider\": \"famulor\", \"id\": \"1\", \"name\": \"Same\", \"numbers\": []}\n"
      + "]";
  private static final String AFTER = "{\"trunks\": [\n"
      + " {\"account\": \"eu-pbx\", \"provider\": \"pbx\", \"id\": \"1\", \"name\": \"Kept\", \"maxChannels\": 60,"
      + "  \"numbers\": [\"+2\", \"+1\"],"
      + "  \"attributes\": {\"brand\": \"Telnyx US\", \"sip_password\": \"New-s3cret\"}},\n"
      + " {\"account\": \"agency\", \"provider\": \"famulor\", \"id\": \"1\", \"name\": \"Same\"},\n"
      + " {\"account\": \"agency\", \"provider\": \"famulor\", \"id\": \"9\", \"name\": \"New\"}\n"
      + "]}";

  private final InventoryDiff diff = new InventoryDiff(name -> name.contains("password"));

  @Test
  void addedRemovedAndChangedTrunks_fieldByField_secretsNeverShown() {
    List<TrunkDiff> diffs = diff.compare(InventoryDiff.read(BEFORE, "old.json"), InventoryDiff.read(AFTER, "new.json"));

    assertThat(diffs).extracting(TrunkDiff::kind, TrunkDiff::id)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(TrunkDiff.Kind.ADDED, "9"),
            org.assertj.core.groups.Tuple.tuple(TrunkDiff.Kind.REMOVED, "2"),
            org.assertj.core.groups.Tuple.tuple(TrunkDiff.Kind.CHANGED, "1"));
    assertThat(diffs.get(2).changes()).extracting(FieldChange::field)
        .containsExactly("maxChannels", "attributes.brand", "attributes.sip_password");
    String human = PlanPrinter.human(diffs, false);
    assertThat(human).isEqualTo("account agency (famulor)\n"
        + "  + trunk \"New\" (id 9)\n"
        + "account eu-pbx (pbx)\n"
        + "  - trunk \"Gone\" (id 2)\n"
        + "  ~ trunk \"Kept\" (id 1)\n"
        + "      ~ maxChannels: 40 -> 60\n"
        + "      ~ attributes.brand: \"Telnyx\" -> \"Telnyx US\"\n"
        + "      ~ attributes.sip_password: (changed)\n"
        + "\nDifferences: 1 added, 1 removed, 1 changed.\n");
    String json = PlanPrinter.json(diffs);
    assertThat(json).contains("\"added\" : 1", "\"kind\" : \"CHANGED\"", "\"before\" : 40");
    for (String shown : new String[] {human, PlanPrinter.human(diffs, true), json}) {
      assertThat(shown).doesNotContain("s3cret");
    }
  }

  @Test
  void theSameSnapshot_hasNoDifferences() {
    assertThat(PlanPrinter.human(diff.compare(InventoryDiff.read(BEFORE, "a"), InventoryDiff.read(BEFORE, "b")),
        false)).isEqualTo("No differences.\n");
  }

  @Test
  void notASnapshot_isRefusedNamingTheFile() {
    assertThatThrownBy(() -> InventoryDiff.read("{\"accounts\": []}", "old.json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("old.json: not an inventory snapshot");
    assertThatThrownBy(() -> InventoryDiff.read("[{\"id\": 1,", "old.json"))
        .hasMessageStartingWith("old.json: line 1, column ");
  }
}

package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The kit's write rules that hold for every declaration. */
class TrunkWritingTest {
  /** Passes unknown attributes through: only the kit's own rules stop one. */
  private static final TrunkFields OPEN = TrunkFields.builder("open").id("sid")
      .field(VendorField.text("label").neutral(NeutralField.NAME))
      .passUnknownAttributes()
      .build();
  /** Its neutral name is clearable: only a JSON null in attributes can clear it. */
  private static final TrunkFields CLEARABLE = TrunkFields.builder("clear").id("id")
      .field(VendorField.text("nick").neutral(NeutralField.NAME).clearable())
      .field(VendorField.text("server").neutral(NeutralField.HOST))
      .build();
  private static final SipTrunk NAMED = SipTrunk.builder().provider("clear").id("1").name("old").host("h").build();

  @Test
  void theIdField_isRefusedInAttributes_evenWhenUnknownAttributesPassThrough() {
    assertThatThrownBy(() -> OPEN.createBody(TrunkSpec.builder().name("n")
        .putAttributes("sid", TextNode.valueOf("S2")).build()))
        .hasMessage("attributes.sid: is the trunk's id and cannot be sent");
    assertThatThrownBy(() -> OPEN.updateBody(TrunkUpdate.builder()
        .putAttributes("sid", TextNode.valueOf("S2")).build()))
        .hasMessage("attributes.sid: is the trunk's id and cannot be sent");
  }

  @Test
  void otherUnknownAttributes_stillPassThrough() {
    VendorBody body = OPEN.createBody(TrunkSpec.builder().name("n")
        .putAttributes("Sid2", TextNode.valueOf("S2")).build());

    assertThat(body.toString()).isEqualTo("{label=\"n\", Sid2=\"S2\"}");
  }

  @Test
  void aJsonNull_clearsAClearableNeutralField_onUpdate_andCountsAsAChangeWhenItIsSet() {
    TrunkUpdate clear = TrunkUpdate.builder().putAttributes("nick", NullNode.getInstance()).build();

    assertThat(CLEARABLE.updateBody(clear).toString()).isEqualTo("{nick=null}");
    assertThat(CLEARABLE.changes(NAMED, clear)).isEqualTo(List.of("attributes.nick"));
    assertThat(CLEARABLE.changes(SipTrunk.builder().from(NAMED).name(Optional.empty()).build(), clear)).isEmpty();
  }

  @Test
  void aNeutralFieldsVendorName_isRefusedOtherwise_namingTheRule() {
    assertThatThrownBy(() -> CLEARABLE.updateBody(TrunkUpdate.builder()
        .putAttributes("nick", TextNode.valueOf("x")).build()))
        .hasMessage("attributes.nick: is the neutral field 'name'; set that instead (a JSON null here clears it on"
            + " update)");
    assertThatThrownBy(() -> CLEARABLE.createBody(TrunkSpec.builder().name("n")
        .putAttributes("nick", NullNode.getInstance()).build()))
        .hasMessage("attributes.nick: is the neutral field 'name'; set that instead (a JSON null here clears it on"
            + " update)");
    assertThatThrownBy(() -> CLEARABLE.updateBody(TrunkUpdate.builder().name("new")
        .putAttributes("nick", NullNode.getInstance()).build()))
        .hasMessage("attributes.nick: clears the neutral field 'name', which this update also sets; leave one out");
    assertThatThrownBy(() -> CLEARABLE.updateBody(TrunkUpdate.builder()
        .putAttributes("server", NullNode.getInstance()).build()))
        .hasMessage("attributes.server: is the neutral field 'host'; set that instead");
  }
}

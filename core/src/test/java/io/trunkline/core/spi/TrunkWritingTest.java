package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import org.junit.jupiter.api.Test;

/** The kit's write rules that hold for every declaration. */
class TrunkWritingTest {
  /** Passes unknown attributes through: only the kit's own rules stop one. */
  private static final TrunkFields OPEN = TrunkFields.builder("open").id("sid")
      .field(VendorField.text("label").neutral(NeutralField.NAME))
      .passUnknownAttributes()
      .build();

  @Test
  void theIdField_isRefusedInAttributes_evenWhenUnknownAttributesPassThrough() {
    assertThatThrownBy(() -> OPEN.createBody(TrunkSpec.builder().name("n")
        .putAttributes("sid", TextNode.valueOf("S2")).build()))
        .hasMessage("attributes.sid: is set by the vendor and cannot be sent");
    assertThatThrownBy(() -> OPEN.updateBody(TrunkUpdate.builder()
        .putAttributes("sid", TextNode.valueOf("S2")).build()))
        .hasMessage("attributes.sid: is set by the vendor and cannot be sent");
  }

  @Test
  void otherUnknownAttributes_stillPassThrough() {
    VendorBody body = OPEN.createBody(TrunkSpec.builder().name("n")
        .putAttributes("Sid2", TextNode.valueOf("S2")).build());

    assertThat(body.toString()).isEqualTo("{label=\"n\", Sid2=\"S2\"}");
  }
}

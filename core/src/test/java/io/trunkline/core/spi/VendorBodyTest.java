package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A body nests objects that hold secrets: in clear on the wire only, masked everywhere else. */
class VendorBodyTest {
  private static VendorBody nesting() {
    VendorBody credentials = VendorBody.empty().put("Realm", TextNode.valueOf("r1"))
        .put("Password", Secret.of("Zx9-nested"));
    return VendorBody.empty().put("Name", TextNode.valueOf("n")).put("Key", Secret.of("Zx9-top"))
        .put("Credentials", credentials);
  }

  @Test
  void aNestedBodysSecrets_areTheBodys() {
    assertThat(nesting().secrets()).isEqualTo(List.of(Secret.of("Zx9-top"), Secret.of("Zx9-nested")));
  }

  @Test
  void theWireWriter_revealsNestedSecrets_everyOtherWriterMasksThem() throws Exception {
    assertThat(Json.wire().writeValueAsString(nesting())).isEqualTo(
        "{\"Name\":\"n\",\"Key\":\"Zx9-top\",\"Credentials\":{\"Realm\":\"r1\",\"Password\":\"Zx9-nested\"}}");
    assertThat(Json.mapper().writeValueAsString(nesting())).isEqualTo(
        "{\"Name\":\"n\",\"Key\":\"****\",\"Credentials\":{\"Realm\":\"r1\",\"Password\":\"****\"}}");
  }

  @Test
  void toString_masksNestedSecrets() {
    assertThat(nesting().toString()).isEqualTo("{Name=\"n\", Key=****, Credentials={Realm=\"r1\", Password=****}}");
  }

  @Test
  void aNestedBody_isNoPlainJsonValue() {
    assertThat(nesting().get("Credentials")).isEmpty();
    assertThat(nesting().remove("Credentials")).isInstanceOf(VendorBody.class);
  }
}

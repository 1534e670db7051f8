package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import org.junit.jupiter.api.Test;

/** Code conversions: known codes both ways, and what an unknown code reads as. */
class ConversionsTest {
  private static final Conversion<AuthMode> CODES = Conversions.codes("IP_AUTH", AuthMode.IP, "REGISTER",
      AuthMode.CREDENTIALS, "ACCEPT_REGISTER", AuthMode.CREDENTIALS);
  private static final Conversion<AuthMode> CODES_OR_OTHER = Conversions.codesOr(AuthMode.OTHER, "IP_AUTH",
      AuthMode.IP, "REGISTER", AuthMode.CREDENTIALS, "ACCEPT_REGISTER", AuthMode.CREDENTIALS);

  @Test
  void codes_readKnownCodesIgnoringCase_unknownAsNull_andWriteTheFirstCode() {
    assertThat(CODES.read(TextNode.valueOf("ip_auth"))).isEqualTo(AuthMode.IP);
    assertThat(CODES.read(TextNode.valueOf("ACCEPT_REGISTER"))).isEqualTo(AuthMode.CREDENTIALS);
    assertThat(CODES.read(TextNode.valueOf("OAUTH"))).isNull();
    assertThat(CODES.write(AuthMode.CREDENTIALS)).isEqualTo(TextNode.valueOf("REGISTER"));
    assertThatThrownBy(() -> CODES.write(AuthMode.OTHER)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("has no vendor value for OTHER; accepted: [IP, CREDENTIALS]");
  }

  @Test
  void codesOr_readsAnUnknownCodeAsTheChosenValue_andKnownCodesAsCodesDoes() {
    assertThat(CODES_OR_OTHER.read(TextNode.valueOf("OAUTH"))).isEqualTo(AuthMode.OTHER);
    assertThat(CODES_OR_OTHER.read(TextNode.valueOf(""))).isEqualTo(AuthMode.OTHER);
    assertThat(CODES_OR_OTHER.read(JsonNodeFactory.instance.numberNode(7))).isEqualTo(AuthMode.OTHER);
    assertThat(CODES_OR_OTHER.read(TextNode.valueOf("register"))).isEqualTo(AuthMode.CREDENTIALS);
    assertThat(CODES_OR_OTHER.write(AuthMode.IP)).isEqualTo(TextNode.valueOf("IP_AUTH"));
    assertThat(CODES_OR_OTHER.write(AuthMode.CREDENTIALS)).isEqualTo(TextNode.valueOf("REGISTER"));
    assertThatThrownBy(() -> CODES_OR_OTHER.read(JsonNodeFactory.instance.arrayNode()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("must be one of ");
  }

  @Test
  void codesOr_refusesToWriteTheChosenValue() {
    assertThatThrownBy(() -> CODES_OR_OTHER.write(AuthMode.OTHER)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("has no vendor value for OTHER (what an unknown code reads as; it cannot be written);"
            + " accepted: [IP, CREDENTIALS]");
  }

  @Test
  void codesOr_inADeclaration_readsTheUnknownCode_keepsItInAttributes_andRefusesItOnCreate() throws Exception {
    TrunkFields fields = TrunkFields.builder("demo").id("id", FieldRule.digits())
        .field(VendorField.text("auth").neutral(NeutralField.AUTH_MODE, CODES_OR_OTHER)).build();

    SipTrunk trunk = fields.read(Json.mapper().readTree("{\"id\":7,\"auth\":\"TEAMS\"}"));

    assertThat(trunk.authMode()).contains(AuthMode.OTHER);
    assertThat(trunk.attributes()).containsEntry("auth", TextNode.valueOf("TEAMS"));
    assertThatThrownBy(() -> fields.createBody(TrunkSpec.builder().authMode(AuthMode.OTHER).build()))
        .isInstanceOf(TrunkValidationException.class)
        .hasMessageStartingWith("authMode (auth): has no vendor value for OTHER (what an unknown code reads as;"
            + " it cannot be written)");
  }

  @Test
  void codesOr_refusesAMissingOrPairedUnknownValue() {
    assertThatThrownBy(() -> Conversions.codesOr(null, "IP_AUTH", AuthMode.IP))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Conversions.codesOr(AuthMode.OTHER, "IP_AUTH", AuthMode.IP, "OTHER", AuthMode.OTHER))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OTHER");
  }

  @Test
  void integer_readsEveryWholeNumberAsItsValue_theSipPortsBoxedOnce() {
    Conversion<Integer> integer = Conversions.integer();
    for (int value : new int[] {0, -1, 127, 128, 5059, 5060, 5061, 5062, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      assertThat(integer.readInt(value)).isEqualTo(value).isEqualTo(integer.read(IntNode.valueOf(value)));
    }
    assertThat(integer.readInt(5060)).isSameAs(integer.readInt(5060));
    assertThat(integer.readInt(5061)).isSameAs(Conversions.integer().readInt(5061));
  }

  @Test
  void joined_readsTheItemsWithoutBlanks_asWithAnySeparator() {
    Conversion<java.util.List<String>> semicolon = Conversions.joined(";");
    assertThat(semicolon.readText("3000;12000-18000")).containsExactly("3000", "12000-18000");
    assertThat(semicolon.readText(" 3000 ;\t;; 4000\n;5000;  6000 ")).containsExactly("3000", "4000", "5000", "6000");
    assertThat(semicolon.readText("3000")).containsExactly("3000");
    assertThat(semicolon.readText("")).isEmpty();
    assertThat(semicolon.readText(" ; \u2003;")).isEmpty();   // an em space is white space to strip() too
    assertThat(semicolon.readText("\u2003a\u00a0;b")).containsExactly("a\u00a0", "b");   // no-break space is not
    assertThat(semicolon.read(TextNode.valueOf("a;b;c"))).containsExactly("a", "b", "c");
    Conversion<java.util.List<String>> pair = Conversions.joined(", ");
    assertThat(pair.readText("a, b,c, , d")).containsExactly("a", "b,c", "d");
    assertThat(pair.readText("a, ")).containsExactly("a");
  }
}

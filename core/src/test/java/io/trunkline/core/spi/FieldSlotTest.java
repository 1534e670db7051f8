package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.model.NeutralField;
import org.junit.jupiter.api.Test;

/** What a slot decides once for the streamed reader: which strings and whole numbers are stored as they are. */
class FieldSlotTest {
  private final FieldSlots slots = new FieldSlots(TrunkFields.builder("demo").id("id")
      .field(VendorField.text("label").neutral(NeutralField.NAME))
      .field(VendorField.text("server").neutral(NeutralField.HOST))
      .field(VendorField.text("user").neutral(NeutralField.USERNAME))
      .field(VendorField.text("cli").neutral(NeutralField.CALLER_ID))
      .field(VendorField.text("country").neutral(NeutralField.COUNTRY_CODE))
      .field(VendorField.text("secret").neutral(NeutralField.PASSWORD))
      .field(VendorField.text("alias").fallbackFor(NeutralField.HOST, Conversions.text()))
      .field(VendorField.integer("port").neutral(NeutralField.PORT))
      .field(VendorField.integer("channels").neutral(NeutralField.MAX_CHANNELS))
      .field(VendorField.integer("created").neutral(NeutralField.CREATED_AT))
      .field(VendorField.text("note"))
      .build());
  /** A name read by a conversion of its own. */
  private final FieldSlots converted = new FieldSlots(TrunkFields.builder("demo").id("id")
      .field(VendorField.text("upper").neutral(NeutralField.NAME, new Conversion<String>() {
        @Override
        public String read(com.fasterxml.jackson.databind.JsonNode value) {
          return value.asText().toUpperCase(java.util.Locale.ROOT);
        }

        @Override
        public com.fasterxml.jackson.databind.JsonNode write(String value) {
          return com.fasterxml.jackson.databind.node.TextNode.valueOf(value);
        }
      }))
      .build());

  @Test
  void aStringStoredAsItIs_namesItsTextField() {
    assertThat(slots.resolve("label").plainText).isEqualTo(NeutralField.NAME);
    assertThat(slots.resolve("server").plainText).isEqualTo(NeutralField.HOST);
    assertThat(slots.resolve("user").plainText).isEqualTo(NeutralField.USERNAME);
    assertThat(slots.resolve("cli").plainText).isEqualTo(NeutralField.CALLER_ID);
    assertThat(slots.resolve("country").plainText).isEqualTo(NeutralField.COUNTRY_CODE);
    assertThat(slots.resolve("label").targetBit).isEqualTo(1L << NeutralField.NAME.ordinal());
    assertThat(slots.resolve("label").wholeNumber).isNull();
  }

  @Test
  void aStringConvertedOrNotHeld_isLeftToTheGenericReading() {
    assertThat(slots.resolve("secret").plainText).as("a password is never held").isNull();
    assertThat(converted.resolve("upper").plainText).as("its own conversion").isNull();
    assertThat(slots.resolve("alias").plainText).as("a fallback").isNull();
    assertThat(slots.resolve("note").plainText).as("an attribute").isNull();
    assertThat(slots.resolve("note").targetBit).isZero();
    assertThat(slots.resolve("id").plainText).isNull();
    assertThat(slots.resolve("undeclared").plainText).isNull();
  }

  @Test
  void aWholeNumberStoredAsItIs_namesItsNumberField() {
    assertThat(slots.resolve("port").wholeNumber).isEqualTo(NeutralField.PORT);
    assertThat(slots.resolve("channels").wholeNumber).isEqualTo(NeutralField.MAX_CHANNELS);
    assertThat(slots.resolve("channels").targetBit).isEqualTo(1L << NeutralField.MAX_CHANNELS.ordinal());
    assertThat(slots.resolve("created").wholeNumber).as("a time, converted").isNull();
    assertThat(slots.resolve("port").plainText).isNull();
    assertThat(slots.resolve("id").wholeNumber).isNull();
  }

  @Test
  void theSharedConversions_areOneInstanceEach() {
    assertThat(Conversions.text()).isSameAs(Conversions.text()).isInstanceOf(Conversions.PlainText.class);
    assertThat(Conversions.integer()).isSameAs(Conversions.integer()).isInstanceOf(Conversions.WholeNumber.class);
  }
}

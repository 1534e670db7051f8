package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path reads exactly what the formatter reads, and leaves every other shape to it. */
class IsoTimesTest {
  @ParameterizedTest
  @ValueSource(strings = {"2024-01-15T10:30:00Z", "2024-01-15T10:30:00.1Z", "2024-01-15T10:30:00.123456Z",
      "2024-02-29T23:59:59.999999999Z", "1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z"})
  void readsTheUtcShape_asTheFormatterDoes(String text) {
    assertThat(IsoTimes.utc(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-15T10:30:00+02:00", "2024-01-15T10:30Z", "2024-01-15 10:30:00Z",
      "2024-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2024-01-15T24:00:00Z", "2024-01-15T10:30:00.Z",
      "2024-01-15T10:30:00.1234567890Z", "２024-01-15T10:30:00Z", "2024-01-15T10:30:00", "+2024-01-15T10:30:00Z"})
  void leavesOtherShapes_toTheFormatter(String text) {
    assertThat(IsoTimes.utc(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-01-15T10:30:00+02:00", "2024-01-15T10:30:00.5Z"})
  void theConversion_readsBothPaths(String text) {
    Instant read = Conversions.isoInstant().read(com.fasterxml.jackson.databind.node.TextNode.valueOf(text));
    assertThat(read).isEqualTo(OffsetDateTime.parse(text).toInstant());
  }
}

package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodeNamesTest {
  @Test
  void aDeclaredCode_hasItsName_anyOtherIsUnknown_andBothPrintWithTheCode() {
    CodeNames names = new CodeNames();

    assertThat(names.declare(3, "UDP")).isEqualTo(3);
    assertThat(names.name(3)).isEqualTo("UDP");
    assertThat(names.isKnown(3)).isTrue();
    assertThat(names.describe(3)).isEqualTo("UDP(3)");
    assertThat(names.name(9)).isEqualTo("UNKNOWN");
    assertThat(names.isKnown(9)).isFalse();
    assertThat(names.describe(9)).isEqualTo("UNKNOWN(9)");
  }

  @Test
  void aCodeDeclaredTwice_isRefused() {
    CodeNames names = new CodeNames();
    names.declare(1, "ONE");

    assertThatThrownBy(() -> names.declare(1, "UNO")).isInstanceOf(IllegalStateException.class)
        .hasMessage("code 1 declared twice");
  }
}

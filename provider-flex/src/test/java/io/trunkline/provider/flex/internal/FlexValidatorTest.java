package io.trunkline.provider.flex.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Secret;
import io.trunkline.provider.flex.FlexTrunkRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The typed client's request checks alone (the refusals through the client: {@code FlexValidationTest}). */
class FlexValidatorTest {
  private static FlexTrunkRequest valid() {
    return FlexTrunkRequest.builder().label("My trunk").password(Secret.of("4r=h;EaCB85QNtr2"))
        .callerid("13132847320").build();
  }

  @Test
  void multipleNumbers_allowsAnEmptyCallerId() {
    FlexTrunkRequest request = FlexTrunkRequest.builder().from(valid()).callerid("").multipleNumbers(true).build();

    assertThat(FlexValidator.validate(request)).isSameAs(request);
  }

  @Test
  void passwordMessage_saysHowToSupplyIt_andNeverShowsOne() {
    assertThatThrownBy(() -> FlexValidator.validate(FlexTrunkRequest.builder().from(valid())
        .password(Optional.empty()).build()))
        .hasMessageContaining("FlexTrunkRequest.password(");
  }
}

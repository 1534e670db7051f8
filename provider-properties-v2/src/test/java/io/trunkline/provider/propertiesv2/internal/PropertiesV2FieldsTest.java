package io.trunkline.provider.propertiesv2.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import io.trunkline.core.Secret;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.spi.Json;
import org.junit.jupiter.api.Test;

/** The field declaration's codes and bodies, read and built without a vendor. */
class PropertiesV2FieldsTest {
  @Test
  void everyProvisioningState_andType_mapsAsDesigned_bothWays() throws Exception {
    TrunkState[] states = {TrunkState.INACTIVE, TrunkState.PROVISIONING, TrunkState.ACTIVE, TrunkState.DEPROVISIONING};
    for (int code = 0; code < states.length; code++) {
      assertThat(PropertiesV2Fields.FIELDS.read(Json.mapper().readTree(
          "{\"SipTrunkSid\":\"S\",\"ProvisioningState\":" + code + "}")).state()).contains(states[code]);
      assertThat(PropertiesV2Fields.STATES.write(states[code]).intValue()).isEqualTo(code);
    }
    assertThat(PropertiesV2Fields.FIELDS.read(Json.mapper().readTree("{\"SipTrunkSid\":\"S\",\"Type\":0}"))
        .authMode()).contains(AuthMode.IP);
    assertThat(PropertiesV2Fields.FIELDS.read(Json.mapper().readTree("{\"SipTrunkSid\":\"S\",\"Type\":\"1\"}"))
        .authMode()).contains(AuthMode.CREDENTIALS);
    assertThat(PropertiesV2Fields.AUTH_MODES.write(AuthMode.IP)).isEqualTo(IntNode.valueOf(0));
    assertThat(PropertiesV2Fields.AUTH_MODES.write(AuthMode.CREDENTIALS)).isEqualTo(IntNode.valueOf(1));
  }

  @Test
  void createBody_showsThePasswordMasked() {
    assertThat(PropertiesV2Fields.FIELDS.createBody(TrunkSpec.builder().name("n").callerId("+61261234567")
        .username("r").password(Secret.of("Full!Spec-Pass9")).build()).toString())
        .doesNotContain("Full!Spec-Pass9").contains("****");
  }
}

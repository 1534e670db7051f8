package io.trunkline.provider.propertiesv2.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Secret;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.spi.Conversion;
import io.trunkline.core.spi.Json;
import java.time.Instant;
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

  /**
   * The streaming reader hands numbers and strings to {@code readInt} and {@code readText} without a node: each
   * must read what {@code read} reads of the same JSON value, for every code, unknown codes and names, and the
   * timestamp forms.
   */
  @Test
  void codesAndTimes_readWithoutANode_asFromTheirNodes() {
    for (int code : new int[] {-1, 0, 1, 2, 3, 4, 7, 1_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      assertThat(PropertiesV2Fields.STATES.readInt(code)).isEqualTo(PropertiesV2Fields.STATES.read(IntNode.valueOf(code)));
      assertThat(PropertiesV2Fields.AUTH_MODES.readInt(code))
          .isEqualTo(PropertiesV2Fields.AUTH_MODES.read(IntNode.valueOf(code)));
    }
    assertThat(PropertiesV2Fields.STATES.readInt(2)).isEqualTo(TrunkState.ACTIVE);
    assertThat(PropertiesV2Fields.STATES.readInt(4)).isNull();
    assertThat(PropertiesV2Fields.AUTH_MODES.readInt(1)).isEqualTo(AuthMode.CREDENTIALS);
    assertThat(PropertiesV2Fields.AUTH_MODES.readInt(2)).isEqualTo(AuthMode.OTHER);
    for (String text : new String[] {"0", " 3 ", "9", "-1", "Active", "de-provisioning", "Deprovisioning",
        "IP to IP", "ip_to_ip", "Authenticated", "Unknown", "", "12345678901"}) {
      assertThat(PropertiesV2Fields.STATES.readText(text))
          .as(text).isEqualTo(PropertiesV2Fields.STATES.read(TextNode.valueOf(text)));
      assertThat(PropertiesV2Fields.AUTH_MODES.readText(text))
          .as(text).isEqualTo(PropertiesV2Fields.AUTH_MODES.read(TextNode.valueOf(text)));
    }
    assertThat(PropertiesV2Fields.STATES.readText("Active")).isEqualTo(TrunkState.ACTIVE);
    assertThat(PropertiesV2Fields.AUTH_MODES.readText(" IP to IP ")).isEqualTo(AuthMode.IP);
    assertThat(PropertiesV2Fields.AUTH_MODES.readText("Unknown")).isEqualTo(AuthMode.OTHER);

    Conversion<Instant> created = PropertiesV2Fields.UNIX_TIME;
    for (int seconds : new int[] {0, 1, 1_767_603_600, Integer.MAX_VALUE, -5}) {
      assertThat(created.readInt(seconds)).isEqualTo(created.read(IntNode.valueOf(seconds)));
    }
    assertThat(created.readInt(1_767_603_600)).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
    assertThat(created.readInt(0)).isNull();
    for (String text : new String[] {"1767603600", " 1767603600 ", "0", "", "1767603600.5", "/Date(1767603600000)/",
        "2026-01-05T09:00:00", "2026-01-05T10:00:00+01:00"}) {
      assertThat(created.readText(text)).as(text).isEqualTo(created.read(TextNode.valueOf(text)));
    }
    assertThat(created.readText("2026-01-05T09:00:00")).isEqualTo(Instant.parse("2026-01-05T09:00:00Z"));
    assertThatThrownBy(() -> created.readText("yesterday")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unix timestamp");
  }

  @Test
  void createBody_showsThePasswordMasked() {
    assertThat(PropertiesV2Fields.FIELDS.createBody(TrunkSpec.builder().name("n").callerId("+61261234567")
        .username("r").password(Secret.of("Full!Spec-Pass9")).build()).toString())
        .doesNotContain("Full!Spec-Pass9").contains("****");
  }
}

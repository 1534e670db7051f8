package io.trunkline.provider.flex.internal;

import static io.trunkline.provider.flex.internal.FlexFields.FIELDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Secret;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The declaration alone: one reading for every shape, the create body, change detection. */
class FlexFieldsTest {
  private static JsonNode payload(String name) throws Exception {
    try (InputStream in = FlexFieldsTest.class.getResourceAsStream("/io/trunkline/testing/flex/" + name)) {
      return Json.mapper().readTree(in);
    }
  }

  @Test
  void aListItemCarryingTheDocumentsFields_readsAsTheDocumentDoes() throws Exception {
    ObjectNode document = (ObjectNode) payload("trunk-ip-auth.json");
    ObjectNode item = document.deepCopy().put("status", "active").put("talk_time", 65);

    SipTrunk fromGet = FIELDS.read(document);
    SipTrunk fromList = FIELDS.read(item);

    assertThat(fromList.state()).contains(TrunkState.ACTIVE);
    assertThat(SipTrunk.builder().from(fromList).state(java.util.Optional.empty())
        .attributes(fromGet.attributes()).build()).isEqualTo(fromGet);
    assertThat(fromGet.allowedIps()).containsExactly("203.0.113.10", "203.0.113.11");
    assertThat(fromGet.maxChannels()).contains(4);
    assertThat(fromGet.createdAt()).contains(Instant.parse("2024-02-01T08:30:00Z"));
    assertThat(fromGet.username()).contains("32882");
    assertThat(fromGet.authMode()).as("from the host").contains(AuthMode.IP);
    assertThat(fromGet.attributes()).doesNotContainKeys("name", "access_token", "host", "allowed_ips",
        "max_channels", "created_at");
  }

  @Test
  void theCreateBody_namesWavixsFields_withTheDocumentedDefaults() throws Exception {
    var body = FIELDS.createBody(TrunkSpec.builder().name("n").password(Secret.of("pw-123456"))
        .callerId("+13132847320").maxChannels(3).build());

    assertThat(Json.mapper().readTree(Json.mapper().writeValueAsString(body))).isEqualTo(Json.mapper().readTree("""
        {"label": "n", "password": "****", "callerid": "13132847320", "max_channels": 3,
         "ip_restrict": false, "didinfo_enabled": true, "call_restrict": false, "cost_limit": false,
         "channels_restrict": true, "rewrite_enabled": false, "transcription_enabled": false,
         "transcription_threshold": 6}"""));
    assertThat(body.toString()).doesNotContain("pw-123456");
  }

  @Test
  void aCreateLackingEverything_namesEveryRequiredField() {
    assertThatThrownBy(() -> FIELDS.createBody(TrunkSpec.builder().build()))
        .hasMessageStartingWith("name (label), password (password), callerId (callerid): are required by flex to"
            + " create a trunk");
  }

  @Test
  void theChannelLimit_isNoChangeWhileWavixIgnoresIt() throws Exception {
    SipTrunk current = FIELDS.read(payload("trunk.json"));

    assertThat(FIELDS.changes(current, TrunkUpdate.builder().maxChannels(9).build())).isEmpty();
    assertThat(FIELDS.changes(current, TrunkUpdate.builder().maxChannels(9)
        .putAttributes("channels_restrict", BooleanNode.TRUE).build()))
        .containsExactly("maxChannels (max_channels)", "attributes.channels_restrict");
  }
}

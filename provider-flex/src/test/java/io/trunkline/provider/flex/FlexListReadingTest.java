package io.trunkline.provider.flex;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.spi.Json;
import io.trunkline.contract.WireMockVendor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The streamed list reads Wavix's list item (SIPTrunkShort, as the benchmarks list it) field by field, converted
 * fields from their text without a node: every mapped field, and a listed trunk equals the same trunk read by
 * {@code get} (the tree reader).
 */
@Timeout(30)
class FlexListReadingTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> fx = FlexAccount.wireMock();

  /** A digest trunk, an IP-authentication request under review, and a rejected trunk of an unknown method. */
  static final List<String> ITEMS = List.of("""
      {"id": 3100, "label": "Trunk 0", "name": "32880", "auth_method": "Digest", "callerid": "13132840000",
       "host_request": null, "passthrough": false, "multiple_numbers": true, "status": "active", "charge": "0.0",
       "talk_time": 0, "machine_detection_enabled": true, "call_recording_enabled": true,
       "transcription_enabled": true, "transcription_threshold": 6, "encrypted_media": true,
       "access_token": "5eed0000"}""", """
      {"id": 3103, "label": "Trunk 3", "name": "32883", "auth_method": "IP auth", "callerid": "+13132840003",
       "host_request": {"host": "203.0.113.10", "status": "pending"}, "passthrough": true,
       "multiple_numbers": false, "status": "pending", "charge": "3.3", "talk_time": 111,
       "machine_detection_enabled": false, "call_recording_enabled": false, "transcription_enabled": false,
       "transcription_threshold": 15, "encrypted_media": false, "access_token": "5eed0003"}""", """
      {"id": 3110, "label": "Trunk 10", "name": "32890", "auth_method": "OAuth", "callerid": "",
       "host_request": null, "passthrough": false, "multiple_numbers": true, "status": "rejected",
       "charge": "10.0", "talk_time": 370, "machine_detection_enabled": false, "call_recording_enabled": false,
       "transcription_enabled": false, "transcription_threshold": 16, "encrypted_media": false,
       "access_token": "5eed000a"}""");

  @BeforeEach
  void stubTheListAndEachTrunk() throws Exception {
    fx.server().stubFor(get(urlEqualTo("/v1/trunks?page=1&per_page=25")).willReturn(okJson(
        "{\"sip_trunks\": [" + String.join(",", ITEMS) + "], \"pagination\": {\"current_page\": 1,"
            + " \"per_page\": 25, \"total\": 3, \"total_pages\": 1}}")));
    for (String item : ITEMS) {
      String id = Json.mapper().readTree(item).get("id").asText();
      fx.server().stubFor(get(urlEqualTo("/v1/trunks/" + id)).willReturn(okJson(item)));
    }
  }

  @Test
  void aDigestItem_mapsEveryField() {
    SipTrunk t = fx.provider().list().toList().get(0);

    assertThat(t.provider()).isEqualTo("flex");
    assertThat(t.id()).isEqualTo("3100");
    assertThat(t.name()).contains("Trunk 0");
    assertThat(t.username()).as("Wavix's name, its SIP login").contains("32880");
    assertThat(t.callerId()).as("E.164 with the '+' Wavix leaves out").contains("+13132840000");
    assertThat(t.authMode()).contains(AuthMode.CREDENTIALS);
    assertThat(t.state()).contains(TrunkState.ACTIVE);
    assertThat(t.host()).isEmpty();
    assertThat(t.maxChannels()).isEmpty();
    assertThat(t.allowedIps()).isEmpty();
    assertThat(t.numbers()).isEmpty();
    assertThat(t.createdAt()).isEmpty();
    Map<String, JsonNode> attributes = new LinkedHashMap<>();
    attributes.put("host_request", NullNode.getInstance());
    attributes.put("passthrough", BooleanNode.FALSE);
    attributes.put("multiple_numbers", BooleanNode.TRUE);
    attributes.put("charge", TextNode.valueOf("0.0"));
    attributes.put("talk_time", IntNode.valueOf(0));
    attributes.put("machine_detection_enabled", BooleanNode.TRUE);
    attributes.put("call_recording_enabled", BooleanNode.TRUE);
    attributes.put("transcription_enabled", BooleanNode.TRUE);
    attributes.put("transcription_threshold", IntNode.valueOf(6));
    attributes.put("encrypted_media", BooleanNode.TRUE);
    assertThat(t.attributes()).as("the secret access_token is never read").containsExactlyEntriesOf(attributes);
    assertThat(fx.requests()).extracting(LoggedRequest::getUrl).containsExactly("/v1/trunks?page=1&per_page=25");
  }

  @Test
  void anIpAuthItemUnderReview_andARejectedItemOfAnUnknownMethod_mapTheirConvertedFields() {
    List<SipTrunk> trunks = fx.provider().list().toList();

    SipTrunk pending = trunks.get(1);
    assertThat(pending.callerId()).as("a '+' already there is kept, not doubled").contains("+13132840003");
    assertThat(pending.authMode()).contains(AuthMode.IP);
    assertThat(pending.state()).contains(TrunkState.PROVISIONING);
    assertThat(pending.attributes()).doesNotContainKeys("auth_method", "callerid", "status", "access_token")
        .containsEntry("talk_time", IntNode.valueOf(111)).containsEntry("transcription_threshold", IntNode.valueOf(15))
        .containsEntry("charge", TextNode.valueOf("3.3")).containsEntry("passthrough", BooleanNode.TRUE);
    assertThat(pending.attributes().get("host_request").toString())
        .isEqualTo("{\"host\":\"203.0.113.10\",\"status\":\"pending\"}");

    SipTrunk rejected = trunks.get(2);
    assertThat(rejected.callerId()).as("several caller IDs: empty, kept").contains("");
    assertThat(rejected.authMode()).contains(AuthMode.OTHER);
    assertThat(rejected.attributes()).as("a method Trunkline cannot name stays as sent")
        .containsEntry("auth_method", TextNode.valueOf("OAuth"));
    assertThat(rejected.state()).contains(TrunkState.INACTIVE);
  }

  @Test
  void eachListedTrunk_equalsTheSameTrunkReadByGet() {
    List<SipTrunk> listed = fx.provider().list().toList();

    assertThat(listed).hasSize(ITEMS.size());
    for (SipTrunk trunk : listed) {
      assertThat(fx.provider().get(trunk.id())).isEqualTo(trunk);
    }
  }
}

package io.trunkline.provider.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.Json;
import io.trunkline.provider.channel.internal.ChannelDocument;
import io.trunkline.testing.Payloads;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The vendor types read and written as JSON: the document's payloads, its contradictions, unknown values. */
class ChannelModelJsonTest {
  private static <T> T read(String json, Class<T> type) throws Exception {
    return Json.mapper().readValue(json, type);
  }

  @Test
  void theDocumentsEditExample_readsIntoEveryTypedField() throws Exception {
    ChannelEdit edit = read(Payloads.text("channel/edit-channel-request.json"), ChannelEdit.class);

    assertThat(edit).isEqualTo(ChannelDocument.documentExample());
    assertThat(edit.password()).contains(Secret.of("strongpassword"));
    assertThat(edit.extraFields()).isEmpty();
  }

  @Test
  void theDocumentsEditExample_writesBackExactly_withThePasswordMasked() throws Exception {
    JsonNode written = Json.mapper().valueToTree(ChannelDocument.documentExample());

    // sent in clear: ChannelClientTest.editChannel_sendsTheDocumentsExampleExactly_withThePasswordInClear
    JsonNode expected = Payloads.json("channel/edit-channel-request.json");
    ((com.fasterxml.jackson.databind.node.ObjectNode) expected).put("password", "****");
    assertThat(written).isEqualTo(expected);
  }

  @Test
  void toString_masksThePassword() {
    ChannelEdit edit = ChannelEdit.builder().password(Secret.of("strongpassword")).callerId("+31207001100").build();

    assertThat(edit.toString()).doesNotContain("strongpassword").contains("password=****", "+31207001100");
  }

  @Test
  void theTablesSpelling_templateIdAndProxyId_isReadToo() throws Exception {
    ChannelSipTrunk s = read("{\"template_id\":\"f26e4670-20bf-4cad-9261-489e8ef765de\","
        + "\"proxy_id\":\"c665c4b0-20d1-4c33-aee1-c0f67da78e03\"}", ChannelSipTrunk.class);

    assertThat(s.templateId()).contains("f26e4670-20bf-4cad-9261-489e8ef765de");
    assertThat(s.proxyId()).contains("c665c4b0-20d1-4c33-aee1-c0f67da78e03");
    assertThat(s.extraFields()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"true,true", "false,false", "'\"true\"',true", "'\"false\"',false", "1,true", "0,false",
      "'\"1\"',true", "'\"0\"',false", "'\"TRUE\"',true"})
  void fullE164_isReadAsBooleanOrString(String json, boolean expected) throws Exception {
    assertThat(read("{\"full_e164\":" + json + "}", ChannelEdit.class).fullE164()).contains(expected);
  }

  @Test
  void fullE164_isWrittenAsABoolean_andOtherStringsAreRefused() throws Exception {
    assertThat(Json.mapper().writeValueAsString(ChannelEdit.builder().fullE164(false).build()))
        .isEqualTo("{\"full_e164\":false}");
    assertThatThrownBy(() -> read("{\"full_e164\":\"maybe\"}", ChannelEdit.class))
        .hasMessageContaining("Boolean");
  }

  @Test
  void unknownEnumCodes_areKept_andWrittenBack() throws Exception {
    ChannelEdit edit = read("{\"sip_trunk\":{\"ping\":9},\"clip\":{\"method\":4}}", ChannelEdit.class);

    Ping ping = edit.sipTrunk().orElseThrow().ping().orElseThrow();
    ClipMethod method = edit.clip().orElseThrow().method().orElseThrow();
    assertThat(ping.isKnown()).isFalse();
    assertThat(ping.code()).isEqualTo(9);
    assertThat(ping.name()).isEqualTo("UNKNOWN");
    assertThat(ping).hasToString("UNKNOWN(9)");
    assertThat(method.isKnown()).isFalse();
    assertThat(Json.mapper().writeValueAsString(edit)).isEqualTo("{\"sip_trunk\":{\"ping\":9},\"clip\":{\"method\":4}}");
  }

  @Test
  void knownEnumCodes_matchTheDocument() {
    assertThat(Ping.known()).extracting(Ping::code).containsExactly(1, 2, 3);
    assertThat(Ping.of(2)).isEqualTo(Ping.SIP_OPTIONS);
    assertThat(ClipMethod.known()).extracting(ClipMethod::code).containsExactly(0, 1, 2, 3, 5);
    assertThat(ClipMethod.of(5)).isEqualTo(ClipMethod.FROM_AND_P_ASSERTED_IDENTITY);
    assertThat(ClipMethod.STATIC.toString()).isEqualTo("STATIC(0)");
  }

  @Test
  void codedEnums_roundTripThroughJson_asTheirNumber_knownOrNot() throws Exception {
    for (int code : new int[] {1, 2, 3, 9}) {
      Ping ping = read(String.valueOf(code), Ping.class);
      assertThat(ping).isEqualTo(Ping.of(code)).hasSameHashCodeAs(Ping.of(code));
      assertThat(Json.mapper().writeValueAsString(ping)).isEqualTo(String.valueOf(code));
    }
    assertThat(read("3", Ping.class)).isEqualTo(Ping.UDP);
    assertThat(Ping.UDP.name()).isEqualTo("UDP");
    assertThat(Ping.UDP).hasToString("UDP(3)");
    assertThat(read("4", ClipMethod.class).isKnown()).isFalse();
    assertThat(read("{\"method\":5}", ChannelClip.class).method()).contains(ClipMethod.FROM_AND_P_ASSERTED_IDENTITY);
    assertThat(Json.mapper().writeValueAsString(ChannelClip.builder().method(ClipMethod.STATIC).build()))
        .isEqualTo("{\"method\":0}");
    assertThat((Object) Ping.of(1)).isNotEqualTo(ClipMethod.of(1));
  }

  @Test
  void stringEnums_roundTripThroughJson_asTheVendorsText_knownOrNot() throws Exception {
    for (String value : new String[] {"User", "Resource Account", "", "Common Area Phone"}) {
      String json = Json.mapper().writeValueAsString(value);
      OperatorConnectNumberType type = read(json, OperatorConnectNumberType.class);
      assertThat(type).isEqualTo(OperatorConnectNumberType.of(value)).hasToString(value);
      assertThat(type.isKnown()).isEqualTo(!value.equals("Common Area Phone"));
      assertThat(Json.mapper().writeValueAsString(type)).isEqualTo(json);
    }
    assertThat(read("\"Resource Account\"", OperatorConnectNumberType.class))
        .isEqualTo(OperatorConnectNumberType.RESOURCE_ACCOUNT);
    assertThatThrownBy(() -> OperatorConnectNumberType.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void unknownFields_inEverySection_areKept_andWrittenBack() throws Exception {
    String json = "{\"nickname\":\"HQ\",\"sip_trunk\":{\"codec_order\":[\"g711a\"]},\"audio_stream\":{\"srtp\":true},"
        + "\"clip\":{\"x\":1},\"did\":{\"y\":2},\"failover\":{\"z\":3},"
        + "\"microsoft_teams_configuration\":{\"microsoft_tenant_id\":\"462e0bdf-408b-4e94-baab-b5a8bf9a9e00\","
        + "\"region\":\"EU\"}}";

    ChannelEdit edit = read(json, ChannelEdit.class);

    assertThat(edit.extraFields()).containsEntry("nickname", TextNode.valueOf("HQ"));
    assertThat(edit.sipTrunk().orElseThrow().extraFields()).containsKey("codec_order");
    assertThat(edit.microsoftTeamsConfiguration().orElseThrow().extraFields()).containsKey("region");
    assertThat((JsonNode) Json.mapper().valueToTree(edit)).isEqualTo(Json.mapper().readTree(json));
  }

  @Test
  void microsoftTeamsConfiguration_withoutTheTenant_isRefusedWhenRead() {
    assertThatThrownBy(() -> read("{\"microsoft_teams_configuration\":{}}", ChannelEdit.class))
        .hasMessageContaining("microsoftTenantId");
  }

  @Test
  void operatorConnectAnswer_readsTheDocumentsExample_andAnArrayOrTheSingularName() throws Exception {
    OperatorConnectNumber doc = read(Payloads.text("channel/operator-connect-response.json"),
        OperatorConnectNumber.class);
    assertThat(doc.numbers()).containsExactly("004921141873130");
    assertThat(doc.numberType()).contains(OperatorConnectNumberType.RESOURCE_ACCOUNT);

    assertThat(read("{\"numbers\":[\"+4921141873130\",\"+4921141873131\"]}", OperatorConnectNumber.class).numbers())
        .containsExactly("+4921141873130", "+4921141873131");
    assertThat(read("{\"number\":\"+4921141873130\"}", OperatorConnectNumber.class).numbers())
        .containsExactly("+4921141873130");
  }

  @Test
  void operatorConnectNumberTypes_knownUnknownAndEmpty() throws Exception {
    assertThat(read("{\"number_type\":\"\"}", OperatorConnectNumber.class).numberType())
        .contains(OperatorConnectNumberType.NONE);
    assertThat(read("{\"number_type\":\"User\"}", OperatorConnectNumber.class).numberType())
        .contains(OperatorConnectNumberType.USER);
    OperatorConnectNumberType other = read("{\"number_type\":\"Common Area Phone\"}", OperatorConnectNumber.class)
        .numberType().orElseThrow();
    assertThat(other.isKnown()).isFalse();
    assertThat(other.value()).isEqualTo("Common Area Phone");
    assertThat(Json.mapper().writeValueAsString(OperatorConnectNumberType.RESOURCE_ACCOUNT))
        .isEqualTo("\"Resource Account\"");
  }

  @Test
  void listings_readTheDocumentsExamples() throws Exception {
    List<ChannelCallBarring> barrings = List.of(read(Payloads.text("channel/callbarrings.json"),
        ChannelCallBarring[].class));
    assertThat(barrings).hasSize(4);
    assertThat(List.of(read(Payloads.text("channel/callerids.json"), ChannelCallerId[].class))).hasSize(3);
    assertThat(Json.mapper().writeValueAsString(ChannelCallerId.builder().callerId("+31207001100").build()))
        .isEqualTo("{\"callerId\":\"+31207001100\"}");
  }

  @Test
  void numbers_convertBetweenE164And00() {
    assertThat(ChannelNumbers.toE164("004921141873130")).isEqualTo("+4921141873130");
    assertThat(ChannelNumbers.toE164("+4921141873130")).isEqualTo("+4921141873130");
    assertThat(ChannelNumbers.toZeroZero("+4921141873130")).isEqualTo("004921141873130");
    assertThat(ChannelNumbers.toZeroZero("004921141873130")).isEqualTo("004921141873130");
    assertThat(ChannelNumbers.isZeroZero("0004921141873130")).isFalse();
    assertThatThrownBy(() -> ChannelNumbers.toE164("4921141873130")).isInstanceOf(TrunkValidationException.class);
  }
}

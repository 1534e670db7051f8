package io.trunkline.provider.pbx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Secret;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.Payloads;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PBX model types: JSON both ways, unknown values kept, secrets never printed. */
class PbxModelTest {
  @Test
  void trunk_dropsAPasswordTheServerSends_andKeepsUnknownFieldsFlat() throws Exception {
    PbxTrunk t = Json.mapper().readValue("{\"id\":\"1\",\"password\":\"leaked-Secret\",\"future\":{\"a\":1}}",
        PbxTrunk.class);

    assertThat(t.extra()).containsOnlyKeys("future");
    assertThat(t.toString()).doesNotContain("leaked-Secret");
    assertThat(Json.mapper().writeValueAsString(t)).isEqualTo("{\"id\":\"1\",\"future\":{\"a\":1}}");
  }

  @Test
  void trunk_readsNullsAsAbsent_coercesScalarsLikeJackson_andRefusesOtherShapes() throws Exception {
    PbxTrunk t = Json.mapper().readValue("{\"id\":\"1\",\"name\":null,\"port\":\"5060\",\"enabled\":null,"
        + "\"inbound_parameters\":null,\"future\":null}", PbxTrunk.class);
    assertThat(t.name()).isEmpty();
    assertThat(t.enabled()).isEmpty();
    assertThat(t.port()).contains(5060);
    assertThat(t.inboundParameters()).isEmpty();
    assertThat(t.extra()).containsOnlyKeys("future");

    for (String bad : new String[] {"[]", "{\"id\":{}}", "{\"id\":\"1\",\"port\":[1]}",
        "{\"id\":\"1\",\"port\":99999999999}", "{\"id\":\"1\",\"enabled\":\"perhaps\"}",
        "{\"id\":\"1\",\"id\":\"2\"}", "{\"name\":\"no id\"}"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Json.mapper().readValue(bad, PbxTrunk.class))
          .as(bad).isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }
  }

  @Test
  void spec_printsThePasswordMasked_inToStringAndInJson() throws Exception {
    PbxTrunkSpec spec = PbxTrunkSpec.builder().name("n").password(Secret.of("Cl3ar-Secret")).build();

    assertThat(spec.toString()).doesNotContain("Cl3ar-Secret").contains("****");
    assertThat(Json.mapper().writeValueAsString(spec)).isEqualTo("{\"name\":\"n\",\"password\":\"****\"}");
    PbxTrunkUpdate update = Json.mapper().readValue("{\"password\":\"Cl3ar-Secret\"}", PbxTrunkUpdate.class);
    assertThat(update.password().orElseThrow().reveal()).isEqualTo("Cl3ar-Secret");
    assertThat(update.toString()).doesNotContain("Cl3ar-Secret");
  }

  @Test
  void updateFrom_copiesEveryWritableField_butNotReadOnlyOrCreateOnlyOnes() throws Exception {
    JsonNode seed = Json.mapper().readTree(Payloads.text("pbx/provider.json"));
    PbxTrunk trunk = Json.mapper().treeToValue(seed, PbxTrunk.class);

    JsonNode written = Json.mapper().valueToTree(PbxTrunkUpdate.from(trunk).build());

    ObjectNode expected = seed.deepCopy();
    expected.remove(List.of("id", "shared", "brand", "auth_mode"));
    assertThat(written).isEqualTo(expected);
    JsonNode updateSeed = Json.mapper().readTree(Payloads.text("pbx/update-request.json"));
    List<String> updateFields = iterable(updateSeed.fieldNames());
    assertThat(iterable(written.fieldNames())).containsExactlyInAnyOrderElementsOf(
        updateFields.stream().filter(f -> !f.equals("password")).toList());
  }

  @Test
  void createSeed_readsIntoTheSpec_andWritesBackUnchanged() throws Exception {
    JsonNode seed = Json.mapper().readTree(Payloads.text("pbx/create-request.json"));

    PbxTrunkSpec spec = Json.mapper().treeToValue(seed, PbxTrunkSpec.class);

    assertThat(spec.extra()).isEmpty();
    assertThat(spec.authMode()).contains(PbxAuthMode.IP_AUTH);
    // the password masked: only the engine's wire writer reveals it (PbxSecretJsonTest)
    assertThat((JsonNode) Json.mapper().valueToTree(spec))
        .isEqualTo(((com.fasterxml.jackson.databind.node.ObjectNode) seed.deepCopy()).put("password", "****"));
  }

  @Test
  void enums_returnTheirConstants_andKeepUnknownValues() throws Exception {
    assertThat(PbxTransport.of("TLS")).isEqualTo(PbxTransport.TLS);
    assertThat(Json.mapper().readValue("\"ACCEPT_REGISTER\"", PbxAuthMode.class)).isEqualTo(
        PbxAuthMode.ACCEPT_REGISTER);
    PbxAuthMode future = Json.mapper().readValue("\"SIP_OAUTH\"", PbxAuthMode.class);
    assertThat(future.isKnown()).isFalse();
    assertThat(future.value()).isEqualTo("SIP_OAUTH");
    assertThat(future).isEqualTo(PbxAuthMode.of("SIP_OAUTH"));
    assertThat(Json.mapper().writeValueAsString(future)).isEqualTo("\"SIP_OAUTH\"");
    assertThat(PbxVerificationStatus.NO_TN_VALIDATION.value()).isEqualTo("No-TN-Validation");
    assertThat(PbxStatus.of("OFFLINE")).isEqualTo(PbxStatus.OFFLINE);
    assertThat(PbxPrivacyType.of("SESSION").isKnown()).isTrue();
    assertThat(PbxHostPartSource.of("SIP_DOMAIN").isKnown()).isTrue();
  }

  @Test
  void stringEnums_roundTripThroughJackson_asTheirValue_knownOrNot() throws Exception {
    List<Object> values = List.of(PbxAuthMode.TEAMS, PbxAuthMode.of("SIP_OAUTH"), PbxTransport.TLS,
        PbxTransport.of("WSS"), PbxStatus.ONLINE, PbxStatus.of("DEGRADED"), PbxHeaderSource.P_CALLED_PARTY_ID_USER_PART,
        PbxHeaderSource.of("DIVERSION"), PbxHostPartSource.CUSTOM, PbxHostPartSource.of("FQDN"),
        PbxUserPartSource.ANONYMOUS, PbxUserPartSource.of("DIVERSION_USER"), PbxPrivacyType.SESSION,
        PbxPrivacyType.of("CRITICAL"), PbxVerificationStatus.TN_VALIDATION_PASSED_B,
        PbxVerificationStatus.of("TN-Validation-Passed-A"));
    for (Object value : values) {
      String json = Json.mapper().writeValueAsString(value);
      assertThat(json).as(value.getClass().getSimpleName()).isEqualTo("\"" + value + "\"");
      assertThat(Json.mapper().readValue(json, value.getClass())).isEqualTo(value).hasToString(value.toString());
    }
    assertThat(PbxTransport.of("WSS").isKnown()).isFalse();
    assertThat(PbxTransport.of("TLS").isKnown()).isTrue();
    assertThat(PbxTransport.of("TLS")).isEqualTo(PbxTransport.TLS).hasSameHashCodeAs(PbxTransport.TLS);
    assertThat(PbxTransport.of("tls")).isNotEqualTo(PbxTransport.TLS);   // exactly as sent, no case folding
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PbxTransport.of(null))
        .isInstanceOf(NullPointerException.class);

    // inside the models, where users meet them: the same JSON out as came in
    String trunk = "{\"id\":\"1\",\"auth_mode\":\"SIP_OAUTH\",\"transport\":\"TLS\","
        + "\"inbound_parameters\":{\"caller_num\":\"DIVERSION\",\"privacy_types_supported\":\"ID\","
        + "\"drop_calls_with_verification_status\":[\"No-TN-Validation\",\"TN-Validation-Passed-A\"]}}";
    PbxTrunk read = Json.mapper().readValue(trunk, PbxTrunk.class);
    assertThat(read.authMode()).contains(PbxAuthMode.of("SIP_OAUTH"));
    assertThat(read.transport()).contains(PbxTransport.TLS);
    assertThat(read.inboundParameters().orElseThrow().dropCallsWithVerificationStatus()).contains(List.of(
        PbxVerificationStatus.NO_TN_VALIDATION, PbxVerificationStatus.of("TN-Validation-Passed-A")));
    assertThat(Json.mapper().readTree(Json.mapper().writeValueAsString(read)))
        .isEqualTo(Json.mapper().readTree(trunk));
    PbxTrunkStatus status = Json.mapper().readValue("{\"status\":\"OFFLINE\"}", PbxTrunkStatus.class);
    assertThat(status.status()).contains(PbxStatus.OFFLINE);
    assertThat(Json.mapper().writeValueAsString(status)).isEqualTo("{\"status\":\"OFFLINE\"}");
  }

  @Test
  void outboundRules_haveShortFactories() throws Exception {
    PbxOutboundParameters out = PbxOutboundParameters.builder()
        .fromUserPart(PbxUserPartRule.of(PbxUserPartSource.OUTBOUND_CALLER_ID))
        .pAssertedIdentityDisplayName(PbxUserPartRule.custom("Acme Support"))
        .fromHostPart(PbxHostPartRule.of(PbxHostPartSource.SIP_DOMAIN))
        .privacyTypesSupported(PbxPrivacyType.ID)
        .build();

    assertThat(Json.mapper().writeValueAsString(out)).isEqualTo("{\"from_user_part\":{\"value\":\"OUTBOUND_CALLER_ID\"},"
        + "\"from_host_part\":{\"value\":\"SIP_DOMAIN\"},\"p_asserted_identity_display_name\":{\"value\":\"CUSTOM\","
        + "\"custom_value\":\"Acme Support\"},\"privacy_types_supported\":\"ID\"}");
  }

  private static <T> List<T> iterable(java.util.Iterator<T> it) {
    List<T> list = new java.util.ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }
}

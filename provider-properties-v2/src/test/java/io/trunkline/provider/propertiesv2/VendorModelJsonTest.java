package io.trunkline.provider.propertiesv2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trunkline.core.Secret;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.Payloads;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vendor models' JSON: PascalCase names, Unix seconds, unknown fields and codes kept, secrets masked. */
class VendorModelJsonTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  @Test
  void details_roundTripsToTheVendorsJson() throws Exception {
    JsonNode wire = Payloads.json("propertiesv2/details.json");
    SipTrunkDetails details = MAPPER.treeToValue(wire, SipTrunkDetails.class);

    JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(details));

    ((com.fasterxml.jackson.databind.node.ObjectNode) wire).remove("EndDate");
    assertThat(written).isEqualTo(wire);
    assertThat(MAPPER.treeToValue(written, SipTrunkDetails.class)).isEqualTo(details);
  }

  @Test
  void timestamps_acceptSecondsNumericStringsDotNetDatesAndIso_zeroAndNullAreAbsent() throws Exception {
    SipTrunkSummary s = read("{\"SipTrunkSid\":\"S\",\"Created\":1767225600,\"Modified\":\"1767225601\","
        + "\"EndDate\":\"/Date(1767225602000)/\"}");
    assertThat(s.created()).contains(Instant.ofEpochSecond(1767225600));
    assertThat(s.modified()).contains(Instant.ofEpochSecond(1767225601));
    assertThat(s.endDate()).contains(Instant.ofEpochSecond(1767225602));

    s = read("{\"SipTrunkSid\":\"S\",\"Created\":\"2026-01-01T00:00:00Z\",\"Modified\":0,\"EndDate\":null}");
    assertThat(s.created()).contains(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(s.modified()).isEmpty();
    assertThat(s.endDate()).isEmpty();

    assertThatThrownBy(() -> read("{\"SipTrunkSid\":\"S\",\"Created\":\"yesterday\"}"))
        .isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> read("{\"SipTrunkSid\":\"S\",\"Created\":{\"x\":1}}"))
        .isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void timestamps_areWrittenAsUnixSeconds() throws Exception {
    SipTrunkSummary s = SipTrunkSummary.builder().sipTrunkSid("S").created(Instant.ofEpochSecond(1767225600))
        .build();
    assertThat(MAPPER.writeValueAsString(s)).isEqualTo("{\"SipTrunkSid\":\"S\",\"Created\":1767225600}");
  }

  @Test
  void nullListsAndNullsInDetails_readAsEmpty() throws Exception {
    SipTrunkDetails d = MAPPER.readValue("{\"SipTrunkSid\":\"S\",\"SipTrunkAllowedCountries\":null,"
        + "\"SipTrunkIpAddresses\":null,\"SipTrunkCredentials\":null,\"Name\":null,\"Type\":null}",
        SipTrunkDetails.class);
    assertThat(d.allowedCountries()).isEmpty();
    assertThat(d.ipAddresses()).isEmpty();
    assertThat(d.credentials()).isEmpty();
    assertThat(d.name()).isEmpty();
    assertThat(d.type()).isEmpty();
  }

  @Test
  void unknownCodes_roundTripUnchanged() throws Exception {
    SipTrunkSummary s = read("{\"SipTrunkSid\":\"S\",\"Type\":3,\"ProvisioningState\":\"7\"}");
    assertThat(s.type()).contains(SipTrunkType.of(3));
    assertThat(s.provisioningState()).contains(SipTrunkProvisioning.of(7));
    assertThat(MAPPER.writeValueAsString(s)).isEqualTo("{\"SipTrunkSid\":\"S\",\"Type\":3,\"ProvisioningState\":7}");
    assertThat(SipTrunkType.of(0)).isEqualTo(SipTrunkType.IP_TO_IP);
    assertThat(SipTrunkProvisioning.of(3).toString()).isEqualTo("DEPROVISIONING(3)");
  }

  @Test
  void codedRecords_roundTripAsTheirCode_readFromNumbersDigitsAndDocumentedNames() throws Exception {
    for (SipTrunkType type : List.of(SipTrunkType.IP_TO_IP, SipTrunkType.AUTHENTICATED, SipTrunkType.of(9))) {
      String json = MAPPER.writeValueAsString(type);
      assertThat(json).isEqualTo(Integer.toString(type.code()));
      assertThat(MAPPER.readValue(json, SipTrunkType.class)).isEqualTo(type).hasSameHashCodeAs(type);
      assertThat(MAPPER.readValue("\"" + type.code() + "\"", SipTrunkType.class)).isEqualTo(type);
    }
    for (SipTrunkProvisioning state : List.of(SipTrunkProvisioning.INACTIVE, SipTrunkProvisioning.PROVISIONING,
        SipTrunkProvisioning.ACTIVE, SipTrunkProvisioning.DEPROVISIONING, SipTrunkProvisioning.of(7))) {
      String json = MAPPER.writeValueAsString(state);
      assertThat(json).isEqualTo(Integer.toString(state.code()));
      assertThat(MAPPER.readValue(json, SipTrunkProvisioning.class)).isEqualTo(state).hasSameHashCodeAs(state);
    }
    assertThat(MAPPER.readValue("\"IP to IP\"", SipTrunkType.class)).isEqualTo(SipTrunkType.IP_TO_IP);
    assertThat(MAPPER.readValue("\"Authenticated\"", SipTrunkType.class)).isEqualTo(SipTrunkType.AUTHENTICATED);
    assertThat(MAPPER.readValue("\"deprovisioning\"", SipTrunkProvisioning.class))
        .isEqualTo(SipTrunkProvisioning.DEPROVISIONING);
    for (String notACode : List.of("\"Suspended\"", "\"1.0\"", "1.0", "1.5", "true", "4294967296", "{}", "[]")) {
      assertThatThrownBy(() -> MAPPER.readValue(notACode, SipTrunkProvisioning.class)).as(notACode)
          .isInstanceOf(JsonProcessingException.class);
      assertThatThrownBy(() -> MAPPER.readValue(notACode, SipTrunkType.class)).as(notACode)
          .isInstanceOf(JsonProcessingException.class);
    }

    assertThat(SipTrunkType.AUTHENTICATED.name()).isEqualTo("AUTHENTICATED");
    assertThat(SipTrunkType.AUTHENTICATED).hasToString("AUTHENTICATED(1)");
    assertThat(SipTrunkType.of(9).name()).isEqualTo("UNKNOWN");
    assertThat(SipTrunkType.of(1).isKnown()).isTrue();
    assertThat(SipTrunkType.of(9).isKnown()).isFalse();
    assertThat(SipTrunkProvisioning.ACTIVE).hasToString("ACTIVE(2)");
    assertThat(SipTrunkProvisioning.of(4).isKnown()).isFalse();
  }

  @Test
  void credentials_passwordIsMaskedInToStringAndModelJson_emptyPasswordIsAbsent() throws Exception {
    SipTrunkCredentials c = SipTrunkCredentials.of("realm.example.com", Secret.of("Str0ng!Pass-word"));
    assertThat(c.toString()).doesNotContain("Str0ng!Pass-word");
    assertThat(MAPPER.writeValueAsString(c)).isEqualTo("{\"Realm\":\"realm.example.com\",\"Password\":\"****\"}");
    SipTrunkCredentials read = MAPPER.readValue("{\"Realm\":\"r\",\"Password\":\"\"}", SipTrunkCredentials.class);
    assertThat(read.password()).isEmpty();
  }

  @Test
  void createBody_leavesOutWhatIsNotSet() throws Exception {
    assertThat(MAPPER.writeValueAsString(PropertiesV2ClientTest.validCreate())).isEqualTo(
        "{\"Name\":\"n\",\"DefaultCallerId\":\"+61291234567\",\"Type\":0,"
            + "\"SipTrunkIpAddresses\":[{\"IpAddress\":\"1.2.3.4/32\"}]}");
    assertThat(MAPPER.writeValueAsString(SipTrunkUpdate.builder().name("x").build())).isEqualTo("{\"Name\":\"x\"}");
  }

  private static SipTrunkSummary read(String json) throws JsonProcessingException {
    return MAPPER.readValue(json, SipTrunkSummary.class);
  }
}

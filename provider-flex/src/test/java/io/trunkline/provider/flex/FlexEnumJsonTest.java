package io.trunkline.provider.flex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trunkline.core.spi.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wavix's string enums are records that Jackson reads and writes as the bare value, known or not, in the SDK's
 * mapper and in a caller's plain {@link ObjectMapper} alike.
 */
class FlexEnumJsonTest {
  private static final List<ObjectMapper> MAPPERS = List.of(Json.mapper(), new ObjectMapper());

  @Test
  void aStringEnum_roundTripsAsTheBareValue_knownOrNot() throws Exception {
    for (ObjectMapper mapper : MAPPERS) {
      FlexAuthMethod ipAuth = mapper.readValue("\"IP auth\"", FlexAuthMethod.class);
      FlexAuthMethod later = mapper.readValue("\"Kerberos\"", FlexAuthMethod.class);
      FlexTrunkStatus pending = mapper.readValue("\"pending\"", FlexTrunkStatus.class);

      assertThat(ipAuth).isEqualTo(FlexAuthMethod.IP_AUTH).hasToString("IP auth");
      assertThat(ipAuth.isKnown()).isTrue();
      assertThat(later).isEqualTo(FlexAuthMethod.of("Kerberos")).isNotEqualTo(FlexAuthMethod.DIGEST)
          .hasToString("Kerberos");
      assertThat(later.isKnown()).isFalse();
      assertThat(pending).isEqualTo(FlexTrunkStatus.PENDING);
      assertThat(mapper.writeValueAsString(List.of(ipAuth, later))).isEqualTo("[\"IP auth\",\"Kerberos\"]");
      assertThat(mapper.writeValueAsString(pending)).isEqualTo("\"pending\"");
      assertThat(mapper.writeValueAsString(FlexTrunkStatus.of("suspended"))).isEqualTo("\"suspended\"");
    }
  }

  @Test
  void inATrunk_theEnumsAreReadAndWrittenAsWavixSendsThem() throws Exception {
    String json = "{\"id\": 7, \"name\": \"67758\", \"label\": \"x\", \"auth_method\": \"Magic\","
        + " \"status\": \"rejected\"}";

    FlexTrunkSummary trunk = Json.mapper().readValue(json, FlexTrunkSummary.class);

    assertThat(trunk.authMethod()).contains(FlexAuthMethod.of("Magic"));
    assertThat(trunk.status()).contains(FlexTrunkStatus.REJECTED);
    assertThat(Json.mapper().readTree(Json.mapper().writeValueAsString(trunk)).path("auth_method").asText())
        .isEqualTo("Magic");
    assertThat(Json.mapper().readTree(Json.mapper().writeValueAsString(trunk)).path("status").asText())
        .isEqualTo("rejected");
  }
}

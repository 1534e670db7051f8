package io.trunkline.provider.famulor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.trunkline.core.spi.Json;
import org.junit.jupiter.api.Test;

/**
 * Famulor's string enums (records, issue 14) read and write as the bare vendor value, known or not, in a caller's
 * own mapper and in a trunk read by the provider's mapper; an unknown value is kept and sent back unchanged.
 */
class FamulorEnumJsonTest {
  private static final ObjectMapper CALLERS = new ObjectMapper();

  @Test
  void aKnownValue_readsAsItsConstant_andWritesAsTheBareValue() throws Exception {
    assertThat(CALLERS.readValue("\"+e164\"", SipCallingFormat.class)).isEqualTo(SipCallingFormat.PLUS_E164);
    assertThat(CALLERS.readValue("\"number\"", SipTrunkType.class)).isEqualTo(SipTrunkType.NUMBER);
    assertThat(CALLERS.readValue("\"ip\"", InboundAuthorizationType.class)).isEqualTo(InboundAuthorizationType.IP);
    assertThat(CALLERS.writeValueAsString(SipCallingFormat.NATIONAL)).isEqualTo("\"national\"");
    assertThat(CALLERS.writeValueAsString(SipTrunkType.EXTENSION)).isEqualTo("\"extension\"");
    assertThat(CALLERS.writeValueAsString(InboundAuthorizationType.AUTH)).isEqualTo("\"auth\"");
    assertThat(SipCallingFormat.PLUS_E164.isKnown()).isTrue();
    assertThat(SipCallingFormat.of("e164")).isEqualTo(SipCallingFormat.E164).hasSameHashCodeAs(SipCallingFormat.E164)
        .hasToString("e164");
  }

  @Test
  void anUnknownValue_isKeptAsSent_andWrittenBackUnchanged() throws Exception {
    SipCallingFormat read = CALLERS.readValue("\"E.164 (with +)\"", SipCallingFormat.class);

    assertThat(read.value()).isEqualTo("E.164 (with +)");
    assertThat(read.isKnown()).isFalse();
    assertThat(read).isEqualTo(SipCallingFormat.of("E.164 (with +)")).isNotEqualTo(SipCallingFormat.PLUS_E164)
        .hasToString("E.164 (with +)");
    assertThat(CALLERS.writeValueAsString(read)).isEqualTo("\"E.164 (with +)\"");
    assertThat(CALLERS.readValue("\"sip-tls\"", InboundAuthorizationType.class).isKnown()).isFalse();
    assertThat(CALLERS.readValue("\"trunk\"", SipTrunkType.class)).isEqualTo(SipTrunkType.of("trunk"));
    assertThatThrownBy(() -> SipTrunkType.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
  }

  @Test
  void aTrunk_withAKnownAndAnUnknownValue_roundTripsThroughTheProvidersMapper() throws Exception {
    String json = "{\"id\":42,\"phone_number\":\"1000\",\"sip_username\":\"myuser\",\"sip_address\":\"sip.example\","
        + "\"sip_calling_format\":\"+e164\",\"inbound_authorization_type\":\"mtls\",\"allowed_inbound_ips\":[]}";

    FamulorSipTrunk trunk = Json.mapper().readValue(json, FamulorSipTrunk.class);

    assertThat(trunk.sipCallingFormat()).contains(SipCallingFormat.PLUS_E164);
    assertThat(trunk.inboundAuthorizationType()).contains(InboundAuthorizationType.of("mtls"));
    assertThat(Json.mapper().readTree(Json.mapper().writeValueAsString(trunk))).isEqualTo(Json.mapper().readTree(json));
  }
}

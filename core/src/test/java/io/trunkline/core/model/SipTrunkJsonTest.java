package io.trunkline.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.spi.Json;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The JSON form of SipTrunk is a contract: field names, order, nulls, ISO-8601 UTC instants. */
class SipTrunkJsonTest {
  @Test
  void fullTrunk_writesTheContractShape_andReadsBack() throws Exception {
    SipTrunk trunk = SipTrunk.builder().provider("pbx").id("42").name("Main").state(TrunkState.ACTIVE)
        .host("sip.example.com").port(5060).transport(Transport.UDP).authMode(AuthMode.CREDENTIALS).username("u1")
        .addAllowedIps("203.0.113.0/24").addNumbers("+31201234567").callerId("+31201234567").maxChannels(30)
        .countryCode("NL").createdAt(Instant.parse("2026-03-31T10:00:00Z")).updatedAt(Instant.parse("2026-04-01T08:30:00Z"))
        .putAttributes("brand", TextNode.valueOf("Generic")).putAttributes("concurrency", IntNode.valueOf(30)).build();

    String json = Json.mapper().writeValueAsString(trunk);

    assertThat(json).isEqualTo("{\"provider\":\"pbx\",\"id\":\"42\",\"name\":\"Main\",\"state\":\"ACTIVE\","
        + "\"host\":\"sip.example.com\",\"port\":5060,\"transport\":\"UDP\",\"authMode\":\"CREDENTIALS\","
        + "\"username\":\"u1\",\"allowedIps\":[\"203.0.113.0/24\"],\"numbers\":[\"+31201234567\"],"
        + "\"callerId\":\"+31201234567\",\"maxChannels\":30,\"countryCode\":\"NL\","
        + "\"createdAt\":\"2026-03-31T10:00:00Z\",\"updatedAt\":\"2026-04-01T08:30:00Z\","
        + "\"attributes\":{\"brand\":\"Generic\",\"concurrency\":30}}");
    assertThat(Json.mapper().readValue(json, SipTrunk.class)).isEqualTo(trunk);
  }

  @Test
  void unreportedFields_areNull_andListsEmpty() throws Exception {
    String json = Json.mapper().writeValueAsString(SipTrunk.builder().provider("flex").id("7").build());

    assertThat(json).isEqualTo("{\"provider\":\"flex\",\"id\":\"7\",\"name\":null,\"state\":null,\"host\":null,"
        + "\"port\":null,\"transport\":null,\"authMode\":null,\"username\":null,\"allowedIps\":[],\"numbers\":[],"
        + "\"callerId\":null,\"maxChannels\":null,\"countryCode\":null,\"createdAt\":null,\"updatedAt\":null,"
        + "\"attributes\":{}}");
  }

  @Test
  void trunkUpdate_readsOnlyWhatIsSet() throws Exception {
    TrunkUpdate update = Json.mapper().readValue("{\"name\":\"x\",\"attributes\":{\"nickname\":null}}", TrunkUpdate.class);

    assertThat(update.name()).contains("x");
    assertThat(update.host()).isEmpty();
    assertThat(update.attributes().get("nickname").isNull()).isTrue();
    assertThat(TrunkUpdate.builder().build().isEmpty()).isTrue();
  }

  @Test
  void queryMatches_nameStateAndAuthMode() {
    SipTrunk t = SipTrunk.builder().provider("p").id("1").name("Berlin Main").state(TrunkState.ACTIVE)
        .authMode(AuthMode.IP).build();

    assertThat(TrunkQuery.builder().name("berlin").build().matches(t)).isTrue();
    assertThat(TrunkQuery.builder().state(TrunkState.INACTIVE).build().matches(t)).isFalse();
    assertThat(TrunkQuery.builder().authMode(AuthMode.IP).state(TrunkState.ACTIVE).build().matches(t)).isTrue();
  }

  @Test
  void trunkUpdate_writesOnlyWhatIsSet() throws Exception {
    TrunkUpdate update = TrunkUpdate.builder().name("x").maxChannels(4).build();

    assertThat(Json.mapper().writeValueAsString(update)).isEqualTo("{\"name\":\"x\",\"maxChannels\":4,\"attributes\":{}}");
    assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(update), TrunkUpdate.class)).isEqualTo(update);
  }
}

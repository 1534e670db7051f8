package io.trunkline.core.spi;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.model.SipTrunk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A single trunk (a detail read) is streamed in, and reads as the tree reader reads it; a body that is anything but
 * one clean trunk object is read again as a tree and refused or decoded exactly as before.
 */
class TrunkItemReadingTest {
  private static final String ITEM = "{\"id\":17,\"label\":\"Berlin\",\"server\":\"sip.example\",\"server_port\":5061,"
      + "\"proto\":\"tls\",\"dids\":\"100;200\",\"keep_alive\":true,\"extra\":{\"a\":[1,2],\"b\":{\"c\":null}},"
      + "\"tags\":[\"x\",{\"y\":1}],\"big\":12345678901}";
  private final EngineFixture fx = new EngineFixture();
  private final HttpEngine engine = fx.engine();

  @AfterEach
  void stop() {
    fx.close();
  }

  private SipTrunk item(String body) {
    fx.server.stubFor(get("/t").willReturn(aResponse().withStatus(200).withBody(body)));
    return engine.execute(ApiRequest.get("/t").build(), TrunkFieldsTest.FIELDS.item());
  }

  @Test
  void aTrunk_readsAsTheTreeReaderReadsIt_nestedValuesIncluded() throws Exception {
    SipTrunk fromTree = TrunkFieldsTest.FIELDS.read(Json.mapper().readTree(ITEM));

    SipTrunk streamed = item(ITEM);
    assertThat(streamed).isEqualTo(fromTree);
    assertThat(streamed.attributes().get("extra").get("b").get("c").isNull()).isTrue();
    assertThat(Json.mapper().writeValueAsString(streamed)).isEqualTo(Json.mapper().writeValueAsString(fromTree));
    assertThat(item(" \n" + ITEM + " \n")).as("whitespace around it").isEqualTo(fromTree);
  }

  @Test
  void aKeyTwice_atAnyDepth_isRefusedAsTheTreeReaderRefusesIt() {
    assertThatThrownBy(() -> item("{\"id\":1,\"label\":\"a\",\"label\":\"b\"}"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("Duplicate field 'label'");
    assertThatThrownBy(() -> item("{\"id\":1,\"extra\":{\"k\":1,\"k\":2}}"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("Duplicate field 'k'");
  }

  @Test
  void anythingButOneTrunk_isJudgedAsBefore() {
    assertThatThrownBy(() -> item(ITEM + " {}"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("Trailing token");
    assertThatThrownBy(() -> item("{\"label\":\"no id\"}"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("cannot read: it has no 'id'");
    assertThatThrownBy(() -> item(""))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("no trunk object");
    assertThatThrownBy(() -> item("[" + ITEM + "]"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("no trunk object");
    assertThatThrownBy(() -> item("{\"error\":\"not found\",\"code\":404}"))
        .isInstanceOf(TrunkApiException.class);
    assertThatThrownBy(() -> item("{\"id\":1,\"label\":"))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("could not read the vendor's answer");
  }
}

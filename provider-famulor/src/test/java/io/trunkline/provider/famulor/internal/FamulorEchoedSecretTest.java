package io.trunkline.provider.famulor.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.trunkline.provider.famulor.internal.FamulorAccount.TRUNKS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.contract.WireMockVendor;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkUpdate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The kit's rule for every provider: a write's answer keeps no value that echoes the password the write sent. */
@Timeout(20)
class FamulorEchoedSecretTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> fx = FamulorAccount.wireMock();

  @Test
  void anUpdatesAnswer_echoingThePasswordUnderAnyName_losesThoseValues() {
    fx.server().stubFor(get(urlEqualTo(TRUNKS + "/42")).willReturn(okJson(fx.payload("get.json"))));
    fx.server().stubFor(put(urlEqualTo(TRUNKS + "/42")).willReturn(okJson("{\"data\":{\"id\":42,"
        + "\"nickname\":\"Zx9-update-pw\",\"sip_username\":\"myuser\",\"inbound_trunk_id\":\"ST_new1\","
        + "\"outbound_trunk_id\":\"ST_Zx9-update-pw\"}}")));

    SipTrunk trunk = fx.provider().update("42", TrunkUpdate.builder().password(Secret.of("Zx9-update-pw")).build());

    fx.server().verify(1, putRequestedFor(urlEqualTo(TRUNKS + "/42"))
        .withRequestBody(equalToJson("{\"sip_password\":\"Zx9-update-pw\"}")));
    assertThat(trunk.id()).isEqualTo("42");
    assertThat(trunk.name()).isEmpty();
    assertThat(trunk.username()).contains("myuser");
    assertThat(trunk.attributes()).isEqualTo(Map.of("inbound_trunk_id", TextNode.valueOf("ST_new1")));
  }
}

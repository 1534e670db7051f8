package io.trunkline.provider.famulor;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.famulor.FamulorSimulator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Against the simulator's quirk {@link FamulorSimulator#echoPasswordInWriteAnswers()}: a create's answer carries the
 * password sent inside {@code sip_uri}, a name that does not look secret. The trunk returned keeps every field the
 * answer maps, and no value holding the password (the kit's rule for every write's answer).
 */
@Timeout(30)
class FamulorEchoedPasswordSimulatorTest {
  private static final String PASSWORD = "Zx9-echoed-pass";
  private FamulorSimulator sim;
  private TrunkProvider provider;

  @BeforeEach
  void start() {
    sim = (FamulorSimulator) new FamulorSimulator().echoPasswordInWriteAnswers().start();
    provider = Trunkline.discover().open("famulor", sim.config());
  }

  @AfterEach
  void stop() {
    provider.close();
    sim.close();
  }

  @Test
  void aCreatesAnswer_echoingThePasswordInAUri_losesThatValue_andKeepsEveryMappedField() {
    SipTrunk created = provider.create(TrunkSpec.builder().name("Echo trunk").host("sip.echo.example")
        .username("echo_user").password(Secret.of(PASSWORD)).authMode(AuthMode.IP).addAllowedIps("192.0.2.10")
        .addNumbers("+4969123450").countryCode("DE").putAttributes("sip_calling_format", TextNode.valueOf("+e164"))
        .build());

    sim.server().verify(1, postRequestedFor(urlEqualTo("/api/user/phone-numbers/sip-trunks"))
        .withRequestBody(equalToJson("{\"nickname\":\"Echo trunk\",\"sip_address\":\"sip.echo.example\","
            + "\"sip_username\":\"echo_user\",\"sip_password\":\"" + PASSWORD + "\","
            + "\"inbound_authorization_type\":\"ip\",\"allowed_inbound_ips\":[\"192.0.2.10\"],"
            + "\"phone_number\":\"+4969123450\",\"country_code\":\"DE\",\"sip_calling_format\":\"+e164\"}",
            true, true)));
    assertThat(created.name()).contains("Echo trunk");
    assertThat(created.host()).contains("sip.echo.example");
    assertThat(created.username()).contains("echo_user");
    assertThat(created.authMode()).contains(AuthMode.IP);
    assertThat(created.allowedIps()).isEqualTo(List.of("192.0.2.10"));
    assertThat(created.numbers()).isEqualTo(List.of("+4969123450"));
    assertThat(created.countryCode()).contains("DE");
    assertThat(created.attributes()).doesNotContainKey("sip_uri")
        .containsEntry("sip_calling_format", TextNode.valueOf("+e164"))
        .containsEntry("outbound_proxy", BooleanNode.FALSE)
        .containsKeys("inbound_trunk_id", "outbound_trunk_id");
    assertThat(Json.mapper().valueToTree(created).toString()).doesNotContain(PASSWORD);
    assertThat(sim.storedPassword(Long.parseLong(created.id()))).contains(PASSWORD);
  }
}

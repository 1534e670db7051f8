package io.trunkline.provider.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.provider.channel.internal.ChannelAccount;
import io.trunkline.contract.WireMockVendor;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Input refused before sending (the field named, 0 requests), and hostile names kept to one path segment. */
class ChannelValidationTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = ChannelAccount.wireMock();
  private final ChannelClient client = wm.provider().unwrap(ChannelClient.class);

  @BeforeEach
  void answerEverything() {
    wm.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
  }

  private void refused(String field, Executable call) {
    assertThatThrownBy(call::execute).isInstanceOfSatisfying(TrunkValidationException.class,
        e -> assertThat(e.field()).isEqualTo(field));
    assertThat(wm.requests()).as("nothing sent").isEmpty();
  }

  private void editRefused(String field, Consumer<ImmutableChannelEdit.Builder> edit) {
    ImmutableChannelEdit.Builder b = ChannelEdit.builder();
    edit.accept(b);
    refused(field, () -> client.editChannel("acme-amsterdam", b.build()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"31500000000", "0031500000000", "+31 500000000", "+31-500000000", "+0315000", "+3",
      "+3150000000000000", "", "+31500000000\n"})
  void connectAndDisconnect_refuseANumberThatIsNotE164(String number) {
    refused("number", () -> client.connectNumber("acme-amsterdam", number));
    refused("number", () -> client.disconnectNumber(number));
  }

  @Test
  void connect_refusesNullAndBlankInput() {
    refused("number", () -> client.connectNumber("acme-amsterdam", null));
    refused("channel_name", () -> client.connectNumber(" ", "+31500000000"));
    refused("channel_name", () -> client.connectNumber(null, "+31500000000"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", ".", "..", "..;x", ".;"})
  void edit_refusesChannelNamesThatAreNotOnePathSegment(String name) {
    refused("name", () -> client.editChannel(name, ChannelEdit.builder().blockCallerId(true).build()));
  }

  @Test
  void edit_refusesAnEmptyEditAndNull() {
    refused("edit", () -> client.editChannel("acme-amsterdam", ChannelEdit.builder().build()));
    refused("edit", () -> client.editChannel("acme-amsterdam", null));
  }

  static Stream<Arguments> badEdits() {
    return Stream.of(
        bad("new_name", b -> b.newName("..")),
        bad("new_name", b -> b.newName(" ")),
        bad("caller_id", b -> b.callerId("0031207001100")),
        bad("area_code", b -> b.areaCode("03a")),
        bad("area_code", b -> b.areaCode("")),
        bad("call_barrings[1]", b -> b.callBarrings(List.of("INT", " "))),
        bad("sip_trunk.channel_template_id", b -> b.sipTrunk(ChannelSipTrunk.builder().templateId("f26e4670").build())),
        bad("sip_trunk.channel_proxy_id", b -> b.sipTrunk(ChannelSipTrunk.builder().proxyId("proxy-1").build())),
        bad("sip_trunk.ip_whitelist[1]",
            b -> b.sipTrunk(ChannelSipTrunk.builder().ipWhitelist("10.0.0.1; 10.0.4.20").build())),
        bad("sip_trunk.ip_whitelist[0]", b -> b.sipTrunk(ChannelSipTrunk.builder().ipWhitelist("10.0.0.300").build())),
        bad("sip_trunk.ip_whitelist[1]", b -> b.sipTrunk(ChannelSipTrunk.builder().ipWhitelist("10.0.0.1;").build())),
        bad("sip_trunk.ping", b -> b.sipTrunk(ChannelSipTrunk.builder().ping(Ping.of(4)).build())),
        bad("sip_trunk.ringing_timeout", b -> b.sipTrunk(ChannelSipTrunk.builder().ringingTimeout(0).build())),
        bad("sip_trunk.ping", b -> b.sipTrunk(ChannelSipTrunk.builder().putExtraFields("ping", IntNode.valueOf(4))
            .build())),
        bad("sip_trunk.template_id", b -> b.sipTrunk(ChannelSipTrunk.builder()
            .templateId("f26e4670-20bf-4cad-9261-489e8ef765de").putExtraFields("template_id", NullNode.getInstance())
            .build())),
        bad("audio_stream.dtmf", b -> b.audioStream(ChannelAudioStream.builder().dtmf(-1).build())),
        bad("audio_stream.rtp_timeout", b -> b.audioStream(ChannelAudioStream.builder().rtpTimeout("30s").build())),
        bad("audio_stream.rtp_hold_timeout", b -> b.audioStream(ChannelAudioStream.builder().rtpHoldTimeout("")
            .build())),
        bad("audio_stream.rtp_timeout", b -> b.audioStream(ChannelAudioStream.builder().rtpTimeout("1800")
            .putExtraFields("rtp_timeout", NullNode.getInstance()).build())),
        bad("clip.method", b -> b.clip(ChannelClip.builder().method(ClipMethod.of(4)).build())),
        bad("microsoft_teams_configuration.microsoft_tenant_id",
            b -> b.microsoftTeamsConfiguration(MicrosoftTeamsConfiguration.of("tenant-1"))),
        bad("caller_id", b -> b.putExtraFields("caller_id", IntNode.valueOf(1))),
        bad("password", b -> b.password(io.trunkline.core.Secret.of("pw-1")).putExtraFields("password",
            NullNode.getInstance())),
        bad("did.filter", b -> b.did(ChannelDid.builder().filter("x").putExtraFields("filter", NullNode.getInstance())
            .build())),
        bad("failover.forward_to", b -> b.failover(ChannelFailover.builder().putExtraFields("forward_to",
            IntNode.valueOf(1)).build())),
        bad("clip.deny", b -> b.clip(ChannelClip.builder().putExtraFields("deny", IntNode.valueOf(1)).build())));
  }

  private static Arguments bad(String field, Consumer<ImmutableChannelEdit.Builder> edit) {
    return Arguments.of(field, edit);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badEdits")
  void edit_refusesEachBadField_namingIt(String field, Consumer<ImmutableChannelEdit.Builder> edit) {
    editRefused(field, edit);
  }

  @Test
  void edit_acceptsAnIpv6AndACidrInTheWhitelist_andAnEmptyWhitelist() {
    client.editChannel("acme-amsterdam", ChannelEdit.builder().sipTrunk(ChannelSipTrunk.builder()
        .ipWhitelist("2001:db8::1;198.51.100.0/24").build()).build());
    client.editChannel("acme-amsterdam", ChannelEdit.builder().sipTrunk(ChannelSipTrunk.builder()
        .ipWhitelist("").build()).build());
    assertThat(wm.requests()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"4921141873130", "0004921141873130", "+49 211 41873130", "00", ""})
  void operatorConnect_refusesANumberThatIsNeitherE164Nor00Prefixed(String number) {
    refused("number", () -> client.setOperatorConnectNumberType("teams", number, OperatorConnectNumberType.USER));
    refused("number", () -> client.removeOperatorConnectNumberType("teams", number));
  }

  @Test
  void operatorConnect_refusesAnUndocumentedOrMissingNumberType_andABadChannelName() {
    refused("number_type", () -> client.setOperatorConnectNumberType("teams", "+4921141873130",
        OperatorConnectNumberType.of("Admin")));
    refused("number_type", () -> client.setOperatorConnectNumberType("teams", "+4921141873130", null));
    refused("channel_name", () -> client.setOperatorConnectNumberType("..", "+4921141873130",
        OperatorConnectNumberType.USER));
    refused("channel_name", () -> client.removeOperatorConnectNumberType("", "+4921141873130"));
  }

  @Test
  void callerIds_refuseAPageSizeOutOfRange() {
    refused("pageSize", () -> client.callerIds(0));
    refused("pageSize", () -> client.callerIds(10_001));
  }

  static Stream<Arguments> hostileNames() {
    return Stream.of(
        Arguments.of("../admin", "..%2Fadmin"),
        Arguments.of("a/b", "a%2Fb"),
        Arguments.of("?x#y", "%3Fx%23y"),
        Arguments.of("Sales NL/BE", "Sales%20NL%2FBE"),
        Arguments.of("+31 500", "+31%20500"),
        Arguments.of("a\\b", "a%5Cb"),
        Arguments.of("%2e%2e", "%252e%252e"),
        Arguments.of("ümlaut", "%C3%BCmlaut"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileNames")
  void hostileChannelNames_stayOnePathSegment(String name, String encoded) {
    client.editChannel(name, ChannelEdit.builder().blockCallerId(true).build());
    client.removeOperatorConnectNumberType(name, "+31500000000");
    client.setOperatorConnectNumberType(name, "+31500000000", OperatorConnectNumberType.USER);

    assertThat(wm.requests()).extracting(r -> r.getUrl()).containsExactly(
        "/v1/channel/" + encoded,
        "/v1/channel-number-operator-connect/channels/" + encoded + "/numbers/+31500000000",
        "/v1/channel-number-operator-connect/" + encoded);
    assertThat(wm.requests()).allSatisfy(r -> assertThat(r.getQueryParams()).isEmpty());
  }

  @Test
  void validationMessages_neverEchoThePassword() {
    String password = "Pw-DO-NOT-LEAK-42";
    assertThatThrownBy(() -> client.editChannel("acme-amsterdam", ChannelEdit.builder()
        .password(io.trunkline.core.Secret.of(password)).callerId("bad").build()))
        .isInstanceOf(TrunkValidationException.class)
        .satisfies(e -> assertThat(Arrays.toString(e.getStackTrace()) + e.getMessage()).doesNotContain(password));
  }
}

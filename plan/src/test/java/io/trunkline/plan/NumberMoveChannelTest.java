package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.plan.NumberMoveStep.Kind;
import io.trunkline.plan.StepResult.Outcome;
import io.trunkline.provider.channel.ChannelClient;
import io.trunkline.provider.channel.OperatorConnectNumberType;
import io.trunkline.testing.SimResponse;
import io.trunkline.testing.channel.ChannelSimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, "Move a number", at the channel API: numbers are routed one by one (disconnect, connect), the number must
 * be free to be connected, and its Operator Connect type is dropped by a disconnect and cannot be read.
 */
class NumberMoveChannelTest {
  private static final String TEAMS_NUMBER = "+4921141873130";
  private ChannelSimulator channel;
  private TrunkProvider provider;

  @BeforeEach
  void start() {
    channel = new ChannelSimulator();
    channel.start();
    channel.seedDemoData();
    provider = Trunkline.discover().open("channel", channel.config());
  }

  @AfterEach
  void stop() {
    provider.close();
    channel.close();
  }

  /** Channel's Operator Connect type, which the channel API cannot read: the caller says what it was. */
  private static NumberMoveExtra type(String type) {
    return NumberMoveExtra.of("Operator Connect number type \"" + type + "\"", (p, channelName, number) ->
        p.unwrap(ChannelClient.class).setOperatorConnectNumberType(channelName, number,
            OperatorConnectNumberType.of(type)));
  }

  @Test
  void withinOneAccount_theNumberIsDisconnectedFirst_thenConnected_andWhatCouldNotBeCheckedIsSaid() {
    NumberMoveResult result = NumberMove.of("+31207001101").from("nl", provider, "acme-amsterdam")
        .to("nl", provider, "acme-duesseldorf").run();

    assertThat(NumberMoveJournal.requests(channel)).containsExactly(
        "DELETE /v1/channel-number/+31207001101",
        "POST /v1/channel-number {\"channel_name\":\"acme-duesseldorf\",\"number\":\"+31207001101\"}");
    assertThat(result.steps()).extracting(NumberMoveStep::kind, NumberMoveStep::outcome)
        .containsExactly(tuple(Kind.TAKE_OFF_SOURCE, Outcome.APPLIED), tuple(Kind.PUT_ON_TARGET, Outcome.APPLIED));
    assertThat(result.notes()).containsExactly(
        "channel cannot show which trunk holds a number: +31207001101 was taken off whichever trunk held it, and"
            + " would have been put back on trunk acme-amsterdam at nl (channel)",
        "channel cannot show its trunks: that trunk acme-duesseldorf at nl (channel) exists was not checked");
    assertThat(channel.numbersOf("acme-amsterdam")).containsExactly("+31207001100");
    assertThat(channel.numbersOf("acme-duesseldorf")).containsExactly("+4921154471200", "+31207001101");
  }

  @Test
  void theOperatorConnectType_isSetAgainOnTheTarget() {
    NumberMoveResult result = NumberMove.of(TEAMS_NUMBER).from(provider, "dutchoperatorconnect")
        .to(provider, "acme-duesseldorf").keep(type("User")).run();

    assertThat(NumberMoveJournal.writes(channel)).containsExactly(
        "DELETE /v1/channel-number/+4921141873130",
        "POST /v1/channel-number {\"channel_name\":\"acme-duesseldorf\",\"number\":\"+4921141873130\"}",
        "PUT /v1/channel-number-operator-connect/acme-duesseldorf {\"channel_name\":\"acme-duesseldorf\","
            + "\"number\":\"+4921141873130\",\"number_type\":\"User\"}");
    assertThat(result.steps()).extracting(NumberMoveStep::kind).containsExactly(Kind.TAKE_OFF_SOURCE,
        Kind.PUT_ON_TARGET, Kind.KEEP_EXTRA);
    assertThat(result.steps().get(2).action()).isEqualTo("keep Operator Connect number type \"User\" for"
        + " +4921141873130 on trunk acme-duesseldorf at channel");
    assertThat(channel.numberType("acme-duesseldorf", TEAMS_NUMBER)).contains("User");
    assertThat(channel.numbersOf("dutchoperatorconnect")).isEmpty();
  }

  @Test
  void whenTheTargetRefuses_theNumberIsConnectedBack_withItsOperatorConnectType() {
    NumberMoveException e = NumberMoveJournal.failed(NumberMove.of(TEAMS_NUMBER).from(provider, "dutchoperatorconnect")
        .to(provider, "no-such-channel").keep(type("User")));

    assertThat(NumberMoveJournal.writes(channel)).containsExactly(
        "DELETE /v1/channel-number/+4921141873130",
        "POST /v1/channel-number {\"channel_name\":\"no-such-channel\",\"number\":\"+4921141873130\"}",
        "POST /v1/channel-number {\"channel_name\":\"dutchoperatorconnect\",\"number\":\"+4921141873130\"}",
        "PUT /v1/channel-number-operator-connect/dutchoperatorconnect {\"channel_name\":\"dutchoperatorconnect\","
            + "\"number\":\"+4921141873130\",\"number_type\":\"User\"}");
    assertThat(e.steps()).extracting(NumberMoveStep::kind, NumberMoveStep::outcome).containsExactly(
        tuple(Kind.TAKE_OFF_SOURCE, Outcome.APPLIED), tuple(Kind.PUT_ON_TARGET, Outcome.REFUSED),
        tuple(Kind.PUT_BACK_ON_SOURCE, Outcome.APPLIED), tuple(Kind.RESTORE_EXTRA_ON_SOURCE, Outcome.APPLIED));
    assertThat(e.unchanged()).isTrue();
    assertThat(e.getMessage()).contains("Channel name does not exist",
        "every change was undone: +4921141873130 is on trunk dutchoperatorconnect at channel as before, not moved");
    assertThat(channel.numbersOf("dutchoperatorconnect")).containsExactly(TEAMS_NUMBER);
    assertThat(channel.numberType("dutchoperatorconnect", TEAMS_NUMBER)).contains("User");
  }

  @Test
  void whenPuttingItBackHasAnUnknownOutcome_theExceptionNamesEachStep_andTheUnknownPart() {
    channel.intercept(r -> r.method().equals("POST") && r.rawPath().equals("/v1/channel-number")
        && r.json().path("channel_name").asText().equals("acme-amsterdam")
        ? SimResponse.json(500, "{\"error_identifier\":\"urn:error:sip-trunk:operator\",\"error_message\":\"boom\"}")
        : channel.dispatchToRoutes(r));

    NumberMoveException e = NumberMoveJournal.failed(NumberMove.of("+31207001101").from(provider, "acme-amsterdam")
        .to(provider, "no-such-channel"));

    assertThat(e.steps()).extracting(NumberMoveStep::kind, NumberMoveStep::outcome).containsExactly(
        tuple(Kind.TAKE_OFF_SOURCE, Outcome.APPLIED), tuple(Kind.PUT_ON_TARGET, Outcome.REFUSED),
        tuple(Kind.PUT_BACK_ON_SOURCE, Outcome.OUTCOME_UNKNOWN));
    assertThat(e.steps(Outcome.OUTCOME_UNKNOWN)).singleElement()
        .satisfies(s -> assertThat(s.action()).isEqualTo("put +31207001101 back on trunk acme-amsterdam at channel"));
    assertThat(e.unchanged()).isFalse();
    assertThat(e.getMessage()).contains(
        "take +31207001101 off trunk acme-amsterdam at channel: applied",
        "put +31207001101 on trunk no-such-channel at channel: refused (", "Channel name does not exist",
        "put +31207001101 back on trunk acme-amsterdam at channel: outcome unknown (", "boom",
        "check trunk acme-amsterdam at channel and trunk no-such-channel at channel before moving +31207001101"
            + " again: a write's outcome is unknown (it may be on neither trunk)");
    assertThat(NumberMoveJournal.writes(channel)).hasSize(3);
    assertThat(channel.numbersOf("acme-amsterdam")).containsExactly("+31207001100");
  }

  @Test
  void whenTheSecondWriteHasAnUnknownOutcome_nothingIsUndone() {
    channel.intercept(r -> r.method().equals("POST") && r.rawPath().equals("/v1/channel-number")
        ? SimResponse.json(502, "{}") : channel.dispatchToRoutes(r));

    NumberMoveException e = NumberMoveJournal.failed(NumberMove.of("+31207001101").from(provider, "acme-amsterdam")
        .to(provider, "acme-duesseldorf"));

    assertThat(e.steps()).extracting(NumberMoveStep::kind, NumberMoveStep::outcome).containsExactly(
        tuple(Kind.TAKE_OFF_SOURCE, Outcome.APPLIED), tuple(Kind.PUT_ON_TARGET, Outcome.OUTCOME_UNKNOWN));
    assertThat(e.unchanged()).isFalse();
    assertThat(NumberMoveJournal.writes(channel)).hasSize(2);
  }

  @Test
  void aNumberOnNoChannel_isRefusedByTheFirstWrite_andNothingChanges() {
    NumberMoveException e = NumberMoveJournal.failed(NumberMove.of("+31209999999").from(provider, "acme-amsterdam")
        .to(provider, "acme-duesseldorf"));

    assertThat(e.steps()).extracting(NumberMoveStep::kind, NumberMoveStep::outcome)
        .containsExactly(tuple(Kind.TAKE_OFF_SOURCE, Outcome.REFUSED));
    assertThat(e.unchanged()).isTrue();
    assertThat(e.getMessage()).endsWith("nothing was changed: +31209999999 is where it was");
    assertThat(NumberMoveJournal.writes(channel)).containsExactly("DELETE /v1/channel-number/+31209999999");
  }
}

package io.trunkline.provider.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.IntNode;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunkApiValidationException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.provider.channel.internal.ChannelProviderFactory;
import io.trunkline.testing.channel.ChannelSimulator;
import io.trunkline.testing.channel.ChannelSimulator.ErrorShape;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Write outcomes and reads against the simulator playing what the document leaves open: errors under 200 in every
 * shape, a capped page size, an ignored offset, the "already in that state" answer under 400, a connect answered
 * without its optional echo. Each test names the behaviour; each asserts the requests the simulator saw.
 */
class ChannelQuirksTest extends OnTheChannelSimulator {
  private static final String ACCOUNT_PATH = "/v1/accounts/" + ChannelSimulator.ACCOUNT_ID;
  private static final String CALLER_IDS = ACCOUNT_PATH + "/siptrunk-channel-callerids";

  private TrunkProvider provider;
  private ChannelClient client;

  @BeforeEach
  void open() {
    ProviderConfig config = ProviderConfig.builder().from(simulator.config())
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build())
        .build();
    provider = new ChannelProviderFactory().create(config);
    client = provider.unwrap(ChannelClient.class);
  }

  @AfterEach
  void close() {
    provider.close();
  }

  private List<String> requests() {
    List<ServeEvent> events = new ArrayList<>(simulator.server().getAllServeEvents());
    java.util.Collections.reverse(events);
    return events.stream().map(e -> e.getRequest().getMethod().value() + " " + e.getRequest().getUrl())
        .collect(Collectors.toList());
  }

  // ---- 1. update returns the vendor's answer ----

  @Test
  void update_returnsTheVendorsAnswer_notATrunkBuiltFromTheRequest() {
    SipTrunk trunk = provider.update("acme-amsterdam", TrunkUpdate.builder().callerId("+31207001102")
        .allowedIps(List.of("198.51.100.20")).putAttributes("sip_trunk", Json.object().put("ping", 3)).build());

    assertThat(requests()).containsExactly("POST /v1/channel/acme-amsterdam");
    assertThat(trunk).isEqualTo(SipTrunk.builder().provider("channel").id("acme-amsterdam").build());
    assertThat(simulator.channelSettings("acme-amsterdam").orElseThrow().at("/sip_trunk/ping"))
        .isEqualTo(IntNode.valueOf(3));
  }

  @Test
  void update_withARename_returnsTheNameTheVendorAnswered() {
    SipTrunk trunk = provider.update("acme-amsterdam", TrunkUpdate.builder().name("acme-ams-01").build());

    assertThat(requests()).containsExactly("POST /v1/channel/acme-amsterdam");
    assertThat(trunk.id()).isEqualTo("acme-ams-01");
    assertThat(simulator.channelNames()).contains("acme-ams-01");
  }

  // ---- 2. an error body under 200 is an error, never success ----

  @ParameterizedTest
  @EnumSource(ErrorShape.class)
  void update_answered200WithAnErrorBody_isAnError_inEveryShape_andNothingChanged(ErrorShape shape) {
    simulator.answerErrorsWith200(shape);
    var before = simulator.channelSettings("acme-amsterdam").orElseThrow();

    assertThatThrownBy(() -> provider.update("acme-amsterdam", TrunkUpdate.builder().callerId("+17864087525")
        .build())).isInstanceOfSatisfying(TrunkApiException.class, e -> {
          assertThat(e.failure().note()).hasValueSatisfying(n -> assertThat(n).contains("HTTP 200"));
          assertThat(e.vendorMessage()).hasValueSatisfying(m -> assertThat(m).contains("Caller ID is not available"));
        });
    assertThat(requests()).containsExactly("POST /v1/channel/acme-amsterdam");
    assertThat(simulator.channelSettings("acme-amsterdam").orElseThrow()).isEqualTo(before);
  }

  @ParameterizedTest
  @EnumSource(ErrorShape.class)
  void everyChannelCall_answered200WithAnErrorBody_isAnError(ErrorShape shape) {
    simulator.answerErrorsWith200(shape);

    assertThatThrownBy(() -> provider.connectNumber("nope", "+31207009999")).isInstanceOf(TrunkApiException.class);
    assertThatThrownBy(() -> provider.disconnectNumber("+31207009999")).isInstanceOf(TrunkApiException.class);
    assertThatThrownBy(() -> client.setOperatorConnectNumberType("nope", "+31207009999",
        OperatorConnectNumberType.USER)).isInstanceOf(TrunkApiException.class);
    assertThatThrownBy(() -> client.removeOperatorConnectNumberType("nope", "+31207009999"))
        .isInstanceOf(TrunkApiException.class);
    ProviderConfig otherAccount = ProviderConfig.builder().from(simulator.config())
        .putSettings("account-id", "7f0c6a52-1d3e-4b8f-9a2c-5e6d7f8a9b0c").build();
    try (TrunkProvider other = new ChannelProviderFactory().create(otherAccount)) {
      assertThatThrownBy(() -> other.callerIds().toList()).isInstanceOf(TrunkApiException.class);
      assertThatThrownBy(() -> other.proxies().toList()).isInstanceOf(TrunkApiException.class);
    }
    assertThat(requests()).hasSize(6);
    assertThat(simulator.numbersOf("acme-amsterdam")).doesNotContain("+31207009999");
  }

  @Test
  void anErrorUnder200_thatNamesItsStatus_isReportedWithIt() {
    simulator.answerErrorsWith200(ErrorShape.CODE_AND_MESSAGE);

    assertThatThrownBy(() -> provider.update("nope", TrunkUpdate.builder().callerId("+31207001100").build()))
        .isInstanceOfSatisfying(TrunkNotFoundException.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThatThrownBy(() -> provider.update("acme-amsterdam", TrunkUpdate.builder().callerId("+17864087525")
        .build())).isInstanceOfSatisfying(TrunkApiValidationException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  @Test
  void credentialsRefusedUnder200_areUnauthorized() {
    simulator.answerErrorsWith200(ErrorShape.PROBLEM);
    ProviderConfig wrong = ProviderConfig.builder().from(simulator.config())
        .credentials(io.trunkline.core.Credentials.bearer("not-the-token")).build();
    try (TrunkProvider other = new ChannelProviderFactory().create(wrong)) {
      assertThatThrownBy(() -> other.update("acme-amsterdam", TrunkUpdate.builder().callerId("+31207001101").build()))
          .isInstanceOfSatisfying(TrunkUnauthorizedException.class, e -> assertThat(e.status()).isEqualTo(401));
    }
    assertThat(simulator.channelSettings("acme-amsterdam").orElseThrow().path("caller_id").asText())
        .isEqualTo("+31207001100");
  }

  // ---- 3. a success answer without its optional fields is success ----

  @Test
  void connectNumber_answered201WithoutTheNumber_isSuccess() {
    simulator.answerConnectWithoutNumber();

    provider.connectNumber("acme-duesseldorf", "+4921154471299");
    ChannelNumber answer = client.connectNumber("acme-duesseldorf", "+4921154471298");

    assertThat(answer).isEqualTo(ChannelNumber.of("acme-duesseldorf", "+4921154471298"));
    assertThat(requests()).containsExactly("POST /v1/channel-number", "POST /v1/channel-number");
    assertThat(simulator.numbersOf("acme-duesseldorf")).contains("+4921154471299", "+4921154471298");
  }

  // ---- 4. "already in that state" on a retry of an idempotent write is success ----

  @Test
  void removeNumberType_retriedAfterA502_andAnswered400NoNumberType_isDone() {
    simulator.answerNoNumberTypeWith(400).failNextWriteAfterApplying(502);
    String path = "/v1/channel-number-operator-connect/channels/dutchoperatorconnect/numbers/+4921141873130";

    client.removeOperatorConnectNumberType("dutchoperatorconnect", "+4921141873130");

    assertThat(requests()).containsExactly("DELETE " + path, "DELETE " + path);
    assertThat(simulator.numberType("dutchoperatorconnect", "+4921141873130")).isEmpty();
  }

  @Test
  void removeNumberType_answered400NoNumberType_onTheFirstAttempt_isNotFound() {
    simulator.answerNoNumberTypeWith(400);
    client.removeOperatorConnectNumberType("dutchoperatorconnect", "+4921141873130");

    assertThatThrownBy(() -> client.removeOperatorConnectNumberType("dutchoperatorconnect", "+4921141873130"))
        .isInstanceOfSatisfying(TrunkNotFoundException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.vendorMessage()).contains("Channel Number selected does not have Number type");
          assertThat(e.attempts()).isEqualTo(1);
        });
    assertThat(requests()).hasSize(2);
  }

  @Test
  void disconnect_retriedAfterA504ThatWasApplied_isDone() {
    simulator.failNextWriteAfterApplying(504);

    provider.disconnectNumber("+31207001101");

    assertThat(requests()).containsExactly("DELETE /v1/channel-number/+31207001101",
        "DELETE /v1/channel-number/+31207001101");
    assertThat(simulator.numbersOf("acme-amsterdam")).doesNotContain("+31207001101");
  }

  // ---- 6. paging never ends short silently ----

  @Test
  void callerIds_whenTheServerCapsThePageSize_continueFromTheOffsetReturned_untilAllAreRead() {
    List<String> added = new ArrayList<>();
    for (int i = 0; i < 108; i++) {
      added.add(String.format("+3120700%04d", 2000 + i));
    }
    simulator.addCallerIds(added);
    simulator.capPageSize(50);

    List<String> all = provider.callerIds().stream().map(c -> c.number()).collect(Collectors.toList());

    assertThat(all).hasSize(120).doesNotHaveDuplicates().endsWith(added.get(107));
    assertThat(requests()).containsExactly(
        "GET " + CALLER_IDS + "?offset=0&limit=100",
        "GET " + CALLER_IDS + "?offset=50&limit=100",
        "GET " + CALLER_IDS + "?offset=100&limit=100",
        "GET " + CALLER_IDS + "?offset=120&limit=100");
  }

  @Test
  void callerIds_whenTheServerIgnoresTheOffset_failWithAClearError() {
    simulator.capPageSize(5).ignoreOffset();

    assertThatThrownBy(() -> provider.callerIds().toList()).isInstanceOfSatisfying(TrunkResponseException.class,
        e -> assertThat(e.getMessage()).contains("offset=5", "same items as offset=0", "ignores the offset"));
    assertThat(requests()).containsExactly("GET " + CALLER_IDS + "?offset=0&limit=100",
        "GET " + CALLER_IDS + "?offset=5&limit=100");
  }

  @Test
  void callerIds_whenTheServerIgnoresTheOffsetOfFullPages_failToo() {
    simulator.ignoreOffset();

    assertThatThrownBy(() -> client.callerIds(5).toList()).isInstanceOf(TrunkResponseException.class)
        .hasMessageContaining("same page twice");
    assertThat(requests()).containsExactly("GET " + CALLER_IDS + "?offset=0&limit=5",
        "GET " + CALLER_IDS + "?offset=5&limit=5");
  }
}

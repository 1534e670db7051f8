package io.trunkline.provider.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkApiValidationException;
import io.trunkline.core.error.TrunkConflictException;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.core.model.Proxy;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.provider.channel.internal.ChannelProviderFactory;
import io.trunkline.testing.channel.ChannelSimulator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator keeps state across calls and answers like the vendor documents. */
class ChannelSimulatorTest extends OnTheChannelSimulator {
  private TrunkProvider provider;
  private ChannelClient client;

  @BeforeEach
  void open() {
    provider = new ChannelProviderFactory().create(simulator.config());
    client = provider.unwrap(ChannelClient.class);
  }

  @AfterEach
  void close() {
    provider.close();
  }

  @Test
  void aWrongToken_is401_withTheVendorsErrorBody() {
    ProviderConfig wrong = ProviderConfig.builder().from(simulator.config())
        .credentials(Credentials.bearer("not-the-token")).build();
    try (TrunkProvider other = new ChannelProviderFactory().create(wrong)) {
      assertThatThrownBy(() -> other.proxies().toList()).isInstanceOfSatisfying(TrunkUnauthorizedException.class, e -> {
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.vendorCode()).contains(ChannelSimulator.INSUFFICIENT_RIGHTS);
      });
    }
  }

  @Test
  void theApiKeyHeader_isAcceptedToo() {
    ProviderConfig apiKey = ProviderConfig.builder().from(simulator.config())
        .credentials(Credentials.apiKey(Secret.of(ChannelSimulator.TOKEN))).build();
    try (TrunkProvider other = new ChannelProviderFactory().create(apiKey)) {
      assertThat(other.templates().toList()).hasSize(4);
    }
  }

  @Test
  void anotherAccount_is403() {
    ProviderConfig otherAccount = ProviderConfig.builder().from(simulator.config())
        .putSettings("account-id", "7f0c6a52-1d3e-4b8f-9a2c-5e6d7f8a9b0c").build();
    try (TrunkProvider other = new ChannelProviderFactory().create(otherAccount)) {
      assertThatThrownBy(() -> other.callerIds().toList()).isInstanceOf(TrunkUnauthorizedException.class);
    }
  }

  @Test
  void callerIds_arePagedByOffsetAndLimit() {
    List<String> all = client.callerIds(5).stream().map(ChannelCallerId::callerId).collect(Collectors.toList());

    assertThat(all).hasSize(12).doesNotHaveDuplicates().first().isEqualTo("+31207001100");
    assertThat(simulator.server().getAllServeEvents()).as("5 + 5 + 2, then an empty answer ends it").hasSize(4);
  }

  @Test
  void demoData_hasRealisticListings() {
    assertThat(provider.proxies().toList()).extracting(p -> p.name().orElseThrow()).contains("Amsterdam SBC 1");
    assertThat(provider.templates().toList()).hasSize(4);
    assertThat(provider.callBarrings().toList()).extracting(b -> b.id()).contains("DENUMINFO", "INT", "MOB", "S0909");
    assertThat(provider.proxies().toList()).extracting(Proxy::id).allSatisfy(id -> assertThat(id).hasSize(36));
  }

  @Test
  void connect_thenConnectAgain_isAConflict_andDisconnectFrees() {
    provider.connectNumber("acme-duesseldorf", "+4921154471299");
    assertThat(simulator.numbersOf("acme-duesseldorf")).contains("+4921154471299");

    assertThatThrownBy(() -> provider.connectNumber("acme-amsterdam", "+4921154471299"))
        .isInstanceOf(TrunkConflictException.class);

    provider.disconnectNumber("+4921154471299");
    assertThat(simulator.numbersOf("acme-duesseldorf")).doesNotContain("+4921154471299");
    assertThatThrownBy(() -> provider.disconnectNumber("+4921154471299")).isInstanceOf(TrunkNotFoundException.class);
  }

  @Test
  void connect_toAnUnknownChannel_isNotFound_withTheDocumentsMessage() {
    assertThatThrownBy(() -> provider.connectNumber("nope", "+31207009999"))
        .isInstanceOfSatisfying(TrunkNotFoundException.class,
            e -> assertThat(e.vendorMessage()).contains("Channel name does not exist"));
  }

  @Test
  void rename_movesTheChannel_andItsNumbers() {
    provider.update("acme-amsterdam", TrunkUpdate.builder().name("acme-ams-01").build());

    assertThat(simulator.channelNames()).contains("acme-ams-01").doesNotContain("acme-amsterdam");
    assertThat(simulator.numbersOf("acme-ams-01")).contains("+31207001100");
    assertThatThrownBy(() -> provider.update("acme-amsterdam", TrunkUpdate.builder().callerId("+31207001100").build()))
        .isInstanceOf(TrunkNotFoundException.class);
    provider.connectNumber("acme-ams-01", "+31207001109");
  }

  @Test
  void edit_withAnUnknownProxy_isNotFound_withTheDocumentsMessage() {
    assertThatThrownBy(() -> client.editChannel("acme-amsterdam", ChannelEdit.builder().sipTrunk(
        ChannelSipTrunk.builder().proxyId("c665c4b0-20d1-4c33-aee1-c0f67da78e03").build()).build()))
        .isInstanceOfSatisfying(TrunkNotFoundException.class, e -> {
          assertThat(e.vendorCode()).contains(ChannelSimulator.OPERATOR);
          assertThat(e.vendorMessage()).contains("Proxy not found");
        });
  }

  @Test
  void edit_withACallerIdTheAccountLacks_isRefused() {
    assertThatThrownBy(() -> provider.update("acme-amsterdam", TrunkUpdate.builder().callerId("+17864087525").build()))
        .isInstanceOf(TrunkApiValidationException.class);
  }

  @Test
  void edit_ofTheChannelWithASpaceAndASlash_reachesIt_andKeepsTheSettings() {
    client.editChannel("Sales NL/BE", ChannelEdit.builder()
        .callBarrings(List.of("INT"))
        .sipTrunk(ChannelSipTrunk.builder().templateId("f26e4670-20bf-4cad-9261-489e8ef765de").ping(Ping.UDP).build())
        .password(Secret.of("Sales-Pw-1"))
        .build());

    var settings = simulator.channelSettings("Sales NL/BE").orElseThrow();
    assertThat(settings.at("/sip_trunk/ping").asInt()).isEqualTo(3);
    assertThat(settings.at("/call_barrings/0").asText()).isEqualTo("INT");
    assertThat(settings.has("password")).isFalse();
  }

  @Test
  void operatorConnect_setAndRemoveTheNumberType() {
    OperatorConnectNumber answer = client.setOperatorConnectNumberType("dutchoperatorconnect", "004921141873130",
        OperatorConnectNumberType.RESOURCE_ACCOUNT);

    assertThat(answer.numbers()).containsExactly("004921141873130");
    assertThat(answer.iri()).contains("/channel_number_operator_connects/dutchoperatorconnect");
    assertThat(simulator.numberType("dutchoperatorconnect", "+4921141873130")).contains("Resource Account");

    client.removeOperatorConnectNumberType("dutchoperatorconnect", "+4921141873130");
    assertThat(simulator.numberType("dutchoperatorconnect", "+4921141873130")).isEmpty();
    assertThatThrownBy(() -> client.removeOperatorConnectNumberType("dutchoperatorconnect", "+4921141873130"))
        .isInstanceOfSatisfying(TrunkNotFoundException.class, e -> assertThat(e.vendorMessage())
            .contains("Channel Number selected does not have Number type"));
  }

  @Test
  void operatorConnect_forANumberNotOnTheChannel_isNotFound() {
    assertThatThrownBy(() -> client.setOperatorConnectNumberType("acme-amsterdam", "+4921141873130",
        OperatorConnectNumberType.USER)).isInstanceOf(TrunkNotFoundException.class);
  }
}

package io.trunkline.provider.flex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.provider.flex.internal.FlexProviderFactory;
import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.flex.FlexSimulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The simulator behaves as Wavix documents, and the provider works against it end to end. */
@Timeout(30)
class FlexSimulatorTest extends OnTheFlexSimulator {


  @Test
  void isRegisteredForTheDemo() {
    assertThat(ServiceLoader.load(VendorSimulator.class).stream().map(ServiceLoader.Provider::type))
        .contains(FlexSimulator.class);
  }

  @Test
  void demoData_hasFiveRealisticTrunks() {
    List<SipTrunk> trunks = provider.list().toList();

    assertThat(trunks).hasSize(5).extracting(t -> t.name().orElseThrow()).containsExactly(
        "HQ PBX", "Call center", "Branch office Austin", "Sales dialer", "Failover SBC");
    assertThat(byName("Branch office Austin").authMode()).contains(AuthMode.IP);
    assertThat(byName("Failover SBC").state()).contains(TrunkState.PROVISIONING);
    SipTrunk callCenter = provider.get(byName("Call center").id());
    assertThat(callCenter.maxChannels()).contains(30);
    assertThat(callCenter.attributes().get("max_call_cost").asText()).isEqualTo("0.25");
    assertThat(provider.get(byName("Branch office Austin").id()).allowedIps())
        .containsExactly("198.51.100.24", "198.51.100.25");
  }

  @Test
  void aWrongKey_gets401() {
    TrunkProvider wrong = new FlexProviderFactory().create(ProviderConfig.builder().from(sim.config())
        .credentials(Credentials.bearer("not-the-key")).build());
    try {
      assertThatThrownBy(() -> wrong.list().toList())
          .isInstanceOfSatisfying(TrunkUnauthorizedException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.vendorMessage()).contains("Unauthorized");
          });
    } finally {
      wrong.close();
    }
  }

  @Test
  void aPlanWithoutTheService_gets403NotProvisioned() {
    sim.notProvisioned(true);

    assertThatThrownBy(() -> provider.list().toList()).isInstanceOf(FlexServiceNotProvisionedException.class);
  }

  @Test
  void vendorUpdate_replacesTheWholeTrunk_whileTheNeutralUpdateKeepsEverything() {
    long id = Long.parseLong(byName("Call center").id());
    FlexClient client = provider.unwrap(FlexClient.class);

    client.update(id, FlexTrunkRequest.builder().label("Call center").password(Secret.of("Cc#Agents-77-floor3"))
        .callerid("14302287001").build());
    FlexTrunk reset = client.get(id);
    assertThat(reset.channelsRestrict()).as("left out, so reset by Wavix").isFalse();
    assertThat(reset.maxCallCost()).isEmpty();
    assertThat(reset.transcriptionEnabled()).isFalse();

    long other = Long.parseLong(byName("HQ PBX").id());
    FlexTrunk before = client.get(other);
    provider.update(Long.toString(other), TrunkUpdate.builder().name("HQ PBX (main)")
        .password(Secret.of("Hq-Pbx!2024-secure")).build());
    FlexTrunk after = client.get(other);
    assertThat(after.label()).isEqualTo("HQ PBX (main)");
    assertThat(FlexTrunk.builder().from(after).label(before.label()).build()).isEqualTo(before);
    assertThat(sim.password(other)).contains("Hq-Pbx!2024-secure");
  }

  @Test
  void neutralUpdate_keepsIpAuthenticationAndItsApproval() {
    SipTrunk branch = provider.get(byName("Branch office Austin").id());

    SipTrunk updated = provider.update(branch.id(), TrunkUpdate.builder().name("Austin")
        .password(Secret.of("Austin-branch-Sbc#1")).build());

    assertThat(updated.host()).contains("198.51.100.24");
    assertThat(updated.allowedIps()).isEqualTo(branch.allowedIps());
    assertThat(byName("Austin").state()).contains(TrunkState.ACTIVE);
    assertThat(byName("Austin").authMode()).contains(AuthMode.IP);
  }

  @Test
  void listAndGet_readEveryTrunkTheSameWay_evenWhenListItemsCarryEveryField() {
    sim.fullListItems(true);

    List<SipTrunk> listed = provider.list().toList();

    assertThat(listed).hasSize(5);
    for (SipTrunk fromList : listed) {
      SipTrunk fromGet = provider.get(fromList.id());
      assertThat(fromList.host()).as("host of %s", fromList.name()).isPresent().isEqualTo(fromGet.host());
      assertThat(fromList.createdAt()).isPresent().isEqualTo(fromGet.createdAt());
      assertThat(fromList.allowedIps()).isEqualTo(fromGet.allowedIps());
      assertThat(fromList.maxChannels()).isEqualTo(fromGet.maxChannels());
      assertThat(fromList.attributes()).doesNotContainKeys("host", "allowed_ips", "max_channels", "created_at",
          "name", "access_token");
      assertThat(fromGet).as("get completes the trunk from its list item: state and attributes included")
          .isEqualTo(fromList);
    }
    assertThat(byName("Call center").maxChannels()).contains(30);
    assertThat(byName("Branch office Austin").allowedIps()).containsExactly("198.51.100.24", "198.51.100.25");
  }

  @Test
  void anEmptyAccount_listsNothing() {
    try (FlexSimulator empty = new FlexSimulator()) {
      empty.start();
      try (TrunkProvider none = new FlexProviderFactory().create(empty.config())) {
        assertThat(none.list().toList()).isEmpty();
      }
    }
  }

  @Test
  void thePortableSpec_isRefusedForWhatWavixCannotTake_andAcceptedOnceItFits() {
    TrunkSpec portable = TrunkSpec.builder().name("portable-trunk").host("sip.portable.example")
        .username("portable").password(Secret.of("Portable-pw-9x")).build();

    assertThatThrownBy(() -> provider.create(portable)).isInstanceOfSatisfying(TrunkValidationException.class,
        e -> assertThat(e.field()).isEqualTo("username"));
    TrunkSpec noLogin = TrunkSpec.builder().from(portable).username(Optional.empty()).build();
    assertThatThrownBy(() -> provider.create(noLogin)).isInstanceOfSatisfying(TrunkValidationException.class,
        e -> assertThat(e.getMessage()).isEqualTo("callerId (callerid): is required by flex to create a trunk"
            + " (an active or verified number of the account in E.164 (+13132847320; Wavix"
            + " stores the digits without '+'), or \"\" when attributes.multiple_numbers is true)"));
    TrunkSpec withNumber = TrunkSpec.builder().from(noLogin).callerId("+13132847320").build();
    assertThatThrownBy(() -> provider.create(withNumber)).isInstanceOfSatisfying(TrunkValidationException.class,
        e -> assertThat(e.getMessage())
            .isEqualTo("host (host): must be 'dynamic' or a public static IPv4 or IPv6 address"));

    SipTrunk created = provider.create(TrunkSpec.builder().from(withNumber).host("203.0.113.5").build());

    assertThat(created.name()).contains("portable-trunk");
    assertThat(created.host()).contains("203.0.113.5");
    assertThat(created.authMode()).contains(AuthMode.IP);
    assertThat(created.callerId()).contains("+13132847320");
    assertThat(byName("portable-trunk").state()).as("Wavix reviews IP authentication").contains(TrunkState.PROVISIONING);
    assertThat(sim.password(Long.parseLong(created.id()))).contains("Portable-pw-9x");
  }

  @Test
  void create_thenDelete() {
    SipTrunk created = provider.create(TrunkSpec.builder().name("New trunk").password(Secret.of("N3w-trunk-pass"))
        .callerId("13132847320").build());

    assertThat(created.username()).isPresent();
    assertThat(created.authMode()).contains(AuthMode.CREDENTIALS);
    assertThat(sim.password(Long.parseLong(created.id()))).contains("N3w-trunk-pass");
    assertThat(provider.list().toList()).hasSize(6);
    provider.delete(created.id());
    assertThatThrownBy(() -> provider.get(created.id())).isInstanceOf(TrunkNotFoundException.class);
    assertThatThrownBy(() -> provider.delete(created.id())).isInstanceOf(TrunkNotFoundException.class);
  }
}

package io.trunkline.provider.flex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.flex.FlexSimulator;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The simulator behaves as Wavix documents, and the provider works against it end to end. */
@Timeout(30)
class FlexSimulatorTest {
  private final FlexSimulator sim = new FlexSimulator();
  private FlexProvider provider;

  @BeforeEach
  void start() {
    sim.start();
    sim.seedDemoData();
    provider = new FlexProviderFactory().create(sim.config());
  }

  @AfterEach
  void stop() {
    provider.close();
    sim.close();
  }

  private SipTrunk byName(String name) {
    return provider.list().stream().filter(t -> t.name().orElse("").equals(name)).findFirst().orElseThrow();
  }

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
    FlexProvider wrong = new FlexProviderFactory().create(ProviderConfig.builder().from(sim.config())
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
    FlexClient client = provider.vendorClient();

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

package io.trunkline.provider.propertiesv2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkState;
import io.trunkline.testing.propertiesv2.PropertiesV2Simulator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider against the simulator: paging over many trunks, envelopes, auth, filters, the demo data. */
class PropertiesV2SimulatorTest {
  private PropertiesV2Simulator simulator;
  private PropertiesV2Provider provider;

  @BeforeEach
  void start() {
    simulator = (PropertiesV2Simulator) new PropertiesV2Simulator().start();
    provider = new PropertiesV2ProviderFactory().create(simulator.config());
  }

  @AfterEach
  void stop() {
    provider.close();
    simulator.close();
  }

  @Test
  void listing120Trunks_defaultPageSize_requestsExactlyThreePages() {
    simulator.seedTrunks(120);

    List<SipTrunk> all = provider.list().toList();

    assertThat(all).hasSize(120).extracting(SipTrunk::id).doesNotHaveDuplicates();
    assertThat(listRequests()).extracting(LoggedRequest::getUrl).containsExactly(
        "/v2/Properties/" + PropertiesV2Simulator.PROPERTY_SID + "/SipTrunks?Results_Skip=0&Results_Count=50",
        "/v2/Properties/" + PropertiesV2Simulator.PROPERTY_SID + "/SipTrunks?Results_Skip=50&Results_Count=50",
        "/v2/Properties/" + PropertiesV2Simulator.PROPERTY_SID + "/SipTrunks?Results_Skip=100&Results_Count=50");
  }

  @Test
  void wrappedListWithTotalCount_alsoTakesThreePages() {
    simulator.seedTrunks(120);
    simulator.wrapList("SipTrunks").sendTotalCount(true);

    assertThat(provider.list().toList()).hasSize(120);
    assertThat(listRequests()).hasSize(3);
  }

  @Test
  void wrongToken_isUnauthorized() {
    ProviderConfig wrong = ProviderConfig.builder().from(simulator.config())
        .credentials(Credentials.userPassword(PropertiesV2Simulator.ACCOUNT_SID, Secret.of("wrong-token"))).build();
    try (PropertiesV2Provider p = new PropertiesV2ProviderFactory().create(wrong)) {
      assertThatThrownBy(() -> p.list().toList()).isInstanceOfSatisfying(TrunkUnauthorizedException.class,
          e -> assertThat(e.vendorCode()).contains("Unauthorized"));
    }
  }

  @Test
  void unknownProperty_andUnknownTrunk_areNotFound() {
    ProviderConfig other = ProviderConfig.builder().from(simulator.config())
        .putSettings("property-sid", "PROTHER").build();
    try (PropertiesV2Provider p = new PropertiesV2ProviderFactory().create(other)) {
      assertThatThrownBy(() -> p.list().toList()).isInstanceOf(TrunkNotFoundException.class);
    }
    assertThatThrownBy(() -> provider.get("STNOPE")).isInstanceOf(TrunkNotFoundException.class);
  }

  @Test
  void demoData_fiveTrunks_filterOnTheServer() {
    simulator.seedDemoData();

    assertThat(provider.list().toList()).hasSize(5);
    assertThat(provider.list(TrunkQuery.builder().state(TrunkState.ACTIVE).build()).toList())
        .extracting(t -> t.name().orElseThrow()).containsExactly("Sydney PBX primary", "Melbourne contact centre");
    assertThat(provider.list(TrunkQuery.builder().authMode(AuthMode.CREDENTIALS).build()).toList())
        .extracting(t -> t.name().orElseThrow()).containsExactly("Melbourne contact centre", "Perth warehouse");
    assertThat(provider.vendorClient().listSipTrunks(SipTrunkListQuery.builder().active(false).build()).toList())
        .extracting(t -> t.name().orElseThrow()).containsExactly("Perth warehouse", "Adelaide failover");
    SipTrunk melbourne = provider.get(provider.list(TrunkQuery.builder().name("melbourne").build()).toList()
        .get(0).id());
    assertThat(melbourne.username()).contains("melb-cc.example.com.au");
    assertThat(melbourne.attributes()).containsKeys("CustomerReference", "ExternalReference",
        "SipTrunkAllowedCountries");
  }

  private List<LoggedRequest> listRequests() {
    return simulator.server().getAllServeEvents().stream().map(e -> e.getRequest())
        .filter(r -> r.getUrl().contains("/SipTrunks"))
        .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
        .map(r -> (LoggedRequest) r).toList();
  }
}

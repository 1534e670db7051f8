package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.Credentials;
import io.trunkline.core.FieldRequirement.Requirement;
import io.trunkline.core.FieldRequirement;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.TrunkUnauthorizedException;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.provider.propertiesv2.internal.PropertiesV2ProviderFactory;
import io.trunkline.testing.propertiesv2.PropertiesV2Simulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


/** The provider against the simulator: paging over many trunks, envelopes, auth, filters, the demo data. */
class PropertiesV2SimulatorTest {
  private PropertiesV2Simulator simulator;
  private TrunkProvider provider;

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
    try (TrunkProvider p = new PropertiesV2ProviderFactory().create(wrong)) {
      assertThatThrownBy(() -> p.list().toList()).isInstanceOfSatisfying(TrunkUnauthorizedException.class,
          e -> assertThat(e.vendorCode()).contains("Unauthorized"));
    }
  }

  @Test
  void unknownProperty_andUnknownTrunk_areNotFound() {
    ProviderConfig other = ProviderConfig.builder().from(simulator.config())
        .putSettings("property-sid", "PROTHER").build();
    try (TrunkProvider p = new PropertiesV2ProviderFactory().create(other)) {
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
    assertThat(provider.unwrap(PropertiesV2Client.class).listSipTrunks(SipTrunkListQuery.builder().active(false).build()).toList())
        .extracting(t -> t.name().orElseThrow()).containsExactly("Perth warehouse", "Adelaide failover");
    SipTrunk melbourne = provider.get(provider.list(TrunkQuery.builder().name("melbourne").build()).toList()
        .get(0).id());
    assertThat(melbourne.username()).contains("melb-cc.example.com.au");
    assertThat(melbourne.attributes()).containsKeys("CustomerReference", "ExternalReference",
        "SipTrunkAllowedCountries");
  }

  @Test
  void listAndGet_readEveryTrunkAlike_forEveryFieldTheListCarries() {
    simulator.seedDemoData();

    List<SipTrunk> listed = provider.list().toList();

    assertThat(listed).hasSize(5).allSatisfy(trunk -> {
      assertThat(trunk.name()).isPresent();
      assertThat(trunk.state()).isPresent();
      assertThat(trunk.authMode()).isPresent();
      assertThat(trunk.callerId()).isPresent();
      assertThat(trunk.maxChannels()).isPresent();
      assertThat(trunk.createdAt()).isPresent();
      assertThat(trunk.updatedAt()).isPresent();
    });
    assertThat(listed.get(1).attributes()).containsKeys("CustomerReference", "ExternalReference");
    for (SipTrunk fromList : listed) {
      SipTrunk fromGet = provider.get(fromList.id());
      Map<String, JsonNode> shared = new java.util.LinkedHashMap<>(fromGet.attributes());
      shared.keySet().retainAll(fromList.attributes().keySet());
      assertThat(fromGet.attributes().keySet()).containsAll(fromList.attributes().keySet());
      assertThat(SipTrunk.builder().from(fromGet).allowedIps(List.of()).username(Optional.empty())
          .attributes(shared).build()).as(fromList.id()).isEqualTo(fromList);
    }
  }

  @Test
  void portableSpec_isRefusedForHost_thenForExactlyTheCallerId_andAcceptedWithIt() {
    TrunkSpec portable = TrunkSpec.builder().name("portable-trunk").host("sip.portable.example")
        .username("portable").password(Secret.of("Portable-pw-9x")).build();

    assertThatThrownBy(() -> provider.create(portable)).isInstanceOfSatisfying(TrunkValidationException.class,
        e -> assertThat(e.field()).isEqualTo("host"));
    TrunkSpec withoutHost = TrunkSpec.builder().from(portable).host(Optional.empty()).build();
    assertThatThrownBy(() -> provider.create(withoutHost)).hasMessage("callerId (DefaultCallerId): is required by"
        + " properties-v2 to create a trunk (an Australian number in +E.164 (+61…),"
        + " neither toll-free (1800, 180) nor shared-rate (13, 1300))");
    assertThat(simulator.trunks()).isEmpty();

    SipTrunk created = provider.create(TrunkSpec.builder().from(withoutHost).callerId("+61262345678").build());

    assertThat(created.name()).contains("portable-trunk");
    assertThat(created.authMode()).contains(AuthMode.CREDENTIALS);
    assertThat(created.username()).contains("portable");
    assertThat(simulator.trunks()).hasSize(1);
  }

  @Test
  void fieldRequirements_tellBeforeSending_whatCreateNeeds() {
    List<FieldRequirement> fields = provider.metadata().trunkFields();

    assertThat(fields).filteredOn(r -> r.onCreate() == Requirement.REQUIRED).extracting(FieldRequirement::label)
        .containsExactly("name (Name)", "callerId (DefaultCallerId)");
    assertThat(fields).filteredOn(r -> r.onCreate() == Requirement.REFUSED && r.vendorField().isEmpty())
        .extracting(FieldRequirement::label)
        .containsExactlyInAnyOrder("host", "port", "transport", "numbers", "countryCode");
    assertThat(fields).filteredOn(r -> r.vendorField().isPresent())
        .allSatisfy(r -> assertThat(r.description()).as(r.label()).isPresent());
    assertThat(fields).filteredOn(r -> r.label().equals("password (SipTrunkCredentials.Password)"))
        .singleElement().satisfies(r -> assertThat(r.secret()).isTrue());
    assertThat(fields).filteredOn(r -> r.label().equals("state (ProvisioningState)"))
        .singleElement().satisfies(r -> assertThat(r.readOnly()).isTrue());
  }

  private List<LoggedRequest> listRequests() {
    return simulator.server().getAllServeEvents().stream().map(e -> e.getRequest())
        .filter(r -> r.getUrl().contains("/SipTrunks"))
        .sorted(java.util.Comparator.comparing(LoggedRequest::getLoggedDate))
        .map(r -> (LoggedRequest) r).toList();
  }
}

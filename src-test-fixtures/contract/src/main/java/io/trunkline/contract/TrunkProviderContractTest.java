package io.trunkline.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import io.trunkline.core.Capability;
import io.trunkline.core.FieldRequirement;
import io.trunkline.core.FieldRequirement.Requirement;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Paged.Page;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.Trunkline;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkNotFoundException;
import io.trunkline.core.error.UnsupportedCapabilityException;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.RetryTiming;
import io.trunkline.testing.VendorSimulator;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every provider keeps, run against its simulator. A provider module's test extends this and
 * supplies the simulator and sample input; the contract exercises every capability the provider declares and
 * checks that every one it lacks throws {@link UnsupportedCapabilityException}.
 */
public abstract class TrunkProviderContractTest {
  protected VendorSimulator simulator;
  protected TrunkProvider provider;

  /** For a provider module's contract test. */
  protected TrunkProviderContractTest() {}

  /** A new, not yet started simulator for the provider under test. */
  protected abstract VendorSimulator newSimulator();

  /**
   * A valid neutral create request for this vendor (used when it declares CREATE). Called for every create; where
   * the vendor refuses duplicates, return a different trunk each time.
   */
  protected abstract TrunkSpec sampleSpec();

  /** A valid neutral change for this vendor (used when it declares UPDATE). */
  protected TrunkUpdate sampleUpdate() {
    return TrunkUpdate.builder().name("renamed-by-contract").build();
  }

  /** Checks that {@code updated} shows {@link #sampleUpdate()}. */
  protected void assertUpdated(SipTrunk updated) {
    assertThat(updated.name()).contains("renamed-by-contract");
  }

  /** The id of a trunk that exists in the simulator without a create (for vendors that cannot create). */
  protected String existingTrunkId() {
    throw new UnsupportedOperationException("override existingTrunkId() for a provider without CREATE");
  }

  /** A number the vendor accepts for connect and disconnect. */
  protected String sampleNumber() {
    return "+31201234567";
  }

  /** Waits the engine asked for, recorded instead of slept. */
  protected final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @BeforeEach
  void openProvider() {
    simulator = newSimulator().start();
    simulator.seedDemoData();
    provider = open(testConfig(simulator.config()));
  }

  /** The simulator's config with test timeouts. */
  protected ProviderConfig testConfig(ProviderConfig config) {
    return testConfig(config, b -> { });
  }

  /** The simulator's config with test timeouts, then changed by {@code change}. */
  protected ProviderConfig testConfig(ProviderConfig config, Consumer<ProviderConfig.Builder> change) {
    ProviderConfig.Builder b = ProviderConfig.builder().from(config)
        .readTimeout(Duration.ofSeconds(10))
        .attemptTimeout(Duration.ofSeconds(20))
        .callTimeout(Duration.ofSeconds(60));
    change.accept(b);
    return b.build();
  }

  /** The simulator's provider on {@code config}; its waits between retries are recorded in {@link #sleeps}. */
  protected TrunkProvider open(ProviderConfig config) {
    return RetryTiming.of(sleeps::add).open(() -> Trunkline.discover().open(simulator.providerId(), config));
  }

  @AfterEach
  void closeProvider() {
    if (provider != null) {
      provider.close();
    }
    if (simulator != null) {
      simulator.close();
    }
  }

  @Test
  void provider_isDiscoveredThroughServiceLoader_withCompleteMetadata() {
    ProviderMetadata metadata = Trunkline.discover().metadata(simulator.providerId()).orElseThrow();
    assertThat(metadata.id()).isEqualTo(simulator.providerId()).isEqualTo(provider.id());
    assertThat(metadata.displayName()).isNotBlank();
    assertThat(metadata.credentialKinds()).isNotEmpty();
    assertThat(metadata.capabilities()).isNotEmpty();
    assertThat(provider.capabilities()).isEqualTo(metadata.capabilities());
    assertThat(provider.vendorClient()).isNotNull();
  }

  @Test
  void everyCapabilityTheProviderLacks_throwsUnsupportedCapability() {
    Set<Capability> lacking = EnumSet.allOf(Capability.class);
    lacking.removeAll(provider.capabilities());
    for (Capability capability : lacking) {
      assertThatThrownBy(() -> invoke(capability))
          .as("capability %s", capability)
          .isInstanceOfSatisfying(UnsupportedCapabilityException.class,
              e -> assertThat(e.capability()).isEqualTo(capability));
    }
  }

  @Test
  void lifecycle_create_get_list_update_status_delete() {
    String id;
    if (provider.supports(Capability.CREATE)) {
      SipTrunk created = provider.create(sampleSpec());
      assertThat(created.provider()).isEqualTo(provider.id());
      assertThat(created.id()).isNotBlank();
      sampleSpec().name().ifPresent(name -> assertThat(created.name()).contains(name));
      id = created.id();
      roundTripsThroughJson(created);
    } else {
      id = existingTrunkId();
    }
    if (provider.supports(Capability.GET)) {
      SipTrunk got = provider.get(id);
      assertThat(got.id()).isEqualTo(id);
      roundTripsThroughJson(got);
    }
    if (provider.supports(Capability.LIST)) {
      List<SipTrunk> all = provider.list().toList();
      assertThat(all).extracting(SipTrunk::id).contains(id);
      assertThat(provider.list(TrunkQuery.builder().limit(1L).build()).toList()).hasSize(1);
      Page<SipTrunk> first = provider.list().firstPage();
      assertThat(first.items()).isNotEmpty();
    }
    if (provider.supports(Capability.UPDATE)) {
      SipTrunk updated = provider.update(id, sampleUpdate());
      assertThat(updated.id()).isEqualTo(id);
      assertUpdated(updated);
    }
    if (provider.supports(Capability.STATUS)) {
      assertThat(provider.status(id).id()).isEqualTo(id);
    }
    if (provider.supports(Capability.DELETE)) {
      provider.delete(id);
      if (provider.supports(Capability.GET)) {
        assertThatThrownBy(() -> provider.get(id)).isInstanceOf(TrunkNotFoundException.class);
      }
    }
  }

  @Test
  void listings_ofDeclaredCapabilities_answer() {
    ifSupported(Capability.CALLER_IDS, p -> assertThat(p.callerIds().toList()).allSatisfy(
        c -> assertThat(c.number()).isNotBlank()));
    ifSupported(Capability.PROXIES, p -> assertThat(p.proxies().toList()).allSatisfy(
        x -> assertThat(x.id()).isNotBlank()));
    ifSupported(Capability.TEMPLATES, p -> assertThat(p.templates().toList()).allSatisfy(
        x -> assertThat(x.id()).isNotBlank()));
    ifSupported(Capability.CALL_BARRINGS, p -> assertThat(p.callBarrings().toList()).allSatisfy(
        x -> assertThat(x.id()).isNotBlank()));
    ifSupported(Capability.EXPORT, p -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long written = p.export(out);
      assertThat(written).isPositive().isEqualTo(out.size());
    });
  }

  @Test
  void numbers_connectAndDisconnect_whenDeclared() {
    if (provider.supports(Capability.CONNECT_NUMBER)) {
      String trunk = provider.supports(Capability.CREATE) ? provider.create(sampleSpec()).id() : existingTrunkId();
      provider.connectNumber(trunk, sampleNumber());
    }
    if (provider.supports(Capability.DISCONNECT_NUMBER)) {
      provider.disconnectNumber(sampleNumber());
    }
  }

  @Test
  void listAndGet_readTheSameTrunk_forEveryFieldBothCarry() {
    if (!provider.supports(Capability.LIST) || !provider.supports(Capability.GET)) {
      return;
    }
    if (provider.supports(Capability.CREATE)) {
      provider.create(sampleSpec());
    }
    List<SipTrunk> listed = provider.list(TrunkQuery.builder().limit(5L).build()).toList();
    assertThat(listed).as("the simulator lists trunks").isNotEmpty();
    for (SipTrunk fromList : listed) {
      SipTrunk fromGet = provider.get(fromList.id());
      assertThat(sharedFields(fromList, fromGet)).as("trunk %s read by list", fromList.id())
          .isEqualTo(sharedFields(fromGet, fromList));
    }
  }

  @Test
  void fieldRequirements_areVisibleBeforeSending_forEveryNeutralField() {
    ProviderMetadata metadata = provider.metadata();
    if (!provider.supports(Capability.CREATE) && !provider.supports(Capability.UPDATE)) {
      return;
    }
    for (NeutralField field : NeutralField.values()) {
      if (!field.vendorSet()) {
        assertThat(metadata.trunkFields()).as("requirements of %s", field)
            .filteredOn(r -> r.neutralField().equals(java.util.Optional.of(field))).hasSize(1);
      }
    }
  }

  /**
   * The portable spec (name, host, username, password, and one number where the vendor requires numbers) is
   * accepted where those fields suffice, and otherwise refused before sending with exactly the fields it lacks or
   * the vendor refuses, as the published requirements say.
   */
  @Test
  void portableSpec_isAccepted_orRefusedNamingExactlyWhatItLacks() {
    if (!provider.supports(Capability.CREATE)) {
      return;
    }
    List<FieldRequirement> fields = provider.metadata().trunkFields();
    TrunkSpec.Builder spec = TrunkSpec.builder().name("portable-trunk").host("sip.portable.example")
        .username("portable").password(Secret.of("Portable-pw-9x"));
    Set<NeutralField> given = EnumSet.of(NeutralField.NAME, NeutralField.HOST, NeutralField.USERNAME,
        NeutralField.PASSWORD);
    if (fields.stream().anyMatch(r -> r.neutralField().equals(java.util.Optional.of(NeutralField.NUMBERS))
        && r.onCreate() == Requirement.REQUIRED)) {
      spec.addNumbers(sampleNumber());
      given.add(NeutralField.NUMBERS);
    }
    List<String> refused = fields.stream().filter(r -> r.vendorField().isEmpty() && r.onCreate() == Requirement.REFUSED
        && given.contains(r.neutralField().orElseThrow())).map(r -> r.neutralField().get().property()).toList();
    List<String> missing = fields.stream().filter(r -> r.onCreate() == Requirement.REQUIRED
        && !r.neutralField().map(given::contains).orElse(false)).map(FieldRequirement::label).toList();
    if (refused.isEmpty() && missing.isEmpty()) {
      SipTrunk created = provider.create(spec.build());
      assertThat(created.name()).contains("portable-trunk");
    } else {
      assertThatThrownBy(() -> provider.create(spec.build())).isInstanceOfSatisfying(TrunkValidationException.class,
          e -> assertThat(e.field()).isEqualTo(refused.isEmpty() ? String.join(", ", missing) : refused.get(0)));
    }
  }

  /** Skips a test for a provider still written by hand (one that publishes no field requirements). */
  /** The fields of {@code a} that {@code b} carries too. */
  private static Map<String, Object> sharedFields(SipTrunk a, SipTrunk b) {
    Map<String, Object> shared = new TreeMap<>();
    Map<String, Object> left = Json.mapper().convertValue(a, new TypeReference<Map<String, Object>>() {});
    Map<String, Object> right = Json.mapper().convertValue(b, new TypeReference<Map<String, Object>>() {});
    left.forEach((name, value) -> {
      if (!name.equals("attributes") && carries(value) && carries(right.get(name))) {
        shared.put(name, value);
      }
    });
    a.attributes().forEach((name, value) -> {
      if (b.attributes().containsKey(name)) {
        shared.put("attributes." + name, value);
      }
    });
    return shared;
  }

  private static boolean carries(Object value) {
    return value != null && !(value instanceof java.util.Collection && ((java.util.Collection<?>) value).isEmpty());
  }

  @Test
  void toString_ofProviderAndConfig_neverShowsTheSecret() {
    String secret = simulator.config().credentials().secret().reveal();
    assertThat(provider.toString()).doesNotContain(secret);
    assertThat(simulator.config().toString()).doesNotContain(secret);
  }

  private void ifSupported(Capability capability, Consumer<TrunkProvider> check) {
    if (provider.supports(capability)) {
      check.accept(provider);
    }
  }

  private static void roundTripsThroughJson(SipTrunk trunk) {
    try {
      String json = Json.mapper().writeValueAsString(trunk);
      assertThat(Json.mapper().readValue(json, SipTrunk.class)).isEqualTo(trunk);
    } catch (Exception e) {
      throw new AssertionError("SipTrunk did not round-trip through JSON", e);
    }
  }

  private void invoke(Capability capability) {
    switch (capability) {
      case LIST: provider.list(); break;
      case GET: provider.get("1"); break;
      case CREATE: provider.create(TrunkSpec.builder().name("x").build()); break;
      case UPDATE: provider.update("1", TrunkUpdate.builder().name("x").build()); break;
      case DELETE: provider.delete("1"); break;
      case STATUS: provider.status("1"); break;
      case CONNECT_NUMBER: provider.connectNumber("1", sampleNumber()); break;
      case DISCONNECT_NUMBER: provider.disconnectNumber(sampleNumber()); break;
      case CALLER_IDS: provider.callerIds(); break;
      case PROXIES: provider.proxies(); break;
      case TEMPLATES: provider.templates(); break;
      case CALL_BARRINGS: provider.callBarrings(); break;
      case EXPORT: provider.export(new ByteArrayOutputStream()); break;
      default: throw new AssertionError("unhandled capability " + capability);
    }
  }
}

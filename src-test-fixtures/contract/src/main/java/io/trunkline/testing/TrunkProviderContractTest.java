package io.trunkline.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Capability;
import io.trunkline.core.ImmutableProviderConfig;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Page;
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
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
    provider = Trunkline.discover().open(simulator.providerId(), testConfig(simulator.config()));
  }

  /** The simulator's config with test timings: nothing sleeps. */
  protected ProviderConfig testConfig(ProviderConfig config) {
    return ImmutableProviderConfig.copyOf(config)
        .withSleeper(sleeps::add)
        .withReadTimeout(Duration.ofSeconds(10))
        .withAttemptTimeout(Duration.ofSeconds(20))
        .withCallTimeout(Duration.ofSeconds(60));
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
    ProviderMetadata metadata = Trunkline.discover().factory(simulator.providerId()).orElseThrow().metadata();
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

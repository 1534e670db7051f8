package io.trunkline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.UnsupportedCapabilityException;
import io.trunkline.core.spi.AbstractTrunkProvider;
import io.trunkline.core.spi.ProviderContext;
import io.trunkline.core.spi.TrunkProviderFactory;
import org.junit.jupiter.api.Test;

class TrunklineTest {
  static final class FakeFactory implements TrunkProviderFactory {
    private final String id;

    FakeFactory(String id) {
      this.id = id;
    }

    @Override
    public ProviderMetadata metadata() {
      return ProviderMetadata.builder().id(id).displayName("Fake " + id).defaultBaseUrl("https://fake.example")
          .addCredentialKinds(Credentials.Kind.BEARER).addCapabilities(Capability.GET).build();
    }

    @Override
    public TrunkProvider create(ProviderConfig config) {
      ProviderContext context = ProviderContext.builder(metadata(), config).build();
      return new AbstractTrunkProvider(context) {
        @Override
        public Object vendorClient() {
          return this;
        }
      };
    }
  }

  private static ProviderConfig config() {
    return ProviderConfig.builder().credentials(Credentials.bearer("t0ken-1")).build();
  }

  @Test
  void registeredFactories_areListedAndOpened() {
    Trunkline trunkline = Trunkline.builder().register(new FakeFactory("b")).register(new FakeFactory("a")).build();

    assertThat(trunkline.providers()).extracting(ProviderMetadata::id).containsExactly("a", "b");
    try (TrunkProvider provider = trunkline.open("a", config())) {
      assertThat(provider.id()).isEqualTo("a");
      assertThat(provider.toString()).contains("a at https://fake.example/").doesNotContain("t0ken-1");
    }
  }

  @Test
  void unknownId_namesTheAvailableOnes() {
    Trunkline trunkline = Trunkline.builder().register(new FakeFactory("a")).register(new FakeFactory("b")).build();

    assertThatThrownBy(() -> trunkline.open("zzz", config()))
        .isInstanceOf(TrunkConfigurationException.class).hasMessage("unknown provider 'zzz'; available: a, b");
  }

  @Test
  void twoFactoriesWithOneId_areAnError() {
    assertThatThrownBy(() -> Trunkline.builder().register(new FakeFactory("a")).register(new FakeFactory("a")))
        .isInstanceOf(TrunkConfigurationException.class).hasMessageContaining("share the id 'a'");
  }

  @Test
  void discovery_withNoProviderModule_isEmpty_andSaysSo() {
    assertThat(Trunkline.discover().providers()).isEmpty();
    assertThatThrownBy(() -> Trunkline.discover().open("pbx", config())).hasMessageContaining("no provider module");
  }

  @Test
  void capabilitiesTheProviderLacks_throw() {
    try (TrunkProvider provider = new FakeFactory("a").create(config())) {
      assertThatThrownBy(provider::list).isInstanceOfSatisfying(UnsupportedCapabilityException.class,
          e -> assertThat(e.capability()).isEqualTo(Capability.LIST));
      assertThatThrownBy(() -> provider.delete("1")).isInstanceOf(UnsupportedCapabilityException.class)
          .hasMessageContaining("provider 'a' does not support DELETE");
      assertThat(provider.unwrap(TrunkProvider.class)).isSameAs(provider);
    }
  }
}

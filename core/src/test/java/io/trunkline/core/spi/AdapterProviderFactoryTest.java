package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Capability;
import io.trunkline.core.Credentials;
import io.trunkline.core.FieldRequirement;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.UnsupportedCapabilityException;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class AdapterProviderFactoryTest {
  /** An adapter that reads one trunk; capabilities: GET. */
  static final class Lazy implements TrunkAdapter {
    @Override
    public Object vendorClient() {
      return this;
    }

    @Override
    public SipTrunk get(String id) {
      return SipTrunk.builder().provider("lazy").id(id).build();
    }
  }

  static TrunkFields fields(String provider) {
    return TrunkFields.builder(provider).id("id", FieldRule.digits())
        .field(VendorField.text("name").neutral(NeutralField.NAME).requiredOnCreate()).build();
  }

  /** A factory with a declaration made on demand, counting how often. */
  static final class LazyFactory extends AdapterProviderFactory {
    LazyFactory(String id, Supplier<TrunkFields> fields) {
      super(ProviderMetadata.builder().id(id).displayName("Lazy " + id).addCredentialKinds(Credentials.Kind.BEARER),
          fields, Lazy.class);
    }

    @Override
    protected TrunkAdapter adapter(ProviderContext context) {
      return new Lazy();
    }
  }

  @Test
  void lazyDeclaration_isMadeOnceWhenFirstDescribedOrOpened_notWhenRegistered() {
    AtomicInteger made = new AtomicInteger();
    LazyFactory factory = new LazyFactory("lazy", () -> {
      made.incrementAndGet();
      return fields("lazy");
    });

    Trunkline trunkline = Trunkline.builder().register(factory).build();
    assertThat(factory.id()).isEqualTo("lazy");
    assertThat(made).hasValue(0);

    ProviderMetadata metadata = trunkline.metadata("lazy").orElseThrow();
    assertThat(made).hasValue(1);
    assertThat(metadata.id()).isEqualTo("lazy");
    assertThat(metadata.displayName()).isEqualTo("Lazy lazy");
    assertThat(metadata.capabilities()).containsExactly(Capability.GET);
    assertThat(metadata.trunkFields()).extracting(f -> f.vendorField().orElse("")).contains("name");
    assertThat(metadata.trunkFields()).extracting(FieldRequirement::onCreate)
        .containsOnly(FieldRequirement.Requirement.REFUSED);   // no create: refused throughout

    try (TrunkProvider provider = trunkline.open("lazy", ProviderConfig.builder().baseUrl("https://lazy.example")
        .credentials(Credentials.bearer("t0ken-1")).build())) {
      assertThat(provider.metadata()).isSameAs(metadata);
      assertThat(provider.get("7").id()).isEqualTo("7");
    }
    assertThat(made).hasValue(1);
  }

  @Test
  void lazyAndEagerDeclarations_describeTheProviderAlike() {
    ProviderMetadata lazy = new LazyFactory("lazy", () -> fields("lazy")).metadata();
    ProviderMetadata eager = new AdapterProviderFactory(ProviderMetadata.builder().id("lazy")
        .displayName("Lazy lazy").addCredentialKinds(Credentials.Kind.BEARER), fields("lazy"), Lazy.class) {
      @Override
      protected TrunkAdapter adapter(ProviderContext context) {
        return new Lazy();
      }
    }.metadata();

    assertThat(lazy).isEqualTo(eager);
  }

  @Test
  void lazyDeclarationForAnotherProvider_failsWhenFirstDescribed_andItsIdIsKnownBefore() {
    LazyFactory factory = new LazyFactory("lazy", () -> fields("other"));

    assertThat(factory.id()).isEqualTo("lazy");
    assertThatThrownBy(factory::metadata).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the fields are declared for 'other', not for 'lazy'");
  }

  @Test
  void openedBeforeDescribed_checksTheConfigAndWorks_andItsMetadataIsTheFactorys() {
    LazyFactory factory = new LazyFactory("lazy", () -> fields("lazy"));
    Trunkline trunkline = Trunkline.builder().register(factory).build();

    try (TrunkProvider provider = trunkline.open("lazy", ProviderConfig.builder().baseUrl("https://lazy.example")
        .credentials(Credentials.bearer("t0ken-1")).build())) {
      assertThat(provider.id()).isEqualTo("lazy");
      assertThat(provider.supports(Capability.GET)).isTrue();
      assertThat(provider.supports(Capability.LIST)).isFalse();
      assertThat(provider.get("7").id()).isEqualTo("7");
      assertThatThrownBy(() -> provider.delete("7")).isInstanceOf(UnsupportedCapabilityException.class)
          .hasMessage(new UnsupportedCapabilityException("lazy", Capability.DELETE).getMessage());

      ProviderMetadata metadata = provider.metadata();
      assertThat(metadata).isSameAs(trunkline.metadata("lazy").orElseThrow()).isSameAs(factory.metadata());
      assertThat(metadata.capabilities()).containsExactly(Capability.GET);
      assertThat(metadata.trunkFields()).extracting(FieldRequirement::label).contains("name (name)");
      assertThat(provider.capabilities()).isEqualTo(metadata.capabilities());
    }
  }

  @Test
  void openedBeforeDescribed_refusesAConfigAsTheCompleteMetadataWould() {
    LazyFactory factory = new LazyFactory("lazy", () -> fields("lazy"));
    ProviderConfig apiKey = ProviderConfig.builder().baseUrl("https://lazy.example")
        .credentials(Credentials.apiKey(io.trunkline.core.Secret.of("k3y-value"))).build();

    assertThatThrownBy(() -> factory.create(apiKey)).isInstanceOf(TrunkConfigurationException.class)
        .hasMessage("provider 'lazy' does not accept API_KEY credentials; it accepts [BEARER]");
    factory.metadata();
    assertThatThrownBy(() -> factory.create(apiKey)).isInstanceOf(TrunkConfigurationException.class)
        .hasMessage("provider 'lazy' does not accept API_KEY credentials; it accepts [BEARER]");
  }

  @Test
  void lazyDeclarationForAnotherProvider_failsWhenFirstOpened() {
    LazyFactory factory = new LazyFactory("lazy", () -> fields("other"));

    assertThatThrownBy(() -> factory.create(ProviderConfig.builder().baseUrl("https://lazy.example")
        .credentials(Credentials.bearer("t0ken-1")).build())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the fields are declared for 'other', not for 'lazy'");
  }

  /** A factory made with its id alone, counting how often each of its parts is asked for. */
  static final class IdFactory extends AdapterProviderFactory {
    final AtomicInteger asked = new AtomicInteger();
    private final String metadataId;

    IdFactory(String id, String metadataId) {
      super(id);
      this.metadataId = metadataId;
    }

    @Override
    protected ProviderMetadata.Builder metadataBuilder() {
      asked.incrementAndGet();
      return ProviderMetadata.builder().id(metadataId).displayName("Lazy " + metadataId)
          .addCredentialKinds(Credentials.Kind.BEARER);
    }

    @Override
    protected TrunkFields declaration() {
      asked.incrementAndGet();
      return fields(metadataId);
    }

    @Override
    protected Class<? extends TrunkAdapter> adapterType() {
      asked.incrementAndGet();
      return Lazy.class;
    }

    @Override
    protected TrunkAdapter adapter(ProviderContext context) {
      return new Lazy();
    }
  }

  static ProviderConfig bearer() {
    return ProviderConfig.builder().baseUrl("https://lazy.example").credentials(Credentials.bearer("t0ken-1")).build();
  }

  @Test
  void factoryMadeWithItsId_readsNothingWhenRegistered_andEachPartOnceWhenOpenedAndDescribed() {
    IdFactory factory = new IdFactory("lazy", "lazy");

    Trunkline trunkline = Trunkline.builder().register(factory).build();
    assertThat(factory.id()).isEqualTo("lazy");
    assertThat(factory.asked).hasValue(0);

    try (TrunkProvider provider = trunkline.open("lazy", bearer())) {
      assertThat(factory.asked).hasValue(3);
      assertThat(provider.get("7").id()).isEqualTo("7");
      assertThat(provider.supports(Capability.GET)).isTrue();
      assertThat(provider.supports(Capability.LIST)).isFalse();
      assertThat(provider.metadata()).isSameAs(factory.metadata()).isSameAs(trunkline.metadata("lazy").orElseThrow());
    }
    try (TrunkProvider again = factory.create(bearer())) {
      assertThat(again.get("8").id()).isEqualTo("8");
    }
    assertThat(factory.asked).hasValue(3);
  }

  @Test
  void factoryMadeWithItsId_describesTheProviderAsTheOtherForms() {
    assertThat(new IdFactory("lazy", "lazy").metadata())
        .isEqualTo(new LazyFactory("lazy", () -> fields("lazy")).metadata());
  }

  @Test
  void factoryMadeWithItsId_refusesAConfigAsTheOtherForms() {
    ProviderConfig apiKey = ProviderConfig.builder().baseUrl("https://lazy.example")
        .credentials(Credentials.apiKey(io.trunkline.core.Secret.of("k3y-value"))).build();

    assertThatThrownBy(() -> new IdFactory("lazy", "lazy").create(apiKey))
        .isInstanceOf(TrunkConfigurationException.class)
        .hasMessage("provider 'lazy' does not accept API_KEY credentials; it accepts [BEARER]");
  }

  @Test
  void factoryMadeWithItsId_whoseMetadataHasAnotherId_failsWhenFirstOpenedOrDescribed() {
    IdFactory factory = new IdFactory("lazy", "other");

    assertThat(factory.id()).isEqualTo("lazy");
    assertThatThrownBy(() -> factory.create(bearer())).isInstanceOf(IllegalStateException.class)
        .hasMessage("the metadata is 'other', not the factory's 'lazy'");
    assertThatThrownBy(factory::metadata).isInstanceOf(IllegalStateException.class)
        .hasMessage("the metadata is 'other', not the factory's 'lazy'");
  }

  @Test
  void factoryMadeWithItsId_withoutItsParts_failsWhenFirstOpened() {
    AdapterProviderFactory factory = new AdapterProviderFactory("bare") {
      @Override
      protected TrunkAdapter adapter(ProviderContext context) {
        return new Lazy();
      }
    };

    assertThat(factory.id()).isEqualTo("bare");
    assertThatThrownBy(() -> factory.create(bearer())).isInstanceOf(IllegalStateException.class)
        .hasMessage("provider 'bare': a factory made with its id alone overrides metadataBuilder()");
  }
}

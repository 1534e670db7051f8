package io.trunkline.core;

import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.spi.TrunkProviderFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The entry point: the providers on the classpath, and a way to open one.
 *
 * <pre>{@code
 * Trunkline trunkline = Trunkline.discover();
 * try (TrunkProvider pbx = trunkline.open("pbx", ProviderConfig.builder()
 *     .baseUrl("https://pbx.example.com:8887")
 *     .credentials(Credentials.bearer(System.getenv("PBX_TOKEN")))
 *     .build())) {
 *   pbx.list().forEach(System.out::println);
 * }
 * }</pre>
 *
 * Instances are immutable; there is no global registry.
 */
public final class Trunkline {
  private final Map<String, TrunkProviderFactory> factories;

  private Trunkline(Map<String, TrunkProviderFactory> factories) {
    this.factories = Collections.unmodifiableMap(new LinkedHashMap<>(factories));
  }

  /** The providers found by {@link ServiceLoader}, through the context class loader and Trunkline's own. */
  public static Trunkline discover() {
    return builder().discover().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Metadata of every provider, in id order. */
  public List<ProviderMetadata> providers() {
    List<ProviderMetadata> all = new ArrayList<>();
    factories.values().forEach(f -> all.add(f.metadata()));
    return all;
  }

  /** Metadata of provider {@code id}, if it is on the classpath. */
  public Optional<ProviderMetadata> metadata(String id) {
    return Optional.ofNullable(factories.get(id)).map(TrunkProviderFactory::metadata);
  }

  /** Opens provider {@code id}; an unknown id fails with a message listing the ids available. */
  public TrunkProvider open(String id, ProviderConfig config) {
    TrunkProviderFactory factory = factories.get(id);
    if (factory == null) {
      throw new TrunkConfigurationException("unknown provider '" + id + "'; available: "
          + (factories.isEmpty() ? "none (no provider module on the classpath)" : String.join(", ", factories.keySet())));
    }
    return factory.create(config);
  }

  /** Collects factories: discovered, registered explicitly, or both. */
  public static final class Builder {
    private final Map<String, TrunkProviderFactory> factories = new java.util.TreeMap<>();

    private Builder() {}

    /**
     * Adds the factories {@link ServiceLoader} finds through the context class loader and Trunkline's own. Each
     * factory is filed under its {@link TrunkProviderFactory#id()}; its metadata is made when first asked for.
     */
    public Builder discover() {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      ClassLoader own = Trunkline.class.getClassLoader();
      if (context != null && context != own) {   // the same loader finds the same factories again
        discover(context);
      }
      return discover(own);
    }

    public Builder discover(ClassLoader loader) {
      try {
        for (TrunkProviderFactory factory : ServiceLoader.load(TrunkProviderFactory.class, loader)) {
          TrunkProviderFactory known = factories.get(factory.id());
          if (known == null || known.getClass() != factory.getClass()) {
            register(factory);
          }
        }
      } catch (ServiceConfigurationError e) {
        throw new TrunkConfigurationException("a provider could not be loaded: " + e.getMessage());
      }
      return this;
    }

    /** Adds {@code factory}; two factories with one id are an error. */
    public Builder register(TrunkProviderFactory factory) {
      String id = factory.id();
      TrunkProviderFactory known = factories.putIfAbsent(id, factory);
      if (known != null && known != factory) {
        throw new TrunkConfigurationException("two providers share the id '" + id + "': "
            + known.getClass().getName() + " and " + factory.getClass().getName());
      }
      return this;
    }

    public Trunkline build() {
      return new Trunkline(factories);
    }
  }
}

package io.trunkline.core.spi;

import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.TrunkProvider;

/**
 * The service a provider module registers in {@code META-INF/services/io.trunkline.core.spi.TrunkProviderFactory}.
 * It describes the provider and opens it for one account. Users reach providers through
 * {@link io.trunkline.core.Trunkline}; this is for provider modules and Trunkline's own test kit.
 */
public interface TrunkProviderFactory {
  ProviderMetadata metadata();

  /**
   * The provider's id, {@code metadata().id()}: what {@link io.trunkline.core.Trunkline} files the factory under when
   * it discovers it. A factory whose metadata is costly to build (an {@link AdapterProviderFactory} reads its
   * adapter and declaration for it) answers without building it, so discovery costs nothing for the providers a
   * program does not open.
   */
  default String id() {
    return metadata().id();
  }

  /** Opens the provider; fails with {@code TrunkConfigurationException} when the config does not fit. */
  TrunkProvider create(ProviderConfig config);
}

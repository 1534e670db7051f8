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

  /** Opens the provider; fails with {@code TrunkConfigurationException} when the config does not fit. */
  TrunkProvider create(ProviderConfig config);
}

package io.trunkline.core;

/**
 * The service a provider module registers in {@code META-INF/services/io.trunkline.core.TrunkProviderFactory}.
 * It describes the provider and opens it for one account.
 */
public interface TrunkProviderFactory {
  ProviderMetadata metadata();

  /** Opens the provider; fails with {@code TrunkConfigurationException} when the config does not fit. */
  TrunkProvider create(ProviderConfig config);
}

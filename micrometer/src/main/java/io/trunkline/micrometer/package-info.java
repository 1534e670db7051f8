/**
 * Micrometer metrics for Trunkline calls: set a {@link io.trunkline.micrometer.TrunklineMetrics} as the
 * {@link io.trunkline.core.ProviderConfig#listener() listener} of each provider.
 */
package io.trunkline.micrometer;

/**
 * Not API (not exported): the neutral {@code flex} provider on core's provider kit — the factory
 * {@link io.trunkline.provider.flex.internal.FlexProviderFactory} found by ServiceLoader, the adapter (Wavix's calls),
 * the one field declaration {@link io.trunkline.provider.flex.internal.FlexFields}, the error decoder, the typed
 * client's implementation and its request checks.
 */
package io.trunkline.provider.flex.internal;

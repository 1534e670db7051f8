/**
 * What a provider module is built from: {@link io.trunkline.core.spi.ProviderContext} (the checked config and
 * the HTTP engine), {@link io.trunkline.core.spi.ApiRequest}, {@link io.trunkline.core.spi.Paging},
 * {@link io.trunkline.core.spi.Validate}, the shared {@link io.trunkline.core.spi.Json} mapper and the tolerant
 * enum bases. Users of Trunkline do not need this package.
 */
@Value.Style(redactedMask = "****", jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.trunkline.core.spi;

import org.immutables.value.Value;

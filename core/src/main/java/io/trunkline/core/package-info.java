/**
 * Trunkline's entry point and configuration: {@link io.trunkline.core.Trunkline} finds the providers on
 * the classpath and opens a {@link io.trunkline.core.TrunkProvider} from a {@link io.trunkline.core.ProviderConfig}.
 */
@Value.Style(redactedMask = "****", jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true)
package io.trunkline.core;

import org.immutables.value.Value;

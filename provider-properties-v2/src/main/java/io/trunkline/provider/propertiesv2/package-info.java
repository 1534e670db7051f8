/**
 * The Fone Dynamics REST API v2 ({@code properties-v2}): SIP trunks of one Property, through the neutral
 * {@link io.trunkline.core.TrunkProvider} (the kit's, around a field declaration and an adapter) and the
 * vendor's own typed client ({@link io.trunkline.provider.propertiesv2.PropertiesV2Client}).
 */
@Value.Style(redactedMask = "****", jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.trunkline.provider.propertiesv2;

import org.immutables.value.Value;

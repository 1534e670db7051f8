/**
 * The Fone Dynamics REST API v2 ({@code properties-v2}): SIP trunks of one Property, through the neutral
 * {@link io.trunkline.core.TrunkProvider} (the kit's, around a field declaration and an adapter) and the
 * vendor's own typed client ({@link io.trunkline.provider.propertiesv2.PropertiesV2Client}).
 */
@Value.Style(redactedMask = "****", jdkOnly = true,
    // None of the annotations Immutables adds when found on the class path (Override is never one): no
    // @org.immutables.value.Generated in the classes, a type a strict consumer (-Xlint:all -Werror) lacks.
    allowedClasspathAnnotations = Override.class,
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.trunkline.provider.propertiesv2;

import org.immutables.value.Value;

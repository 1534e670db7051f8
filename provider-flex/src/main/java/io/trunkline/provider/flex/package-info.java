/**
 * Trunkline provider for Wavix Flex SIP trunks ({@code flex}): the neutral {@link io.trunkline.core.TrunkProvider},
 * built by the provider kit from one field declaration and an adapter, and the typed Wavix client
 * ({@link io.trunkline.provider.flex.FlexClient}) with the vendor's own model types.
 */
@Value.Style(redactedMask = "****", jdkOnly = true,
    // None of the annotations Immutables adds when found on the class path (Override is never one): no
    // @org.immutables.value.Generated in the classes, a type a strict consumer (-Xlint:all -Werror) lacks.
    allowedClasspathAnnotations = Override.class,
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.trunkline.provider.flex;

import org.immutables.value.Value;

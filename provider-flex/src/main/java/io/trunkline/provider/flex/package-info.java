/**
 * Trunkline provider for Wavix Flex SIP trunks ({@code flex}): the typed Wavix client
 * ({@link io.trunkline.provider.flex.FlexClient}, from {@code provider.unwrap(FlexClient.class)}) and the vendor's own
 * model types. The neutral {@link io.trunkline.core.TrunkProvider} is opened with
 * {@code Trunkline.discover().open(FlexClient.ID, config)}; it is built by the provider kit in a package that is not
 * exported.
 */
@Value.Style(redactedMask = "****", jdkOnly = true,
    // None of the annotations Immutables adds when found on the class path (Override is never one): no
    // @org.immutables.value.Generated in the classes, a type a strict consumer (-Xlint:all -Werror) lacks.
    allowedClasspathAnnotations = Override.class,
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.trunkline.provider.flex;

import org.immutables.value.Value;

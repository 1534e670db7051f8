/**
 * Trunkline's entry point and configuration: {@link io.trunkline.core.Trunkline} finds the providers on
 * the classpath and opens a {@link io.trunkline.core.TrunkProvider} from a {@link io.trunkline.core.ProviderConfig}.
 */
@Value.Style(redactedMask = "****", jdkOnly = true,
    // None of the annotations Immutables adds when found on the class path (Override is never one): no
    // @org.immutables.value.Generated in the classes, a type a strict consumer (-Xlint:all -Werror) lacks.
    allowedClasspathAnnotations = Override.class,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true)
package io.trunkline.core;

import org.immutables.value.Value;

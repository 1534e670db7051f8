/**
 * What a provider module is built from: {@link io.trunkline.core.spi.ProviderContext} (the checked config and
 * the HTTP engine), {@link io.trunkline.core.spi.ApiRequest}, {@link io.trunkline.core.spi.Paging},
 * {@link io.trunkline.core.spi.Validate}, the shared {@link io.trunkline.core.spi.Json} mapper and the tolerant
 * enum bases. Users of Trunkline do not need this package.
 */
@Value.Style(redactedMask = "****", jdkOnly = true,
    // None of the annotations Immutables adds when found on the class path (Override is never one): no
    // @org.immutables.value.Generated in the classes, a type a strict consumer (-Xlint:all -Werror) lacks.
    allowedClasspathAnnotations = Override.class,
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.trunkline.core.spi;

import org.immutables.value.Value;

/**
 * The Fone Dynamics REST API v2 ({@code properties-v2}): the typed client
 * ({@link io.trunkline.provider.propertiesv2.PropertiesV2Client}, from {@code provider.unwrap(PropertiesV2Client.class)})
 * and the vendor model. The neutral provider is found through {@code Trunkline.discover().open("properties-v2", config)}.
 */
@Value.Style(redactedMask = "****", jdkOnly = true,
    // None of the annotations Immutables adds when found on the class path (Override is never one): no
    // @org.immutables.value.Generated in the classes, a type a strict consumer (-Xlint:all -Werror) lacks.
    allowedClasspathAnnotations = Override.class,
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.trunkline.provider.propertiesv2;

import org.immutables.value.Value;

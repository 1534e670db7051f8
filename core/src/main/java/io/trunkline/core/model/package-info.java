/** The provider-neutral model: {@link io.trunkline.core.model.SipTrunk} and the values that create, change and find it. */
@Value.Style(redactedMask = "****", jdkOnly = true,
    // None of the annotations Immutables adds when found on the class path (Override is never one): no
    // @org.immutables.value.Generated in the classes, a type a strict consumer (-Xlint:all -Werror) lacks.
    allowedClasspathAnnotations = Override.class,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true, clearBuilder = true)
package io.trunkline.core.model;

import org.immutables.value.Value;

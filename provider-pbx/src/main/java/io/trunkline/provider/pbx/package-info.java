/**
 * Trunkline provider for the PortSIP PBX REST API v22 ({@code pbx}): SIP trunks, which the PBX calls
 * "providers". The neutral provider is opened with {@code Trunkline.discover().open("pbx", config)}; {@link
 * io.trunkline.provider.pbx.PbxClient} covers every documented trunk endpoint with the PBX's own types. This
 * package holds that client and the PBX's models and enums only; the provider's own classes are in a package the
 * module does not export.
 */
@Value.Style(redactedMask = "****", jdkOnly = true,
    // None of the annotations Immutables adds when found on the class path (Override is never one): no
    // @org.immutables.value.Generated in the classes, a type a strict consumer (-Xlint:all -Werror) lacks.
    allowedClasspathAnnotations = Override.class,
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.trunkline.provider.pbx;

import org.immutables.value.Value;

/**
 * The Famulor provider: SIP trunks of the Famulor AI voice-agent platform ({@code https://app.famulor.de}).
 *
 * <p>{@link io.trunkline.provider.famulor.FamulorClient} covers the vendor's SIP-trunk API with its own types
 * ({@link io.trunkline.provider.famulor.FamulorSipTrunk}, {@link io.trunkline.provider.famulor.FamulorSipTrunkCreate},
 * {@link io.trunkline.provider.famulor.FamulorSipTrunkUpdate}); reach it through
 * {@code provider.unwrap(FamulorClient.class)} of the neutral {@link io.trunkline.core.TrunkProvider}
 * ({@code Trunkline.discover().open("famulor", config)}), which is core's provider kit around Famulor's field
 * declaration and calls (not exported).
 */
@Value.Style(redactedMask = "****", jdkOnly = true,
    // None of the annotations Immutables adds when found on the class path (Override is never one): no
    // @org.immutables.value.Generated in the classes, a type a strict consumer (-Xlint:all -Werror) lacks.
    allowedClasspathAnnotations = Override.class,
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.trunkline.provider.famulor;

import org.immutables.value.Value;

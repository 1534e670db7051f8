/** The provider-neutral model: {@link io.trunkline.core.model.SipTrunk} and the values that create, change and find it. */
@Value.Style(redactedMask = "****", jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true, clearBuilder = true)
package io.trunkline.core.model;

import org.immutables.value.Value;

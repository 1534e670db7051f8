/** The provider-neutral model: {@link io.trunkline.core.model.SipTrunk} and the values that create, change and find it. */
@Value.Style(redactedMask = "****", jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.trunkline.core.model;

import org.immutables.value.Value;

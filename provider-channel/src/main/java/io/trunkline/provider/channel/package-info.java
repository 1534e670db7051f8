/**
 * The channel sipTrunk API: a typed client for every endpoint of the vendor's "Guide: Sip Trunk"
 * ({@link io.trunkline.provider.channel.ChannelClient}) with its vendor model. The neutral
 * {@link io.trunkline.core.TrunkProvider} is opened as {@code channel} ({@link ChannelClient#ID}); its implementation
 * is not API. A channel is the trunk; it is addressed by its name.
 */
@Value.Style(redactedMask = "****", jdkOnly = true,
    // None of the annotations Immutables adds when found on the class path (Override is never one): no
    // @org.immutables.value.Generated in the classes, a type a strict consumer (-Xlint:all -Werror) lacks.
    allowedClasspathAnnotations = Override.class,
    visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.trunkline.provider.channel;

import org.immutables.value.Value;

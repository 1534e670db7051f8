/**
 * Not API (this package is not exported): the neutral provider {@code channel} on core's provider kit — its factory,
 * adapter, field declaration ({@link io.trunkline.provider.channel.internal.ChannelFields}), checks, error decoder —
 * and the implementation of {@link io.trunkline.provider.channel.ChannelClient}.
 */
package io.trunkline.provider.channel.internal;

/**
 * Not API (this package is not exported): the neutral {@code properties-v2} provider — its factory, adapter, field
 * declaration, checks, answer readers and error decoder — and the implementation of
 * {@link io.trunkline.provider.propertiesv2.PropertiesV2Client}.
 */
package io.trunkline.provider.propertiesv2.internal;

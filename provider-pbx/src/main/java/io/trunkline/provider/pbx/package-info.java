/**
 * Trunkline provider for the PortSIP PBX REST API v22 ({@code pbx}): SIP trunks, which the PBX calls
 * "providers". {@link io.trunkline.provider.pbx.PbxProvider} is the neutral view; {@link
 * io.trunkline.provider.pbx.PbxClient} covers every documented trunk endpoint with the PBX's own types.
 */
@Value.Style(redactedMask = "****", jdkOnly = true, visibility = Value.Style.ImplementationVisibility.PUBLIC)
package io.trunkline.provider.pbx;

import org.immutables.value.Value;

/**
 * The PortSIP PBX REST API v22: its typed client and vendor model ({@code io.trunkline.provider.pbx}), and the
 * neutral provider {@code pbx}, found through {@link io.trunkline.core.spi.TrunkProviderFactory}. The provider's
 * own classes ({@code io.trunkline.provider.pbx.internal}) are not exported.
 */
module io.trunkline.provider.pbx {
  requires transitive io.trunkline.core;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires okhttp3;
  requires static org.immutables.value;
  requires org.slf4j;

  exports io.trunkline.provider.pbx;

  opens io.trunkline.provider.pbx to com.fasterxml.jackson.databind;
  // Jackson reads the PBX's envelopes (PbxEnvelopes) and makes the trunk deserializer here.
  opens io.trunkline.provider.pbx.internal to com.fasterxml.jackson.databind;

  provides io.trunkline.core.spi.TrunkProviderFactory with io.trunkline.provider.pbx.internal.PbxProviderFactory;
}

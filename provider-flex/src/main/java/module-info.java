/**
 * The Wavix Flex SIP-trunk API: its typed client and vendor model ({@code io.trunkline.provider.flex}), and the
 * neutral provider {@code flex}, found through {@link io.trunkline.core.spi.TrunkProviderFactory}. The provider's
 * own classes (factory, adapter, field declaration) are in {@code io.trunkline.provider.flex.internal}, which is
 * not exported.
 */
module io.trunkline.provider.flex {
  requires transitive io.trunkline.core;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.immutables.value;

  exports io.trunkline.provider.flex;

  opens io.trunkline.provider.flex to com.fasterxml.jackson.databind;

  provides io.trunkline.core.spi.TrunkProviderFactory with io.trunkline.provider.flex.internal.FlexProviderFactory;
}

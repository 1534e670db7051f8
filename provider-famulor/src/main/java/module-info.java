/**
 * The Famulor SIP-trunk API: its typed client and vendor model ({@code io.trunkline.provider.famulor}), and the
 * neutral provider {@code famulor}, found through {@link io.trunkline.core.spi.TrunkProviderFactory}. The provider's
 * factory and the rest of the neutral provider live in a package that is not exported.
 */
module io.trunkline.provider.famulor {
  requires transitive io.trunkline.core;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.immutables.value;
  requires org.slf4j;

  exports io.trunkline.provider.famulor;

  opens io.trunkline.provider.famulor to com.fasterxml.jackson.databind;

  provides io.trunkline.core.spi.TrunkProviderFactory
      with io.trunkline.provider.famulor.internal.FamulorProviderFactory;
}

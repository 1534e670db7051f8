/**
 * The Fone Dynamics REST API v2: its typed client and vendor model ({@code io.trunkline.provider.propertiesv2}),
 * and the neutral provider {@code properties-v2}, found through {@link io.trunkline.core.spi.TrunkProviderFactory}.
 */
module io.trunkline.provider.propertiesv2 {
  requires transitive io.trunkline.core;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.immutables.value;

  exports io.trunkline.provider.propertiesv2;

  // Jackson reads and writes the typed models, and makes the (de)serializers their annotations name.
  opens io.trunkline.provider.propertiesv2 to com.fasterxml.jackson.databind;
  opens io.trunkline.provider.propertiesv2.internal to com.fasterxml.jackson.databind;

  provides io.trunkline.core.spi.TrunkProviderFactory
      with io.trunkline.provider.propertiesv2.internal.PropertiesV2ProviderFactory;
}

/**
 * The channel sipTrunk API: its typed client and vendor model ({@code io.trunkline.provider.channel}), and the
 * neutral provider {@code channel}, found through {@link io.trunkline.core.spi.TrunkProviderFactory}. The provider
 * itself lives in a package this module does not export.
 */
module io.trunkline.provider.channel {
  requires transitive io.trunkline.core;
  requires static org.immutables.value;
  requires org.slf4j;

  exports io.trunkline.provider.channel;

  opens io.trunkline.provider.channel to com.fasterxml.jackson.databind;
  // Jackson makes the model's LenientBooleanDeserializer (named by @JsonDeserialize) by reflection.
  opens io.trunkline.provider.channel.internal to com.fasterxml.jackson.databind;

  provides io.trunkline.core.spi.TrunkProviderFactory
      with io.trunkline.provider.channel.internal.ChannelProviderFactory;
}

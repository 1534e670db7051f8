/**
 * Trunkline's core: the neutral API users program against ({@code io.trunkline.core}, its model and its errors),
 * and the provider kit ({@code io.trunkline.core.spi}) exported only to Trunkline's provider and test modules.
 */
module io.trunkline.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires transitive okhttp3;
  requires okio;
  requires org.slf4j;
  requires static org.immutables.value;

  exports io.trunkline.core;
  exports io.trunkline.core.model;
  exports io.trunkline.core.error;
  exports io.trunkline.core.spi to
      io.trunkline.provider.famulor,
      io.trunkline.provider.propertiesv2,
      io.trunkline.provider.channel,
      io.trunkline.provider.pbx,
      io.trunkline.provider.flex,
      io.trunkline.simulators,
      io.trunkline.contract,
      io.trunkline.cli;

  opens io.trunkline.core to com.fasterxml.jackson.databind;
  opens io.trunkline.core.model to com.fasterxml.jackson.databind;

  uses io.trunkline.core.spi.TrunkProviderFactory;
}

/**
 * The {@code trunkline} command line: inventory, plan/apply/diff of desired state, number moves and the demo, on the
 * neutral API. It knows providers only through {@code io.trunkline.core.spi.TrunkProviderFactory} (they are runtime
 * dependencies), and the simulators only through {@code io.trunkline.testing.VendorSimulator}. Exports nothing: it
 * is run ({@code java -jar trunkline.jar}, class path), not called.
 */
module io.trunkline.cli {
  requires io.trunkline.core;
  requires io.trunkline.plan;
  requires io.trunkline.simulators;
  requires info.picocli;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires okhttp3;
  requires org.slf4j;
  requires static org.immutables.value;

  // picocli reads the command classes' annotated fields and methods; Jackson writes the JSON views.
  opens io.trunkline.cli to info.picocli, com.fasterxml.jackson.databind;

  uses io.trunkline.testing.VendorSimulator;
}

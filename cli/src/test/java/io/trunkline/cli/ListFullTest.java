package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.spi.Json;
import io.trunkline.testing.VendorSimulator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 #5: a listing may leave out fields 'get' has; {@code list --full} reads each trunk with 'get', so the
 * table has them, and the help says what a '-' means.
 */
class ListFullTest {
  @Test
  void full_showsWhatGetHas_whereTheListingLeavesItOut() throws Exception {
    for (String id : List.of("pbx", "flex")) {
      VendorSimulator simulator = CliContext.loadSimulators().stream().filter(s -> s.providerId().equals(id))
          .findFirst().orElseThrow();
      try (VendorSimulator running = simulator.start()) {
        running.seedDemoData();
        String[] account = SimulateCommand.options(running).split(" ");
        Cli.Result listed = Cli.run(Cli.args(Cli.args(new String[] {"list"}, account), "--limit", "3", "-o", "json"));
        Cli.Result full = Cli.run(Cli.args(Cli.args(new String[] {"list", "--full"}, account), "--limit", "3",
            "-o", "json"));
        assertThat(full.code).as(full.toString()).isZero();
        JsonNode fullTrunks = Json.mapper().readTree(full.out);
        JsonNode listedTrunks = Json.mapper().readTree(listed.out);
        assertThat(fullTrunks).hasSize(3);
        String leftOut = id.equals("pbx") ? "authMode" : "host";
        for (int i = 0; i < 3; i++) {
          String trunk = fullTrunks.get(i).get("id").asText();
          assertThat(trunk).isEqualTo(listedTrunks.get(i).get("id").asText());
          Cli.Result got = Cli.run(Cli.args(Cli.args(new String[] {"get", trunk}, account), "-o", "json"));
          assertThat(fullTrunks.get(i)).isEqualTo(Json.mapper().readTree(got.out));
          assertThat(listedTrunks.get(i).get(leftOut).isNull()).as(id + " listing leaves out " + leftOut).isTrue();
          assertThat(fullTrunks.get(i).get(leftOut).isNull()).as(id + " --full has " + leftOut).isFalse();
        }
        Cli.Result table = Cli.run(Cli.args(Cli.args(new String[] {"list", "--full"}, account), "--limit", "3"));
        assertThat(table.code).as(table.toString()).isZero();
      }
    }
    assertThat(Cli.run("list", "--help").out).contains("--full", "a '-' in the table is a field the listing did not");
  }
}

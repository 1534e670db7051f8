package io.trunkline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.provider.pbx.PbxClient;
import io.trunkline.testing.pbx.PbxSimulator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The root README's quick start, run against the PBX simulator, so the README cannot drift from the code. */
class ReadmeQuickStartTest {
  @Test
  void theQuickStartRunsAsWritten() {
    try (PbxSimulator simulator = new PbxSimulator()) {
      simulator.start();
      simulator.seedDemoData();
      ProviderConfig config = simulator.config();   // the README has a real base URL and token here
      List<String> printed = new ArrayList<>();

      // ---- as in README.md ----
      Trunkline trunkline = Trunkline.discover();
      try (TrunkProvider pbx = trunkline.open("pbx", config)) {
        for (SipTrunk trunk : pbx.list(TrunkQuery.builder().state(TrunkState.ACTIVE).build())) {
          printed.add(trunk.id() + " " + trunk.name().orElse("-") + " " + trunk.host().orElse("-"));
        }
        SipTrunk created = pbx.create(TrunkSpec.builder()
            .name("Berlin main").host("sip.carrier.example").port(5060).transport(Transport.UDP)
            .authMode(AuthMode.CREDENTIALS).username("berlin").password(Secret.of("s3cret-Pass"))
            .maxChannels(30)
            .putAttributes("outbound_server", TextNode.valueOf("sip.carrier.example"))
            .putAttributes("outbound_server_port", IntNode.valueOf(5060))
            .build());
        SipTrunk updated = pbx.update(created.id(), TrunkUpdate.builder().maxChannels(60).build());
        PbxClient client = pbx.unwrap(PbxClient.class);
        // ---- end of the README's code ----

        assertThat(printed).isNotEmpty();
        assertThat(updated.maxChannels()).contains(60);
        assertThat(client.get(created.id()).concurrency()).contains(60);
      }
    }
  }
}

package io.trunkline.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.provider.channel.ChannelClient;
import io.trunkline.provider.channel.OperatorConnectNumberType;
import io.trunkline.testing.channel.ChannelSimulator;
import io.trunkline.testing.famulor.FamulorSimulator;
import io.trunkline.testing.pbx.PbxSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The code of plan/README.md's "Move a number", run against the simulators' demo data as written there. */
class NumberMoveReadmeTest {
  private static String section() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    return readme.substring(readme.indexOf("## Move a number"));
  }

  @Test
  void theReadmesMoves_runAsWritten() throws Exception {
    String section = section();
    assertThat(section).contains("NumberMoveResult moved = NumberMove.of(\"+4930123456\")\n"
        + "      .from(\"eu-pbx\", pbx, \"NzAwNTUxOTA5NzczMTQ4MTYz\")\n"
        + "      .to(\"agency\", famulor, \"43\").replaceTargetNumbers(true)",
        "NumberMove.of(\"+4921141873130\").from(channel, \"dutchoperatorconnect\").to(channel, \"acme-duesseldorf\")\n"
        + "    .keep(NumberMoveExtra.of(\"Operator Connect number type \\\"User\\\"\", (provider, trunk, number) ->\n"
        + "        provider.unwrap(ChannelClient.class).setOperatorConnectNumberType(trunk, number,"
        + " OperatorConnectNumberType.USER)))\n"
        + "    .run();");
    Trunkline trunkline = Trunkline.discover();
    try (PbxSimulator pbxSim = new PbxSimulator(); FamulorSimulator famulorSim = new FamulorSimulator();
         ChannelSimulator channelSim = new ChannelSimulator()) {
      pbxSim.start();
      pbxSim.seedDemoData();
      famulorSim.start();
      famulorSim.seedDemoData();
      channelSim.start();
      channelSim.seedDemoData();
      try (TrunkProvider pbx = trunkline.open("pbx", pbxSim.config());
           TrunkProvider famulor = trunkline.open("famulor", famulorSim.config());
           TrunkProvider channel = trunkline.open("channel", channelSim.config())) {
        NumberMoveResult moved = NumberMove.of("+4930123456")
            .from("eu-pbx", pbx, "NzAwNTUxOTA5NzczMTQ4MTYz")
            .to("agency", famulor, "43").replaceTargetNumbers(true)
            .run();
        assertThat(moved.describe()).startsWith("moved +4930123456 from trunk ")
            .endsWith(" to trunk 43 at agency (famulor)");
        assertThat(famulorSim.trunk(43).orElseThrow().path("phone_number").asText()).isEqualTo("+4930123456");

        NumberMove.of("+4921141873130").from(channel, "dutchoperatorconnect").to(channel, "acme-duesseldorf")
            .keep(NumberMoveExtra.of("Operator Connect number type \"User\"", (provider, trunk, number) ->
                provider.unwrap(ChannelClient.class).setOperatorConnectNumberType(trunk, number, OperatorConnectNumberType.USER)))
            .run();
        assertThat(channelSim.numberType("acme-duesseldorf", "+4921141873130")).contains("User");
      }
    }
  }
}

package io.trunkline.provider.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.core.spi.Json;
import io.trunkline.contract.ProviderReliabilityContractTest;
import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.channel.ChannelSimulator;

/** The provider contract against {@link ChannelSimulator}. */
class ChannelContractTest extends ProviderReliabilityContractTest {
  @Override
  protected VendorSimulator newSimulator() {
    return new ChannelSimulator();
  }

  @Override
  protected TrunkSpec sampleSpec() {
    return TrunkSpec.builder().name("unused: the channel API cannot create").build();
  }

  @Override
  protected String existingTrunkId() {
    return "acme-amsterdam";
  }

  /** A rename would change the id (a channel's id is its name), so the contract's update sets other fields. */
  @Override
  protected TrunkUpdate sampleUpdate() {
    return TrunkUpdate.builder()
        .callerId("+31207001102")
        .putAttributes("sip_trunk", Json.object().put("ping", 3))
        .build();
  }

  /** The update returns the vendor's answer (the channel's name only), so the change is checked at the vendor. */
  @Override
  protected void assertUpdated(SipTrunk updated) {
    var settings = ((ChannelSimulator) simulator).channelSettings("acme-amsterdam").orElseThrow();
    assertThat(settings.path("caller_id").asText()).isEqualTo("+31207001102");
    assertThat(settings.at("/sip_trunk/ping")).isEqualTo(IntNode.valueOf(3));
  }
}

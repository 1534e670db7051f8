package io.trunkline.provider.pbx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.contract.ProviderReliabilityContractTest;
import io.trunkline.testing.VendorSimulator;
import io.trunkline.testing.pbx.PbxSimulator;

/** The provider contract, against the PBX simulator (signing in with user name and password). */
class PbxContractTest extends ProviderReliabilityContractTest {
  @Override
  protected VendorSimulator newSimulator() {
    return new PbxSimulator();
  }

  @Override
  protected TrunkSpec sampleSpec() {
    return TrunkSpec.builder()
        .name("Contract carrier")
        .host("sip.carrier.example")
        .port(5061)
        .transport(Transport.TLS)
        .authMode(AuthMode.CREDENTIALS)
        .username("contract-user")
        .password(io.trunkline.core.Secret.of("contract-Secret-1"))
        .addAllowedIps("192.0.2.10", "198.51.100.0/24")
        .addNumbers("3000", "12000-18000")
        .maxChannels(12)
        .putAttributes("outbound_server", TextNode.valueOf("sip.carrier.example"))
        .putAttributes("outbound_server_port", IntNode.valueOf(5061))
        .putAttributes("brand", TextNode.valueOf("Example Carrier"))
        .build();
  }

  /**
   * Sign-in, the partial update POST (it sets values) and destroy (destroying twice destroys once) are safe to
   * repeat; create is not.
   */
  @Override
  protected boolean mayRepeat(com.github.tomakehurst.wiremock.verification.LoggedRequest request) {
    String path = request.getUrl();
    return path.equals("/api/auth/sign_in") || path.matches("/api/providers/[^/?]+(/destroy)?");
  }

  @Override
  protected TrunkUpdate sampleUpdate() {
    return TrunkUpdate.builder().name("renamed-by-contract").maxChannels(24).build();
  }

  @Override
  protected void assertUpdated(SipTrunk updated) {
    assertThat(updated.name()).contains("renamed-by-contract");
    assertThat(updated.maxChannels()).contains(24);
    assertThat(updated.host()).contains("sip.carrier.example");
  }
}

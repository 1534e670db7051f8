package io.trunkline.examples.strict;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.error.TrunkApiException;
import io.trunkline.core.error.TrunklineException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Transport;
import io.trunkline.core.model.TrunkQuery;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkState;
import io.trunkline.core.model.TrunkUpdate;
import io.trunkline.provider.pbx.PbxClient;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's code as a strict build compiles it ({@code -Xlint:all -Werror}, no annotation processor): the README's
 * quick start, the provider's typed client and the error types. It only has to compile; compiling it is the check
 * that Trunkline's published classes reference nothing the user's class path lacks.
 */
public final class StrictConsumer {
  private StrictConsumer() {
  }

  /**
   * Lists the active trunks, creates one, updates it and reads it back through the typed client.
   *
   * @param trunkline the registry
   * @param config where and how to reach the PBX
   * @return one line per trunk listed
   */
  public static List<String> run(Trunkline trunkline, ProviderConfig config) {
    List<String> lines = new ArrayList<>();
    try (TrunkProvider pbx = trunkline.open("pbx", config)) {
      ProviderMetadata metadata = pbx.metadata();
      lines.add(metadata.id());
      for (SipTrunk trunk : pbx.list(TrunkQuery.builder().state(TrunkState.ACTIVE).build())) {
        lines.add(trunk.id() + " " + trunk.name().orElse("-") + " " + trunk.host().orElse("-"));
      }
      SipTrunk created = pbx.create(TrunkSpec.builder()
          .name("Berlin main").host("sip.carrier.example").port(5060).transport(Transport.UDP)
          .authMode(AuthMode.CREDENTIALS).username("berlin").password(Secret.of("s3cret-Pass"))
          .maxChannels(30)
          .putAttributes("outbound_server", TextNode.valueOf("sip.carrier.example"))
          .putAttributes("outbound_server_port", IntNode.valueOf(5060))
          .build());
      SipTrunk updated = pbx.update(created.id(), TrunkUpdate.builder().maxChannels(60).build());
      lines.add(updated.toString());
      PbxClient client = pbx.unwrap(PbxClient.class);
      lines.add(String.valueOf(client.get(created.id()).concurrency().orElse(0)));
    } catch (TrunkApiException e) {
      lines.add(e.status() + " " + e.getMessage());
    } catch (TrunklineException e) {
      lines.add(e.getMessage());
    }
    return lines;
  }

  /**
   * The configuration a user writes.
   *
   * @param baseUrl the PBX's address
   * @param token its API token
   * @return the configuration
   */
  public static ProviderConfig config(String baseUrl, String token) {
    return ProviderConfig.builder().baseUrl(baseUrl).credentials(Credentials.bearer(token)).build();
  }
}

package io.trunkline.provider.propertiesv2;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.model.SipTrunk;
import java.util.StringJoiner;

/**
 * Run by {@link ColdListingTest} in a fresh JVM: opens the provider as a user does and lists every trunk of the
 * simulator at {@code args[0]} (account SID, token and property SID follow), then prints what it read, one trunk a
 * field. Nothing here may build jackson-databind's mapper: the test reads the JVM's class-loading log.
 */
public final class ColdListingMain {
  private ColdListingMain() {}

  public static void main(String[] args) {
    ProviderConfig config = ProviderConfig.builder().baseUrl(args[0])
        .credentials(Credentials.userPassword(args[1], Secret.of(args[2])))
        .putSettings(PropertiesV2Client.PROPERTY_SID, args[3])
        .build();
    StringJoiner listed = new StringJoiner(" | ", "listed ", "");
    try (TrunkProvider provider = Trunkline.discover().open(PropertiesV2Client.ID, config)) {
      for (SipTrunk trunk : provider.list()) {
        listed.add(trunk.name().orElse("-") + ":" + trunk.authMode().map(Enum::name).orElse("-") + ":"
            + trunk.state().map(Enum::name).orElse("-") + ":" + trunk.maxChannels().map(String::valueOf).orElse("-")
            + ":" + trunk.createdAt().isPresent() + ":" + trunk.attributes().keySet());
      }
    }
    System.out.println(listed);
  }
}

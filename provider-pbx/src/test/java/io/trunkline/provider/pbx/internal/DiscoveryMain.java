package io.trunkline.provider.pbx.internal;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Trunkline;
import io.trunkline.core.error.TrunkConfigurationException;

/**
 * Run by {@link DiscoveryColdTest} in a fresh JVM: discovers the providers on the class path and prints the ids
 * found (from the refusal of an unknown id, which names them) without describing or opening any of them.
 */
final class DiscoveryMain {
  private DiscoveryMain() {}

  public static void main(String[] args) {
    Trunkline trunkline = Trunkline.discover();
    try {
      trunkline.open("none", ProviderConfig.builder().baseUrl("https://none.example")
          .credentials(Credentials.bearer("t0ken-1")).build());
      System.out.println("opened");
    } catch (TrunkConfigurationException e) {
      System.out.println(e.getMessage());
    }
  }
}

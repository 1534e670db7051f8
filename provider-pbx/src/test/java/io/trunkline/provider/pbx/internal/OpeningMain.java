package io.trunkline.provider.pbx.internal;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Trunkline;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.SipTrunk;
import java.util.List;

/**
 * Run by {@link OpeningColdTest} in a fresh JVM: opens the PBX at {@code args[0]} with the bearer token
 * {@code args[1]} and prints {@code opened pbx}; with {@code --list} as {@code args[2]}, also lists the first page and
 * prints its trunks' names.
 */
final class OpeningMain {
  private OpeningMain() {}

  public static void main(String[] args) {
    ProviderConfig config = ProviderConfig.builder().baseUrl(args[0]).credentials(Credentials.bearer(args[1])).build();
    try (TrunkProvider pbx = Trunkline.discover().open("pbx", config)) {
      System.out.println("opened " + pbx.id());
      if (args.length > 2 && args[2].equals("--list")) {
        List<SipTrunk> first = pbx.list().firstPage().items();
        StringBuilder names = new StringBuilder("listed");
        for (SipTrunk trunk : first) {
          names.append(' ').append(trunk.name().orElse("(none)"));
        }
        System.out.println(names);
      }
    }
  }
}

package io.trunkline.provider.flex;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.provider.flex.internal.FlexProviderFactory;
import io.trunkline.contract.SmallHeap;
import io.trunkline.contract.WireMockVendor;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * About 10 MB of JSON arriving gzip-compressed as a few KB never exhausts a 64 MB heap in Wavix's list or get,
 * neutral or typed: the JSON budget stops it with {@link TrunkResponseException} ({@code tooLarge()}).
 */
class FlexMemoryBoundTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> fx = FlexAccount.wireMock();

  /** The fork: every read of the neutral provider and of the typed client, on each shape. */
  public static final class Reads implements SmallHeap.Scenario {
    @Override
    public Map<String, Callable<?>> operations(String baseUrl) {
      return SmallHeap.forEachShape(baseUrl, url -> {
        TrunkProvider provider = new FlexProviderFactory().create(ProviderConfig.builder().baseUrl(url)
            .credentials(Credentials.bearer(FlexAccount.KEY)).build());
        FlexClient client = provider.unwrap(FlexClient.class);
        return Map.of("list", () -> provider.list().stream().count(), "get", () -> provider.get("7"),
            "client-list", () -> client.list().stream().count(), "client-get", () -> client.get(7),
            "client-delete", () -> {
              client.delete(7);
              return true;
            });
      });
    }
  }

  @Test
  void tenMegabytesOfTinyJson_inAnySmallHeapRead_endsInTooLarge_neverInOutOfMemory() throws Exception {
    SmallHeap.serveHostileBodies(fx.server(), "{\"pagination\":{\"total\":1},\"sip_trunks\":[", "{\"id\":1}", "]}");

    SmallHeap.Result fork = SmallHeap.run(Reads.class, fx.server().baseUrl());

    fork.assertBounded();
    assertThat(fork.outcomes()).hasSize(15);
  }
}

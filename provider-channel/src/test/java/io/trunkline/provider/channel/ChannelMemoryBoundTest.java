package io.trunkline.provider.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.provider.channel.internal.ChannelAccount;
import io.trunkline.provider.channel.internal.ChannelProviderFactory;
import io.trunkline.contract.SmallHeap;
import io.trunkline.contract.WireMockVendor;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * About 10 MB of JSON arriving gzip-compressed as a few KB never exhausts a 64 MB heap in the channel API's
 * listings (caller IDs, proxies, templates, call barrings; neutral and typed) or in an answer to a write: the body
 * is streamed within the JSON budget, which stops it with {@link TrunkResponseException} ({@code tooLarge()}).
 */
class ChannelMemoryBoundTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = ChannelAccount.wireMock();

  /** The fork: every read of the neutral provider and of the typed client, on each shape. */
  public static final class Reads implements SmallHeap.Scenario {
    @Override
    public Map<String, Callable<?>> operations(String baseUrl) {
      return SmallHeap.forEachShape(baseUrl, url -> {
        TrunkProvider provider = new ChannelProviderFactory().create(ProviderConfig.builder().baseUrl(url)
            .credentials(Credentials.bearer(ChannelAccount.TOKEN))
            .putSettings(ChannelClient.ACCOUNT_ID, ChannelAccount.ACCOUNT).build());
        ChannelClient client = provider.unwrap(ChannelClient.class);
        Map<String, Callable<?>> reads = new LinkedHashMap<>();
        reads.put("callerIds", () -> provider.callerIds().stream().count());
        reads.put("proxies", () -> provider.proxies().stream().count());
        reads.put("templates", () -> provider.templates().stream().count());
        reads.put("client-callerIds", () -> client.callerIds().stream().count());
        reads.put("client-callBarrings", () -> client.callBarrings().stream().count());
        reads.put("client-connectNumber", () -> client.connectNumber("sipchannel1", "+4930123456"));
        return reads;
      });
    }
  }

  @Test
  void tenMegabytesOfTinyJson_inAnySmallHeapRead_endsInTooLarge_neverInOutOfMemory() throws Exception {
    SmallHeap.serveHostileBodies(wm.server(), "{\"hydra:totalItems\":1,\"hydra:member\":[",
        "{\"id\":\"1\",\"name\":\"a\"}", "]}");

    SmallHeap.Result fork = SmallHeap.run(Reads.class, wm.server().baseUrl());

    fork.assertBounded();
    assertThat(fork.outcomes()).hasSize(18);
  }
}

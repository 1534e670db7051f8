package io.trunkline.provider.propertiesv2;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.provider.propertiesv2.internal.PropertiesV2ProviderFactory;
import io.trunkline.contract.SmallHeap;
import io.trunkline.contract.WireMockVendor;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * About 10 MB of JSON arriving gzip-compressed as a few KB never exhausts a 64 MB heap in the list or the details
 * read, neutral or typed: the JSON budget stops it with {@link TrunkResponseException} ({@code tooLarge()}).
 */
class PropertiesV2MemoryBoundTest {
  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = PropertiesV2Account.wireMock();

  /** The fork: every read of the neutral provider and of the typed client, on each shape. */
  public static final class Reads implements SmallHeap.Scenario {
    @Override
    public Map<String, Callable<?>> operations(String baseUrl) {
      return SmallHeap.forEachShape(baseUrl, url -> {
        TrunkProvider provider = new PropertiesV2ProviderFactory().create(ProviderConfig.builder().baseUrl(url)
            .credentials(Credentials.userPassword(PropertiesV2Account.ACCOUNT, Secret.of(PropertiesV2Account.TOKEN)))
            .putSettings(PropertiesV2Client.PROPERTY_SID, PropertiesV2Account.PROPERTY).build());
        PropertiesV2Client client = provider.unwrap(PropertiesV2Client.class);
        return Map.of("list", () -> provider.list().stream().count(), "get", () -> provider.get("ST1"),
            "client-list", () -> client.listSipTrunks().stream().count(),
            "client-get", () -> client.getSipTrunkDetails("ST1"));
      });
    }
  }

  @Test
  void tenMegabytesOfTinyJson_inAnySmallHeapRead_endsInTooLarge_neverInOutOfMemory() throws Exception {
    SmallHeap.serveHostileBodies(wm.server(), "{\"TotalCount\":1,\"SipTrunks\":[", "{\"SipTrunkSid\":\"ST1\"}", "]}");

    SmallHeap.Result fork = SmallHeap.run(Reads.class, wm.server().baseUrl());

    fork.assertBounded();
    assertThat(fork.outcomes()).hasSize(12);
  }
}

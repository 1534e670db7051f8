package io.trunkline.provider.pbx;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.spi.Json;
import io.trunkline.provider.pbx.internal.PbxAccount;
import io.trunkline.provider.pbx.internal.PbxProviderFactory;
import io.trunkline.contract.SmallHeap;
import io.trunkline.contract.WireMockVendor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * About 10 MB of JSON (under the 10 MiB cap) arriving gzip-compressed as a few KB — empty objects, tiny objects,
 * one object of many fields — never exhausts a 64 MB heap in the neutral list and get or the typed client's: the
 * JSON budget ({@code maxItemsPerPage}, {@code maxJsonTokens}) stops it with {@link TrunkResponseException} ({@code tooLarge()}).
 * An honest page of 1,000 full trunks is still read.
 */
class PbxMemoryBoundTest {
  private static final String ID = "NzAwNTUxOTA5NzczMTQ4MTYw";
  private static final int TEN_MB = 10_000_000;

  @RegisterExtension
  static final WireMockVendor<TrunkProvider> wm = PbxAccount.wireMock();

  /** The fork: every read of the neutral provider and of the typed client, on each shape. */
  public static final class Reads implements SmallHeap.Scenario {
    @Override
    public Map<String, Callable<?>> operations(String baseUrl) {
      return SmallHeap.forEachShape(baseUrl, url -> {
        TrunkProvider provider = new PbxProviderFactory().create(ProviderConfig.builder().baseUrl(url)
            .credentials(Credentials.bearer(PbxAccount.TOKEN)).build());
        PbxClient client = provider.unwrap(PbxClient.class);
        return Map.of("list", () -> provider.list().stream().count(), "get", () -> provider.get(ID),
            "client-list", () -> client.list().stream().count(), "client-get", () -> client.get(ID));
      });
    }
  }

  @Test
  void tenMegabytesOfTinyJson_inAnySmallHeapRead_endsInTooLarge_neverInOutOfMemory() throws Exception {
    SmallHeap.serveHostileBodies(wm.server(), "{\"count\":1,\"items\":[", "{\"id\":\"1\"}", "]}");

    SmallHeap.Result fork = SmallHeap.run(Reads.class, wm.server().baseUrl());

    fork.assertBounded();
    assertThat(fork.outcomes()).hasSize(12);
  }

  @Test
  void anHonestPageOfAThousandFullTrunks_isReadWhole() throws Exception {
    ObjectNode full = (ObjectNode) Json.mapper().readTree(wm.payload("provider.json"));
    StringBuilder page = new StringBuilder("{\"count\":1000,\"items\":[");
    for (int i = 0; i < 1000; i++) {
      page.append(i == 0 ? "" : ",").append(full.deepCopy().put("id", "trunk-" + i));
    }
    wm.server().stubFor(get(urlPathEqualTo("/api/providers")).willReturn(okJson(page.append("]}").toString())));

    List<SipTrunk> trunks = wm.provider().list().stream().toList();
    List<PbxTrunk> typed = wm.provider().unwrap(PbxClient.class).list().stream().toList();

    assertThat(trunks).hasSize(1000);
    assertThat(trunks.get(999).id()).isEqualTo("trunk-999");
    assertThat(trunks.get(999).host()).contains("text");
    assertThat(typed).hasSize(1000);
  }
}

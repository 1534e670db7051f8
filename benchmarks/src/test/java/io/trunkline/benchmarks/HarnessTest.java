package io.trunkline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkState;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness is honest: the loopback server pages like the PBX, and the SDK and the raw loop read the
 * same trunks with the same content. Nothing here is timed.
 */
class HarnessTest {
  private static final OkHttpClient CLIENT = new OkHttpClient();

  @AfterAll
  static void close() {
    CLIENT.dispatcher().executorService().shutdown();
    CLIENT.connectionPool().evictAll();
  }

  @Test
  void summaryItemsReadAlikeThroughTheSdkAndTheRawLoop() {
    List<SipTrunk> sdk = new ArrayList<>();
    List<RawTrunk> raw = new ArrayList<>();
    try (LoopbackServer server = LoopbackServer.start(PbxPages.of(250, PbxPages.Shape.SUMMARY), 0, 2);
        TrunkProvider pbx = Sdk.open(server.baseUrl())) {
      assertThat(Sdk.list(pbx, sdk::add)).isEqualTo(250);
      assertThat(new RawLister(CLIENT, server.baseUrl(), LoopbackServer.TOKEN).list(raw::add)).isEqualTo(250);
      assertThat(server.requests()).isEqualTo(6);
    }
    assertThat(sdk).extracting(SipTrunk::id).doesNotHaveDuplicates();
    for (int i = 0; i < sdk.size(); i++) {
      SipTrunk s = sdk.get(i);
      RawTrunk r = raw.get(i);
      assertThat(s.id()).isEqualTo(r.id).isEqualTo(PbxPages.id(i));
      assertThat(s.name()).contains(r.name);
      assertThat(s.state()).contains(r.enabled ? TrunkState.ACTIVE : TrunkState.INACTIVE);
      assertThat(s.host()).contains(r.hostname);
      assertThat(s.port()).contains(r.port);
      assertThat(s.numbers()).isEqualTo(r.numbers).hasSize(2);
      // enabled is read as the state and kept in attributes too, where it can be written back
      assertThat(s.attributes()).containsOnlyKeys("brand", "shared", "enabled");
      assertThat(s.attributes().get("enabled").booleanValue()).isEqualTo(r.enabled);
      assertThat(s.attributes()).containsAllEntriesOf(r.other);
    }
  }

  @Test
  void fullItemsReadAlikeThroughTheSdkAndTheRawLoop() {
    List<SipTrunk> sdk = new ArrayList<>();
    List<RawTrunk> raw = new ArrayList<>();
    try (LoopbackServer server = LoopbackServer.start(PbxPages.of(120, PbxPages.Shape.FULL), 0, 2);
        TrunkProvider pbx = Sdk.open(server.baseUrl())) {
      Sdk.list(pbx, sdk::add);
      new RawLister(CLIENT, server.baseUrl(), LoopbackServer.TOKEN).list(raw::add);
    }
    assertThat(sdk).hasSize(120);
    assertThat(raw).hasSize(120);
    for (int i = 0; i < sdk.size(); i++) {
      SipTrunk s = sdk.get(i);
      RawTrunk r = raw.get(i);
      assertThat(s.transport().map(Enum::name)).contains(r.transport);
      assertThat(s.username()).contains(r.username);
      assertThat(s.maxChannels()).contains(r.concurrency);
      assertThat(s.allowedIps()).isEqualTo(r.allowedIps).hasSize(2);
      assertThat(s.authMode()).contains("IP_AUTH".equals(r.authMode) ? AuthMode.IP : AuthMode.CREDENTIALS);
      assertThat(s.attributes().keySet()).containsAll(r.other.keySet());
      assertThat(s.attributes().get("outbound_parameters").size())
          .isEqualTo(r.other.get("outbound_parameters").size());
    }
  }

  @Test
  void theServerRefusesAWrongTokenAndPagingItDoesNotServe() throws IOException {
    try (LoopbackServer server = LoopbackServer.start(PbxPages.of(10, PbxPages.Shape.SUMMARY), 0, 1)) {
      assertThat(status(server.baseUrl() + "/api/providers?skip=0&top=100", "Bearer wrong")).isEqualTo(401);
      assertThat(status(server.baseUrl() + "/api/providers?skip=5&top=100", null)).isEqualTo(400);
      assertThat(status(server.baseUrl() + "/api/providers?skip=0&top=10", null)).isEqualTo(400);
      assertThat(status(server.baseUrl() + "/api/providers?skip=100&top=100", null)).isEqualTo(200);
    }
  }

  @Test
  void aWrongTokenFailsTheSdkLoudly() {
    try (LoopbackServer server = LoopbackServer.start(PbxPages.of(10, PbxPages.Shape.SUMMARY), 0, 1);
        TrunkProvider pbx = io.trunkline.core.Trunkline.discover().open("pbx",
            io.trunkline.core.ProviderConfig.builder().baseUrl(server.baseUrl())
                .credentials(io.trunkline.core.Credentials.bearer("wrong")).build())) {
      assertThatThrownBy(() -> pbx.list().toList())
          .isInstanceOf(io.trunkline.core.error.TrunkUnauthorizedException.class);
    }
  }

  @Test
  void pagesHoldEveryTrunkOnceAndAnEmptyPagePastTheEnd() {
    PbxPages pages = PbxPages.of(205, PbxPages.Shape.SUMMARY);
    assertThat(new String(pages.page(200), java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("{\"count\":205,\"items\":[{\"id\":\"" + PbxPages.id(200) + "\"");
    assertThat(new String(pages.page(300), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("{\"count\":205,\"items\":[]}");
  }

  @Test
  void queryParametersAreReadByName() {
    assertThat(LoopbackServer.param("skip=200&top=100", "skip", 0)).isEqualTo(200);
    assertThat(LoopbackServer.param("top=100&skip=3", "skip", 0)).isEqualTo(3);
    assertThat(LoopbackServer.param("xskip=1&top=100", "skip", 0)).isEqualTo(0);
    assertThat(LoopbackServer.param("skip=x", "skip", 0)).isEqualTo(-1);
    assertThat(LoopbackServer.param(null, "top", 100)).isEqualTo(100);
  }

  private static int status(String url, String authorization) throws IOException {
    Request request = new Request.Builder().url(url)
        .header("Authorization", authorization == null ? "Bearer " + LoopbackServer.TOKEN : authorization).build();
    try (Response response = CLIENT.newCall(request).execute()) {
      return response.code();
    }
  }
}

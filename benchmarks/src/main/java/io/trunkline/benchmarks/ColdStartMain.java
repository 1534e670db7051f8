package io.trunkline.benchmarks;

import io.trunkline.core.Paged.Page;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.SipTrunk;
import java.lang.management.ManagementFactory;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Cold start, run in a fresh JVM by {@link Quick}: the time from entering {@code main} to the first page of trunks
 * decoded from the loopback PBX at {@code args[0]}: provider discovery, config checks, client construction, the
 * first connection, the request and the decoding, all with cold classes. {@code --raw} measures the limit
 * ({@link TypedPbxLister}, summary records) instead. Prints {@code cold_start_ms=N jvm_uptime_ms=M}; exit 0 when a full page came back.
 */
public final class ColdStartMain {
  private ColdStartMain() {}

  public static void main(String[] args) {
    long started = System.nanoTime();
    String baseUrl = args[0];
    boolean raw = args.length > 1 && args[1].equals("--raw");
    int items;
    long ms;
    if (raw) {
      List<PbxSummaryTrunk> first;
      OkHttpClient client = new OkHttpClient();
      try {
        first = TypedPbxLister.summary(client, baseUrl, LoopbackServer.TOKEN).firstPage();
        ms = (System.nanoTime() - started) / 1_000_000;
      } finally {
        client.dispatcher().executorService().shutdown();
      }
      items = first.size();
    } else {
      try (TrunkProvider pbx = Sdk.open(baseUrl)) {
        Page<SipTrunk> first = pbx.list().firstPage();
        items = first.items().size();
        ms = (System.nanoTime() - started) / 1_000_000;
      }
    }
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.println("cold_start_ms=" + ms + " jvm_uptime_ms=" + uptime + " items=" + items);
    System.exit(items == PbxPages.PAGE_SIZE ? 0 : 1);
  }
}

package io.trunkline.benchmarks;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.provider.pbx.PbxClient;
import io.trunkline.provider.pbx.PbxTrunk;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Where the SDK's time and allocations go, layer by layer, for 10,000 trunks in pages of 100: the raw loop's HTTP
 * alone (bodies read and dropped), the raw loop, the SDK's typed client ({@code PbxClient.list()} →
 * {@code PbxTrunk}) and the SDK's neutral {@code list()} → {@code SipTrunk}. Per trunk, medians, alternating.
 * A diagnostic, not one of the four measurements: {@code java -cp benchmarks.jar
 * io.trunkline.benchmarks.Breakdown [summary|full] [seconds]}.
 */
public final class Breakdown {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static long blackhole;

  private Breakdown() {}

  public static void main(String[] args) {
    PbxPages.Shape shape = args.length > 0 ? PbxPages.Shape.parse(args[0]) : PbxPages.Shape.SUMMARY;
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    int trunks = 10_000;
    PbxPages pages = PbxPages.of(trunks, shape);
    OkHttpClient client = new OkHttpClient();
    try (LoopbackServer server = LoopbackServer.start(pages, 0, 2);
        TrunkProvider sdk = Sdk.open(server.baseUrl())) {
      RawLister raw = new RawLister(client, server.baseUrl(), LoopbackServer.TOKEN);
      PbxClient typed = sdk.unwrap(PbxClient.class);
      HttpUrl url = HttpUrl.get(server.baseUrl()).newBuilder().addPathSegments("api/providers").build();
      Map<String, LongSupplier> layers = new LinkedHashMap<>();
      layers.put("http only (raw, bodies dropped)", () -> httpOnly(client, url, trunks));
      layers.put("raw OkHttp + Jackson -> RawTrunk", () -> raw.list(t -> blackhole += t.id.hashCode()));
      RawLister strict = new RawLister(client, server.baseUrl(), LoopbackServer.TOKEN, true);
      layers.put("raw + strict duplicate detection", () -> strict.list(t -> blackhole += t.id.hashCode()));
      layers.put("sdk PbxClient.list() -> PbxTrunk", () -> {
        long n = 0;
        for (PbxTrunk t : typed.list()) {
          blackhole += t.id().hashCode();
          n++;
        }
        return n;
      });
      layers.put("sdk list() -> SipTrunk", () -> Sdk.list(sdk, (SipTrunk t) -> blackhole += t.id().hashCode()));

      Map<String, List<long[]>> samples = new LinkedHashMap<>();
      layers.keySet().forEach(k -> samples.put(k, new ArrayList<>()));
      long warmupEnd = System.nanoTime() + (long) (seconds / 2 * 1e9);
      while (System.nanoTime() < warmupEnd) {
        layers.values().forEach(LongSupplier::getAsLong);
      }
      long end = System.nanoTime() + (long) (seconds * 1e9);
      for (int round = 0; round < 10 || System.nanoTime() < end; round++) {
        for (Map.Entry<String, LongSupplier> layer : layers.entrySet()) {
          samples.get(layer.getKey()).add(sample(layer.getValue(), trunks));
        }
      }
      System.out.println("breakdown (" + shape.name().toLowerCase(Locale.ROOT) + " items, per trunk, medians of "
          + samples.values().iterator().next().size() + " rounds):");
      samples.forEach((name, s) -> System.out.printf(Locale.ROOT, "  %-36s %7.2f us %7.0f B%n", name,
          median(s, 0) / trunks / 1e3, median(s, 1) / trunks));
    } finally {
      client.dispatcher().executorService().shutdown();
    }
    System.exit(0);
  }

  private static long httpOnly(OkHttpClient client, HttpUrl url, int trunks) {
    for (int skip = 0; skip < trunks; skip += PbxPages.PAGE_SIZE) {
      Request request = new Request.Builder()
          .url(url.newBuilder().addQueryParameter("skip", Integer.toString(skip))
              .addQueryParameter("top", Integer.toString(PbxPages.PAGE_SIZE)).build())
          .header("Authorization", "Bearer " + LoopbackServer.TOKEN)
          .build();
      try (Response response = client.newCall(request).execute()) {
        response.body().byteStream().transferTo(OutputStream.nullOutputStream());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return trunks;
  }

  private static long[] sample(LongSupplier run, int expected) {
    long id = Thread.currentThread().getId();
    long bytes = THREADS.getThreadAllocatedBytes(id);
    long t0 = System.nanoTime();
    long n = run.getAsLong();
    long t1 = System.nanoTime();
    long allocated = THREADS.getThreadAllocatedBytes(id) - bytes;
    if (n != expected) {
      throw new IllegalStateException("listed " + n + ", expected " + expected);
    }
    return new long[] {t1 - t0, allocated};
  }

  private static double median(List<long[]> samples, int column) {
    long[] values = samples.stream().mapToLong(s -> s[column]).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
  }
}

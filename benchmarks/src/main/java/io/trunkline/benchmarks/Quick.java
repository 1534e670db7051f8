package io.trunkline.benchmarks;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.SipTrunk;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import okhttp3.OkHttpClient;

/**
 * The quick runner: the four measurements of the benchmark issue in well under a minute on two cores, each on a
 * loopback server serving pre-serialized PBX pages. Prints one line per measurement, then, as its last line:
 * <pre>quick: time_ratio=R1 alloc_ratio=R2 inventory_ratio=R3 stream_xmx32m=ok|fail cold_start_ms=N</pre>
 * <ol>
 *   <li>10,000 trunks in pages of 100, through the SDK ({@code list()} → {@code SipTrunk}) and through the raw
 *       OkHttp + Jackson loop ({@link RawLister}), alternating in this JVM after a warm-up; the medians of wall
 *       time and of bytes allocated by the listing thread ({@code ThreadMXBean.getThreadAllocatedBytes}) give
 *       {@code time_ratio} and {@code alloc_ratio}, SDK over raw.</li>
 *   <li>Five accounts, each its own server answering every page after 50 ms, listed at once on five threads
 *       through providers sharing one {@code OkHttpClient}, against one account alone: {@code inventory_ratio}.</li>
 *   <li>100,000 trunks streamed through the SDK by a fresh JVM with {@code -Xmx32m} ({@link StreamMain}).</li>
 *   <li>Cold start: fresh JVMs, {@code main} to first page decoded ({@link ColdStartMain}); the median of three.</li>
 * </ol>
 * Options: {@code --warmup-seconds N} (default 6), {@code --measure-seconds N} (default 10).
 */
public final class Quick {
  static final int LIST_TRUNKS = 10_000;
  static final int STREAM_TRUNKS = 100_000;
  static final int ACCOUNTS = 5;
  static final int ACCOUNT_TRUNKS = 500;
  static final long ACCOUNT_DELAY_MS = 50;
  static final int COLD_STARTS = 3;

  /** Keeps the JIT from dropping what the sinks read. */
  private static long blackhole;

  private Quick() {}

  public static void main(String[] args) throws Exception {
    double warmupSeconds = option(args, "--warmup-seconds", 6);
    double measureSeconds = option(args, "--measure-seconds", 10);
    long started = System.nanoTime();
    System.out.println("quick: " + machine());

    ListResult list = list(warmupSeconds, measureSeconds);
    System.out.println(list);
    double inventory = inventory();
    boolean stream = stream();
    long coldStart = coldStart();

    System.out.printf(Locale.ROOT, "quick: finished in %.1f s%n", (System.nanoTime() - started) / 1e9);
    System.out.printf(Locale.ROOT,
        "quick: time_ratio=%.3f alloc_ratio=%.3f inventory_ratio=%.3f stream_xmx32m=%s cold_start_ms=%d%n",
        list.timeRatio(), list.allocRatio(), inventory, stream ? "ok" : "fail", coldStart);
    System.out.flush();
    System.exit(0);
  }

  // ---- 1. SDK against raw --------------------------------------------------------------------------------------

  record ListResult(int rounds, double sdkNanos, double rawNanos, double sdkBytes, double rawBytes) {
    double timeRatio() {
      return sdkNanos / rawNanos;
    }

    double allocRatio() {
      return sdkBytes / rawBytes;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "list: %d trunks x %d rounds, medians per trunk: sdk %.2f us %.0f B,"
          + " raw %.2f us %.0f B", LIST_TRUNKS, rounds, sdkNanos / LIST_TRUNKS / 1e3, sdkBytes / LIST_TRUNKS,
          rawNanos / LIST_TRUNKS / 1e3, rawBytes / LIST_TRUNKS);
    }
  }

  static ListResult list(double warmupSeconds, double measureSeconds) {
    PbxPages pages = PbxPages.of(LIST_TRUNKS, PbxPages.Shape.SUMMARY);
    OkHttpClient rawClient = new OkHttpClient();
    try (LoopbackServer server = LoopbackServer.start(pages, 0, 2);
        TrunkProvider sdk = Sdk.open(server.baseUrl())) {
      RawLister raw = new RawLister(rawClient, server.baseUrl(), LoopbackServer.TOKEN);
      LongSupplier sdkRun = () -> Sdk.list(sdk, Quick::consume);
      LongSupplier rawRun = () -> raw.list(Quick::consume);

      long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
      int warmups = 0;
      while (warmups < 10 || System.nanoTime() < warmupEnd) {
        check(sdkRun.getAsLong());
        check(rawRun.getAsLong());
        warmups++;
      }

      List<long[]> sdkSamples = new ArrayList<>();
      List<long[]> rawSamples = new ArrayList<>();
      long measureEnd = System.nanoTime() + (long) (measureSeconds * 1e9);
      for (int round = 0; round < 400 && (round < 20 || System.nanoTime() < measureEnd); round++) {
        if (round % 2 == 0) {
          sdkSamples.add(sample(sdkRun));
          rawSamples.add(sample(rawRun));
        } else {
          rawSamples.add(sample(rawRun));
          sdkSamples.add(sample(sdkRun));
        }
      }
      return new ListResult(sdkSamples.size(), median(sdkSamples, 0), median(rawSamples, 0),
          median(sdkSamples, 1), median(rawSamples, 1));
    } finally {
      rawClient.dispatcher().executorService().shutdown();
      rawClient.connectionPool().evictAll();
    }
  }

  private static void consume(SipTrunk trunk) {
    blackhole += trunk.id().hashCode() + trunk.numbers().size() + trunk.attributes().size();
  }

  private static void consume(RawTrunk trunk) {
    blackhole += trunk.id.hashCode() + trunk.numbers.size() + trunk.other.size();
  }

  private static void check(long listed) {
    if (listed != LIST_TRUNKS) {
      throw new IllegalStateException("listed " + listed + " trunks, expected " + LIST_TRUNKS);
    }
  }

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** {nanoseconds, bytes allocated by this thread} of one run. */
  private static long[] sample(LongSupplier run) {
    long id = Thread.currentThread().getId();
    long bytes = THREADS.getThreadAllocatedBytes(id);
    long t0 = System.nanoTime();
    check(run.getAsLong());
    long t1 = System.nanoTime();
    long allocated = THREADS.getThreadAllocatedBytes(id) - bytes;
    return new long[] {t1 - t0, allocated};
  }

  private static double median(List<long[]> samples, int column) {
    long[] values = samples.stream().mapToLong(s -> s[column]).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
  }

  // ---- 2. inventory --------------------------------------------------------------------------------------------

  static double inventory() throws InterruptedException, ExecutionException {
    PbxPages pages = PbxPages.of(ACCOUNT_TRUNKS, PbxPages.Shape.SUMMARY);
    LoopbackServer[] servers = new LoopbackServer[ACCOUNTS];
    TrunkProvider[] accounts = new TrunkProvider[ACCOUNTS];
    OkHttpClient shared = new OkHttpClient();
    ExecutorService threads = Executors.newFixedThreadPool(ACCOUNTS);
    try {
      for (int i = 0; i < ACCOUNTS; i++) {
        servers[i] = LoopbackServer.start(pages, ACCOUNT_DELAY_MS, 2);
        accounts[i] = Sdk.open(servers[i].baseUrl(), shared);
      }
      long[] single = new long[4];
      long[] all = new long[4];
      for (int round = -1; round < single.length; round++) {
        long t0 = System.nanoTime();
        listAccount(accounts[0]);
        long t1 = System.nanoTime();
        List<Future<Long>> running = new ArrayList<>();
        for (TrunkProvider account : accounts) {
          running.add(threads.submit(() -> listAccount(account)));
        }
        for (Future<Long> f : running) {
          f.get();
        }
        long t2 = System.nanoTime();
        if (round >= 0) {
          single[round] = t1 - t0;
          all[round] = t2 - t1;
        }
      }
      Arrays.sort(single);
      Arrays.sort(all);
      double one = (single[1] + single[2]) / 2.0;
      double five = (all[1] + all[2]) / 2.0;
      System.out.printf(Locale.ROOT, "inventory: %d accounts x %d trunks, %d ms per page: one account %.0f ms,"
          + " five at once %.0f ms (medians of %d)%n", ACCOUNTS, ACCOUNT_TRUNKS, ACCOUNT_DELAY_MS, one / 1e6,
          five / 1e6, single.length);
      return five / one;
    } finally {
      threads.shutdownNow();
      for (int i = 0; i < ACCOUNTS; i++) {
        if (accounts[i] != null) {
          accounts[i].close();
        }
        if (servers[i] != null) {
          servers[i].close();
        }
      }
      shared.dispatcher().executorService().shutdown();
      shared.connectionPool().evictAll();
    }
  }

  private static long listAccount(TrunkProvider account) {
    long n = Sdk.list(account, Quick::consume);
    if (n != ACCOUNT_TRUNKS) {
      throw new IllegalStateException("an account listed " + n + " trunks, expected " + ACCOUNT_TRUNKS);
    }
    return n;
  }

  // ---- 3. streaming under -Xmx32m ------------------------------------------------------------------------------

  static boolean stream() {
    PbxPages pages = PbxPages.of(STREAM_TRUNKS, PbxPages.Shape.SUMMARY);
    try (LoopbackServer server = LoopbackServer.start(pages, 0, 2)) {
      ChildJvm.Result result = ChildJvm.run(List.of("-Xmx32m"), StreamMain.class,
          List.of(server.baseUrl(), Integer.toString(STREAM_TRUNKS)), 40);
      String line = result.last("stream:");
      System.out.println((line == null ? "stream: (no output)" : line) + " exit=" + result.exit()
          + " requests=" + server.requests());
      return result.exit() == 0 && line != null && line.startsWith("stream: trunks=" + STREAM_TRUNKS + " ");
    }
  }

  // ---- 4. cold start -------------------------------------------------------------------------------------------

  static long coldStart() {
    PbxPages pages = PbxPages.of(1_000, PbxPages.Shape.SUMMARY);
    try (LoopbackServer server = LoopbackServer.start(pages, 0, 2)) {
      long[] sdk = new long[COLD_STARTS];
      long[] raw = new long[COLD_STARTS];
      for (int i = 0; i < COLD_STARTS; i++) {
        sdk[i] = coldStart(server, false);
        raw[i] = coldStart(server, true);
      }
      Arrays.sort(sdk);
      Arrays.sort(raw);
      System.out.println("cold start: main to first page decoded, sdk " + Arrays.toString(sdk) + " ms, raw "
          + Arrays.toString(raw) + " ms");
      return sdk[COLD_STARTS / 2];
    }
  }

  private static long coldStart(LoopbackServer server, boolean raw) {
    List<String> args = raw ? List.of(server.baseUrl(), "--raw") : List.of(server.baseUrl());
    ChildJvm.Result result = ChildJvm.run(List.of(), ColdStartMain.class, args, 30);
    String line = result.last("cold_start_ms=");
    if (result.exit() != 0 || line == null) {
      throw new IllegalStateException("the cold-start JVM failed (exit " + result.exit() + "): " + result.lines());
    }
    return Long.parseLong(line.substring("cold_start_ms=".length(), line.indexOf(' ')));
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  private static double option(String[] args, String name, double fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Double.parseDouble(args[i + 1]);
      }
    }
    return fallback;
  }

  static String machine() {
    Runtime rt = Runtime.getRuntime();
    return "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
        + rt.availableProcessors() + " cpus, max heap " + rt.maxMemory() / (1024 * 1024) + " MB, "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch");
  }
}

package io.trunkline.benchmarks;

import io.trunkline.benchmarks.VendorPages.Vendor;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.CallerId;
import io.trunkline.core.model.SipTrunk;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The quick runner: the measurements of issue 18 in about a minute and a half on two cores, each against a
 * loopback server serving pre-serialized pages. Prints one line per measurement, then, as its last line,
 * {@code quick: key=value ...} (see {@code benchmarks/README.md} for the keys and the targets).
 * <ol>
 *   <li>PBX, full and summary shapes, 10,000 trunks in pages of 100: the SDK ({@code list()} → {@code SipTrunk})
 *       against the limit ({@link TypedPbxLister}: streaming parser, typed records) and, labelled
 *       {@code sdk_shaped} (summary only), against the former SDK-shaped baseline ({@link RawLister}); alternating in this JVM
 *       after a warm-up, medians of wall time and of bytes allocated by the listing thread.</li>
 *   <li>Each other vendor's listing (2,000 items) the same way, against its own limit ({@link VendorListers}).</li>
 *   <li>100,000 full-shape trunks streamed through the SDK by a fresh JVM with {@code -Xmx12m} ({@link StreamMain}),
 *       and 100,000 summaries in the same heap for comparison.</li>
 *   <li>Inventory: 50 accounts × 500 trunks, every page answered after 50 ms, listed at once on a bounded pool
 *       through providers sharing one {@code OkHttpClient} (one connection pool), against one account alone.</li>
 *   <li>Cold start: fresh JVMs, {@code main} to the first page decoded ({@link ColdStartMain}), SDK over limit.</li>
 *   <li>Plan: 10,000 desired trunks over 5 PBX accounts ({@link PlanBench}), {@code new Planner().plan(...)}
 *       against listing the same accounts through the SDK one after the other, and at once on the threads the plan
 *       lists them on, alternating; and the HTTP requests each made. Then a desired state the listing fully
 *       carries, against listing at once.</li>
 * </ol>
 * Options: {@code --warmup-seconds N} (default 1.5), {@code --measure-seconds N} (default 3.5; 5.25 for the full shape)
 * per comparison; {@code --plan-only} runs the plan measurement alone (its keys only in the last line);
 * {@code --plan-concurrency N} sets the planner's full reads, and accounts listed, at once (default: the
 * planner's own); {@code --server jdk|lean} chooses the {@link LoopbackServer.Kind} of every loopback server of the
 * run (default {@code jdk}), so every ratio compares two contenders against the same kind of server.
 */
public final class Quick {
  static final int LIST_TRUNKS = 10_000;
  static final int VENDOR_ITEMS = 2_000;
  static final int STREAM_TRUNKS = 100_000;
  static final int STREAM_DISTINCT = 10_000;
  static final int ACCOUNTS = 50;
  static final int ACCOUNT_TRUNKS = 500;
  static final long ACCOUNT_DELAY_MS = 50;
  static final int INVENTORY_THREADS = 64;
  static final int COLD_STARTS = 3;
  static final int PLAN_ACCOUNTS = 5;
  static final int PLAN_TRUNKS = 2_000;

  /** Keeps the JIT from dropping what the sinks read. */
  private static long blackhole;

  private Quick() {}

  public static void main(String[] args) throws Exception {
    double warmupSeconds = option(args, "--warmup-seconds", 1.5);
    double measureSeconds = option(args, "--measure-seconds", 3.5);
    String server = stringOption(args, "--server", "jdk");
    System.setProperty(LoopbackServer.KIND_PROPERTY, server);
    LoopbackServer.Kind kind = LoopbackServer.Kind.configured();
    long started = System.nanoTime();
    System.out.println("quick: " + machine() + ", loopback servers " + kind.name().toLowerCase(Locale.ROOT));
    Map<String, String> out = new LinkedHashMap<>();
    if (!Arrays.asList(args).contains("--plan-only")) {
      listings(out, warmupSeconds, measureSeconds);
    }
    int planConcurrency = (int) option(args, "--plan-concurrency", 0);
    PlanResult plan = plan(warmupSeconds, measureSeconds, planConcurrency);
    out.put("plan_ratio", String.format(Locale.ROOT, "%.3f", plan.ratio()));
    out.put("plan_vs_concurrent_list", String.format(Locale.ROOT, "%.3f", plan.vsConcurrentList()));
    out.put("plan_listed_ratio", String.format(Locale.ROOT, "%.3f", plan.listedRatio()));
    out.put("plan_requests", Long.toString(plan.requests()));
    out.put("plan_list_requests", Long.toString(plan.listRequests()));

    System.out.printf(Locale.ROOT, "quick: finished in %.1f s%n", (System.nanoTime() - started) / 1e9);
    StringBuilder last = new StringBuilder("quick:");
    out.forEach((k, v) -> last.append(' ').append(k).append('=').append(v));
    System.out.println(last);
    System.out.flush();
    System.exit(0);
  }

  /** Measurements 1 to 5, in order, into {@code out}. */
  private static void listings(Map<String, String> out, double warmupSeconds, double measureSeconds)
      throws InterruptedException, ExecutionException {
    OkHttpClient rawClient = new OkHttpClient();
    try {
      Comparison full = pbx(PbxPages.Shape.FULL, rawClient, warmupSeconds, measureSeconds * 1.5);
      put(out, "full", full, 1);
      Comparison summary = pbx(PbxPages.Shape.SUMMARY, rawClient, warmupSeconds, measureSeconds);
      put(out, "summary", summary, 1);
      for (Vendor vendor : Vendor.values()) {
        put(out, vendor.key(), vendor(vendor, rawClient, warmupSeconds, measureSeconds), 1);
      }
      put(out, "sdk_shaped_summary", summary, 2);
    } finally {
      rawClient.dispatcher().executorService().shutdown();
      rawClient.connectionPool().evictAll();
    }
    Stream stream = stream();
    out.put("stream_full_xmx12m", stream.ok() ? "ok" : "fail");
    out.put("stream_full_vs_summary", stream.ratio());
    out.put("stream_full_vs_limit", stream.vsLimit());
    out.put("stream_limit_full_vs_summary", stream.limitRatio());
    Inventory inventory = inventory();
    out.put("inventory50_ratio", String.format(Locale.ROOT, "%.3f", inventory.ratio()));
    out.put("inventory50_threads", Integer.toString(inventory.threads()));
    out.put("cold_start_ratio", String.format(Locale.ROOT, "%.3f", coldStart()));
  }

  private static void put(Map<String, String> out, String key, Comparison c, int baseline) {
    out.put(key + "_time_ratio", String.format(Locale.ROOT, "%.3f", c.timeRatio(baseline)));
    out.put(key + "_alloc_ratio", String.format(Locale.ROOT, "%.3f", c.allocRatio(baseline)));
  }

  // ---- 1, 2. SDK against the limits ----------------------------------------------------------------------------

  /**
   * Medians of wall nanoseconds, bytes and CPU nanoseconds of the listing thread per contender: index 0 is the SDK,
   * 1 the limit, 2 (if any) another baseline.
   */
  record Comparison(String name, int items, int rounds, String[] labels, double[] nanos, double[] bytes,
      double[] cpu) {
    double timeRatio(int baseline) {
      return nanos[0] / nanos[baseline];
    }

    double allocRatio(int baseline) {
      return bytes[0] / bytes[baseline];
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s: %d items x %d rounds, medians per item:",
          name, items, rounds));
      for (int i = 0; i < labels.length; i++) {
        sb.append(String.format(Locale.ROOT, " %s %.2f us %.0f B;", labels[i], nanos[i] / items / 1e3,
            bytes[i] / items));
      }
      sb.append(String.format(Locale.ROOT, " sdk/limit time %.3f alloc %.3f (cpu time of the listing thread %.3f)",
          timeRatio(1), allocRatio(1), cpu[0] / cpu[1]));
      return sb.toString();
    }
  }

  static Comparison pbx(PbxPages.Shape shape, OkHttpClient rawClient, double warmup, double measure) {
    PbxPages pages = PbxPages.of(LIST_TRUNKS, shape);
    try (LoopbackServer server = LoopbackServer.start(pages, 0, 2);
        TrunkProvider sdk = Sdk.open(server.baseUrl())) {
      LongSupplier limit = shape == PbxPages.Shape.FULL
          ? consume(TypedPbxLister.full(rawClient, server.baseUrl(), LoopbackServer.TOKEN))
          : consumeSummary(TypedPbxLister.summary(rawClient, server.baseUrl(), LoopbackServer.TOKEN));
      String name = "pbx " + shape.name().toLowerCase(Locale.ROOT);
      LongSupplier sdkRun = () -> Sdk.list(sdk, Quick::consume);
      Comparison c;
      if (shape == PbxPages.Shape.FULL) {
        c = compare(name, LIST_TRUNKS, warmup, measure, new String[] {"sdk", "limit"}, sdkRun, limit);
      } else {
        // the former baseline, shaped like the SDK, as a second row
        RawLister shaped = new RawLister(rawClient, server.baseUrl(), LoopbackServer.TOKEN);
        c = compare(name, LIST_TRUNKS, warmup, measure, new String[] {"sdk", "limit", "sdk_shaped"}, sdkRun, limit,
            () -> shaped.list(Quick::consume));
      }
      System.out.println(c);
      return c;
    }
  }

  static Comparison vendor(Vendor vendor, OkHttpClient rawClient, double warmup, double measure) {
    try (LoopbackServer server = vendor.serve(VENDOR_ITEMS, 0, 2);
        TrunkProvider sdk = Sdk.open(vendor, server.baseUrl())) {
      String url = server.baseUrl();
      LongSupplier limit = switch (vendor) {
        case FAMULOR -> () -> VendorListers.famulor(rawClient, url, t -> blackhole += t.id() + t.phoneNumber().length());
        // each side hashes the id, as the SDK's consumer does (the SID is 34 characters: its hash is not free)
        case PROPERTIES_V2 -> () -> VendorListers.properties(rawClient, url,
            t -> blackhole += t.sipTrunkSid().hashCode() + t.channelLimit());
        case FLEX -> () -> VendorListers.flex(rawClient, url, t -> blackhole += t.id() + t.label().length());
        case CHANNEL -> () -> VendorListers.channel(rawClient, url, t -> blackhole += t.callerId().length());
      };
      Comparison c = compare(vendor.id(), VENDOR_ITEMS, warmup, measure, new String[] {"sdk", "limit"},
          () -> Sdk.listVendor(vendor, sdk, Quick::consumeAny), limit);
      System.out.println(c);
      return c;
    }
  }

  private static LongSupplier consume(TypedPbxLister<PbxTrunk> lister) {
    return () -> lister.list(t -> blackhole += t.id().hashCode() + t.didNumbers().size() + t.concurrency());
  }

  private static LongSupplier consumeSummary(TypedPbxLister<PbxSummaryTrunk> lister) {
    return () -> lister.list(t -> blackhole += t.id().hashCode() + t.didNumbers().size() + t.port());
  }

  private static void consume(SipTrunk trunk) {
    blackhole += trunk.id().hashCode() + trunk.numbers().size() + trunk.attributes().size();
  }

  private static void consume(RawTrunk trunk) {
    blackhole += trunk.id.hashCode() + trunk.numbers.size() + trunk.other.size();
  }

  private static void consumeAny(Object item) {
    if (item instanceof SipTrunk trunk) {
      consume(trunk);
    } else if (item instanceof CallerId id) {
      blackhole += id.number().length() + id.attributes().size();
    }
  }

  /**
   * Runs every contender once per round after a warm-up (at least 6 rounds), rotating which goes first, then
   * measures for {@code measureSeconds} (at least 11 rounds, at most 400).
   */
  static Comparison compare(String name, int expected, double warmupSeconds, double measureSeconds,
      String[] labels, LongSupplier... runs) {
    long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    for (int round = 0; round < 6 || System.nanoTime() < warmupEnd; round++) {
      for (LongSupplier run : runs) {
        check(name, run.getAsLong(), expected);
      }
    }
    List<List<long[]>> samples = new ArrayList<>();
    for (int i = 0; i < runs.length; i++) {
      samples.add(new ArrayList<>());
    }
    long measureEnd = System.nanoTime() + (long) (measureSeconds * 1e9);
    int rounds = 0;
    for (; rounds < 400 && (rounds < 11 || System.nanoTime() < measureEnd); rounds++) {
      for (int k = 0; k < runs.length; k++) {
        int i = (rounds + k) % runs.length;
        samples.get(i).add(sample(name, runs[i], expected));
      }
    }
    double[] nanos = new double[runs.length];
    double[] bytes = new double[runs.length];
    double[] cpu = new double[runs.length];
    for (int i = 0; i < runs.length; i++) {
      nanos[i] = median(samples.get(i), 0);
      bytes[i] = median(samples.get(i), 1);
      cpu[i] = median(samples.get(i), 2);
    }
    return new Comparison(name, expected, rounds, labels, nanos, bytes, cpu);
  }

  private static void check(String name, long listed, long expected) {
    if (listed != expected) {
      throw new IllegalStateException(name + ": listed " + listed + " items, expected " + expected);
    }
  }

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** {wall nanoseconds, bytes allocated by this thread, its CPU nanoseconds} of one run. */
  private static long[] sample(String name, LongSupplier run, long expected) {
    long id = Thread.currentThread().getId();
    long bytes = THREADS.getThreadAllocatedBytes(id);
    long cpu = THREADS.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    long listed = run.getAsLong();
    long t1 = System.nanoTime();
    long cpuUsed = THREADS.getCurrentThreadCpuTime() - cpu;
    long allocated = THREADS.getThreadAllocatedBytes(id) - bytes;
    check(name, listed, expected);
    return new long[] {t1 - t0, allocated, cpuUsed};
  }

  static double median(List<long[]> samples, int column) {
    long[] values = samples.stream().mapToLong(s -> s[column]).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
  }

  // ---- 3. streaming under -Xmx12m ------------------------------------------------------------------------------

  record Stream(boolean ok, String ratio, String vsLimit, String limitRatio) {}

  /**
   * 100,000 summaries, then 100,000 full trunks through the SDK, then both through the limit, each in a fresh JVM
   * with -Xmx12m: whether the SDK's full stream finished, its time over the summaries', over the limit's full stream
   * in the same heap, and the limit's own full stream over its summaries' (what the hand-written client reaches).
   */
  static Stream stream() {
    long summary = streamOnce(PbxPages.Shape.SUMMARY, false);
    long full = streamOnce(PbxPages.Shape.FULL, false);
    long limit = streamOnce(PbxPages.Shape.FULL, true);
    long limitSummary = streamOnce(PbxPages.Shape.SUMMARY, true);
    return new Stream(full >= 0, ratio(full, summary), ratio(full, limit), ratio(limit, limitSummary));
  }

  private static String ratio(long a, long b) {
    return a < 0 || b <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) a / b);
  }

  /** The child's milliseconds for 100,000 trunks of {@code shape} in -Xmx12m, or -1 when it failed. */
  private static long streamOnce(PbxPages.Shape shape, boolean limit) {
    PbxPages pages = PbxPages.cycled(STREAM_TRUNKS, STREAM_DISTINCT, shape);
    try (LoopbackServer server = LoopbackServer.start(pages, 0, 2)) {
      List<String> args = new ArrayList<>(List.of(server.baseUrl(), Integer.toString(STREAM_TRUNKS)));
      if (limit) {
        args.add("--limit");
      }
      ChildJvm.Result result = ChildJvm.run(List.of("-Xmx12m"), StreamMain.class, args, 60);
      String line = result.last("stream:");
      System.out.println("stream " + shape.name().toLowerCase(Locale.ROOT) + (limit ? " (limit)" : " (sdk)")
          + " -Xmx12m: "
          + (line == null ? "(no output)" : line) + " exit=" + result.exit() + " requests=" + server.requests());
      if (result.exit() != 0 || line == null || !line.startsWith("stream: trunks=" + STREAM_TRUNKS + " ")) {
        return -1;
      }
      int at = line.indexOf(" ms=") + 4;
      return Long.parseLong(line.substring(at, line.indexOf(' ', at)));
    }
  }

  // ---- 4. inventory --------------------------------------------------------------------------------------------

  record Inventory(double ratio, int threads) {}

  static Inventory inventory() throws InterruptedException, ExecutionException {
    PbxPages pages = PbxPages.of(ACCOUNT_TRUNKS, PbxPages.Shape.SUMMARY);
    LoopbackServer[] servers = new LoopbackServer[ACCOUNTS];
    TrunkProvider[] accounts = new TrunkProvider[ACCOUNTS];
    int poolSize = Math.min(ACCOUNTS, INVENTORY_THREADS);
    // one connection pool for every account, as large as the number of threads, so no connection is dropped
    OkHttpClient shared = new OkHttpClient.Builder()
        .connectionPool(new ConnectionPool(poolSize, 5, TimeUnit.MINUTES))
        .build();
    AtomicInteger named = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(poolSize,
        r -> new Thread(r, "inventory-" + named.incrementAndGet()));
    Set<Long> before = new HashSet<>();
    try {
      for (int i = 0; i < ACCOUNTS; i++) {
        servers[i] = LoopbackServer.start(pages, ACCOUNT_DELAY_MS, 2);
        accounts[i] = Sdk.open(servers[i].baseUrl(), shared);
      }
      Thread.getAllStackTraces().keySet().forEach(t -> before.add(t.getId()));
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
      // the client's threads: those the listing started, not the loopback servers' (named loopback-*)
      List<String> started = new ArrayList<>();
      Thread.getAllStackTraces().keySet().stream()
          .filter(t -> !before.contains(t.getId()) && !t.getName().startsWith("loopback-"))
          .forEach(t -> started.add(t.getName().replaceAll("[0-9]+$", "N")));
      Map<String, Long> kinds = new java.util.TreeMap<>();
      started.forEach(n -> kinds.merge(n, 1L, Long::sum));
      Arrays.sort(single);
      Arrays.sort(all);
      double one = (single[1] + single[2]) / 2.0;
      double many = (all[1] + all[2]) / 2.0;
      System.out.printf(Locale.ROOT, "inventory: %d accounts x %d trunks, %d ms per page, a pool of %d threads,"
          + " one OkHttpClient (connections kept: %d): one account %.0f ms, all at once %.0f ms (medians of %d);"
          + " client threads started by the listing: %d %s%n", ACCOUNTS, ACCOUNT_TRUNKS, ACCOUNT_DELAY_MS, poolSize,
          shared.connectionPool().connectionCount(), one / 1e6, many / 1e6, single.length, started.size(), kinds);
      return new Inventory(many / one, started.size());
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

  // ---- 5. cold start -------------------------------------------------------------------------------------------

  static double coldStart() {
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
      System.out.println("cold start: main to first page decoded, sdk " + Arrays.toString(sdk) + " ms, limit "
          + Arrays.toString(raw) + " ms");
      return (double) sdk[COLD_STARTS / 2] / raw[COLD_STARTS / 2];
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

  // ---- 6. plan -------------------------------------------------------------------------------------------------

  record PlanResult(double ratio, double vsConcurrentList, double listedRatio, long requests, long listRequests) {}

  /**
   * {@link PlanBench}: with {@code concurrency} full reads and account listings at once (0: the planner's default),
   * a plan of 10,000 desired trunks over 5 accounts against listing them one after the other and against listing
   * them at once on the threads the plan lists them on, alternating after a warm-up, medians of wall time (the
   * plan's listings and full reads run on other threads too: bytes and CPU of the calling thread are not compared);
   * and the requests one plan and one listing made. Then the same for a desired state the listing fully carries (no
   * full reads), against listing at once.
   */
  static PlanResult plan(double warmup, double measure, int concurrency) {
    try (PlanBench bench = PlanBench.start(PLAN_ACCOUNTS, PLAN_TRUNKS, 4)) {
      PlanBench.Expected expected = bench.expected();
      int threads = bench.listThreads(concurrency);
      long r0 = bench.requests();
      long listed = bench.list();
      long listRequests = bench.requests() - r0;
      check("plan (listing)", listed, expected.desired());
      check("plan (listing at once)", bench.listAtOnce(threads), expected.desired());
      r0 = bench.requests();
      io.trunkline.plan.Plan plan = bench.plan(concurrency);
      long planRequests = bench.requests() - r0;
      checkMix("plan", plan, expected);
      r0 = bench.requests();
      checkMix("plan (listed)", bench.planListed(concurrency), expected);
      long listedRequests = bench.requests() - r0;
      if (listedRequests != listRequests) {
        throw new IllegalStateException("plan (listed): " + listedRequests + " requests, expected " + listRequests);
      }
      LongSupplier planRun = () -> {
        io.trunkline.plan.Plan p = bench.plan(concurrency);
        return p.creates() + p.updates() + p.unchanged();
      };
      LongSupplier atOnce = () -> bench.listAtOnce(threads);
      Comparison c = compare("plan", (int) expected.desired(), warmup, measure,
          new String[] {"plan", "list", "list at once"}, planRun, bench::list, atOnce);
      LongSupplier listedRun = () -> {
        io.trunkline.plan.Plan p = bench.planListed(concurrency);
        return p.creates() + p.updates() + p.unchanged();
      };
      Comparison l = compare("plan (listed)", (int) expected.desired(), warmup, measure / 2,
          new String[] {"plan (listed)", "list at once"}, listedRun, atOnce);
      String reads = concurrency > 0 ? Integer.toString(concurrency) : "Planner.DEFAULT_CONCURRENCY";
      System.out.printf(Locale.ROOT, "plan: %d desired trunks over %d accounts (%d creates, %d updates, %d unchanged;"
          + " %d set a field only the detail carries), full reads %s at once, accounts listed %d at once, %d rounds,"
          + " medians: plan %.1f ms, list %.1f ms, list at once %.1f ms; plan/list time %.3f, plan/list at once"
          + " %.3f; cpu time of the calling thread: plan %.1f ms, list %.1f ms, list at once %.1f ms; requests: plan"
          + " %d, list %d%n", expected.desired(), PLAN_ACCOUNTS,
          expected.creates(), expected.updates(), expected.unchanged(), expected.detailReads(), reads, threads,
          c.rounds(), c.nanos()[0] / 1e6, c.nanos()[1] / 1e6, c.nanos()[2] / 1e6, c.timeRatio(1), c.timeRatio(2),
          c.cpu()[0] / 1e6, c.cpu()[1] / 1e6, c.cpu()[2] / 1e6, planRequests, listRequests);
      System.out.printf(Locale.ROOT, "plan (listed): the same mix, every field it sets carried by the listing (no"
          + " full reads), %d rounds, medians: plan %.1f ms, list at once %.1f ms; plan/list at once time %.3f;"
          + " cpu time of the calling thread: plan %.1f ms, list at once %.1f ms; requests: plan %d%n", l.rounds(),
          l.nanos()[0] / 1e6, l.nanos()[1] / 1e6, l.timeRatio(1), l.cpu()[0] / 1e6, l.cpu()[1] / 1e6,
          listedRequests);
      return new PlanResult(c.timeRatio(1), c.timeRatio(2), l.timeRatio(1), planRequests, listRequests);
    }
  }

  private static void checkMix(String name, io.trunkline.plan.Plan plan, PlanBench.Expected expected) {
    if (plan.creates() != expected.creates() || plan.updates() != expected.updates()
        || plan.unchanged() != expected.unchanged() || plan.deletes() != 0) {
      throw new IllegalStateException(name + ": " + plan.creates() + " creates, " + plan.updates() + " updates, "
          + plan.unchanged() + " unchanged, " + plan.deletes() + " deletes; expected " + expected);
    }
  }

  // ---- helpers -------------------------------------------------------------------------------------------------

  static double option(String[] args, String name, double fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Double.parseDouble(args[i + 1]);
      }
    }
    return fallback;
  }

  static String stringOption(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  static String machine() {
    Runtime rt = Runtime.getRuntime();
    return "java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "), "
        + rt.availableProcessors() + " cpus, max heap " + rt.maxMemory() / (1024 * 1024) + " MB, "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", load average "
        + String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}

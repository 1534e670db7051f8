package io.trunkline.benchmarks;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.SipTrunk;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Iterator;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Streams every trunk of the PBX at {@code args[0]} through the SDK and checks there were {@code args[1]}; run in a
 * fresh JVM with {@code -Xmx12m} by {@link Quick}. Exit 0 when all were seen. With {@code --to-list} it collects
 * them with {@code toList()} instead, which is expected to run out of memory: the control experiment. With
 * {@code --limit} it streams them through the limit ({@link TypedPbxLister}, full records) instead of the SDK: what
 * the same heap allows a hand-written client.
 *
 * <p>Besides the wall time ({@code ms}), it prints what the wall time of a loaded machine hides: the listing
 * thread's CPU time ({@code thread_cpu_ms}) and bytes allocated per trunk ({@code alloc_per_trunk}), the whole
 * process's CPU time ({@code process_cpu_ms}: the JIT compiler and the collector included), and the collections
 * ({@code gcs}, {@code gc_ms}).
 */
public final class StreamMain {
  private StreamMain() {}

  public static void main(String[] args) {
    String baseUrl = args[0];
    long expected = Long.parseLong(args[1]);
    boolean toList = args.length > 2 && args[2].equals("--to-list");
    boolean limit = args.length > 2 && args[2].equals("--limit");
    long started = System.nanoTime();
    long seen = 0;
    long check = 0;
    try (TrunkProvider pbx = Sdk.open(baseUrl)) {
      if (limit) {
        OkHttpClient client = new OkHttpClient();
        long[] counts = new long[2];
        TypedPbxLister.full(client, baseUrl, LoopbackServer.TOKEN).list(trunk -> {
          counts[0] += trunk.id().length() + trunk.didNumbers().size();
          counts[1]++;
        });
        check = counts[0];
        seen = counts[1];
      } else if (toList) {
        List<SipTrunk> all = pbx.list().toList();
        seen = all.size();
      } else {
        for (Iterator<SipTrunk> it = pbx.list().iterator(); it.hasNext(); ) {
          SipTrunk trunk = it.next();
          check += trunk.id().length() + trunk.numbers().size();
          seen++;
        }
      }
    } catch (OutOfMemoryError e) {
      System.out.println("stream: out of memory after " + seen + " trunks");
      System.exit(3);
    }
    long ms = (System.nanoTime() - started) / 1_000_000;
    com.sun.management.ThreadMXBean thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long threadCpuMs = thread.getCurrentThreadCpuTime() / 1_000_000;
    long allocated = thread.getCurrentThreadAllocatedBytes();
    long processCpuMs = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1_000_000;
    long gcs = 0;
    long gcMs = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcs += Math.max(0, gc.getCollectionCount());
      gcMs += Math.max(0, gc.getCollectionTime());
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("stream: trunks=" + seen + " ms=" + ms + " max_heap_mb="
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " peak_heap_mb<=" + peak / (1024 * 1024)
        + " check=" + check + " thread_cpu_ms=" + threadCpuMs + " process_cpu_ms=" + processCpuMs
        + " alloc_per_trunk=" + (seen == 0 ? 0 : allocated / seen) + " gcs=" + gcs + " gc_ms=" + gcMs);
    System.exit(seen == expected ? 0 : 1);
  }
}

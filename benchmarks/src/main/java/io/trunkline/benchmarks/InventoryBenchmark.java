package io.trunkline.benchmarks;

import io.trunkline.core.TrunkProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An inventory: {@code accounts} PBX accounts of 500 trunks each, every page answered after 50 ms by the account's
 * own loopback server, listed at once (one thread per account) through providers sharing one OkHttpClient. Five
 * accounts should take about as long as one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class InventoryBenchmark {
  static final int TRUNKS = 500;
  static final long DELAY_MS = 50;

  @Param({"1", "5"})
  public int accounts;

  private ServerProcess servers;
  private OkHttpClient shared;
  private List<TrunkProvider> providers;
  private ExecutorService threads;

  @Setup
  public void start() {
    servers = ServerProcess.start(TRUNKS, PbxPages.Shape.SUMMARY, DELAY_MS, 2, accounts);
    shared = new OkHttpClient();
    providers = new ArrayList<>();
    for (int i = 0; i < accounts; i++) {
      providers.add(Sdk.open(servers.baseUrl(i), shared));
    }
    threads = Executors.newFixedThreadPool(accounts);
  }

  @TearDown
  public void stop() {
    threads.shutdownNow();
    providers.forEach(TrunkProvider::close);
    shared.dispatcher().executorService().shutdown();
    shared.connectionPool().evictAll();
    servers.close();
  }

  @Benchmark
  public long inventory() throws InterruptedException, ExecutionException {
    List<Future<Long>> running = new ArrayList<>();
    for (TrunkProvider provider : providers) {
      running.add(threads.submit(() -> Sdk.list(provider, t -> { })));
    }
    long total = 0;
    for (Future<Long> f : running) {
      total += f.get();
    }
    if (total != (long) TRUNKS * accounts) {
      throw new IllegalStateException("listed " + total + " trunks, expected " + (long) TRUNKS * accounts);
    }
    return total;
  }
}

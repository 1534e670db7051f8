package io.trunkline.benchmarks;

import io.trunkline.core.TrunkProvider;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 10,000 PBX trunks in pages of 100: the SDK's neutral {@code list()} against the limit ({@code limit}: OkHttp and
 * Jackson's streaming parser into typed records, {@link TypedPbxLister}) and the former SDK-shaped baseline
 * ({@code raw}: {@link RawLister}), from a loopback server in a process of its own (so {@code -prof gc} counts the
 * client only). Figures are per trunk:
 * {@code ns/op} and, with {@code -prof gc}, {@code gc.alloc.rate.norm} in bytes per trunk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(ListBenchmark.TRUNKS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ListBenchmark {
  static final int TRUNKS = 10_000;

  /** {@code summary}: what the PBX's listing sends; {@code full}: every field of the detail. */
  @Param({"summary", "full"})
  public String shape;

  private ServerProcess server;
  private TrunkProvider sdk;
  private OkHttpClient client;
  private RawLister raw;
  private TypedPbxLister<?> limit;

  @Setup
  public void start() {
    server = ServerProcess.start(TRUNKS, PbxPages.Shape.parse(shape), 0, 2);
    sdk = Sdk.open(server.baseUrl());
    client = new OkHttpClient();
    raw = new RawLister(client, server.baseUrl(), LoopbackServer.TOKEN);
    limit = shape.equals("full") ? TypedPbxLister.full(client, server.baseUrl(), LoopbackServer.TOKEN)
        : TypedPbxLister.summary(client, server.baseUrl(), LoopbackServer.TOKEN);
  }

  @TearDown
  public void stop() {
    sdk.close();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  public long sdk(Blackhole bh) {
    return Sdk.list(sdk, bh::consume);
  }

  @Benchmark
  public long limit(Blackhole bh) {
    return limit.list(bh::consume);
  }

  @Benchmark
  public long raw(Blackhole bh) {
    return raw.list(bh::consume);
  }
}

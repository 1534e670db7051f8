package io.trunkline.cli;

import io.trunkline.core.Capability;
import io.trunkline.core.Paged;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.model.CallerId;
import io.trunkline.core.model.Proxy;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.Template;
import io.trunkline.core.model.TrunkQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;

/**
 * Lists the trunks of many accounts at once: one task per account on a small thread pool, every provider on one
 * shared {@link OkHttpClient} (one connection pool, one dispatcher). An account that fails is recorded with its
 * reason and does not stop the others.
 */
final class Inventory {
  /** Accounts read at the same time, at most. */
  static final int MAX_PARALLEL = 8;

  /** One account to read: its name, provider id, and how to build its config (which may fail). */
  static final class Source {
    final String name;
    final String provider;
    final Supplier<ProviderConfig> config;

    Source(String name, String provider, Supplier<ProviderConfig> config) {
      this.name = name;
      this.provider = provider;
      this.config = config;
    }
  }

  /** What one account gave: trunks, or, for a provider that cannot list them, its other listings; or a failure. */
  static final class Result {
    final Source source;
    List<SipTrunk> trunks = List.of();
    boolean cannotList;
    List<CallerId> callerIds = List.of();
    List<Proxy> proxies = List.of();
    List<Template> templates = List.of();
    /** What the provider can do; empty when it could not be opened. */
    java.util.Set<Capability> capabilities = java.util.Set.of();
    Throwable failure;

    Result(Source source) {
      this.source = source;
    }

    boolean failed() {
      return failure != null;
    }

    /** True when, instead of trunks, its caller IDs, proxies or templates were read. */
    boolean showsOtherListings() {
      return cannotList && (capabilities.contains(Capability.CALLER_IDS) || capabilities.contains(Capability.PROXIES)
          || capabilities.contains(Capability.TEMPLATES));
    }
  }

  private final CliContext ctx;
  private final Long limit;
  private final boolean otherListings;

  /**
   * @param limit at most this many items per listing and account; null for all
   * @param otherListings for a provider without {@link Capability#LIST}, read its caller IDs, proxies and
   *     templates instead (as far as it has them)
   */
  Inventory(CliContext ctx, Long limit, boolean otherListings) {
    this.ctx = ctx;
    this.limit = limit;
    this.otherListings = otherListings;
  }

  /** Reads every account; the results are in the order of {@code sources}. */
  List<Result> run(List<Source> sources) {
    Trunkline trunkline = ctx.trunkline();
    OkHttpClient shared = new OkHttpClient();
    ProgressLine progress = new ProgressLine(ctx, "inventory", "account", sources.size());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(sources.size(), MAX_PARALLEL)), r -> {
      Thread t = new Thread(r, "trunkline-inventory");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Result>> futures = new ArrayList<>();
      for (Source source : sources) {
        futures.add(pool.submit(() -> {
          try {
            return read(trunkline, shared, source);
          } finally {
            progress.done();
          }
        }));
      }
      List<Result> results = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        results.add(await(futures.get(i), sources.get(i)));
      }
      return results;
    } finally {
      progress.clear();
      pool.shutdownNow();
      shared.dispatcher().executorService().shutdown();
      shared.connectionPool().evictAll();
    }
  }

  private static Result await(Future<Result> future, Source source) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Result failed = new Result(source);
      failed.failure = e.getCause();
      return failed;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Result failed = new Result(source);
      failed.failure = e;
      return failed;
    }
  }

  private Result read(Trunkline trunkline, OkHttpClient shared, Source source) {
    Result result = new Result(source);
    try {
      ProviderConfig config = ProviderConfig.builder().from(source.config.get()).httpClient(shared).build();
      try (TrunkProvider provider = trunkline.open(source.provider, config)) {
        result.capabilities = provider.capabilities();
        if (provider.supports(Capability.LIST)) {
          TrunkQuery query = TrunkQuery.builder().limit(Optional.ofNullable(limit)).build();
          result.trunks = limited(provider.list(query));
        } else {
          result.cannotList = true;
          if (!otherListings) {
            result.capabilities = java.util.Set.of();
          } else {
            if (provider.supports(Capability.CALLER_IDS)) {
              result.callerIds = limited(provider.callerIds());
            }
            if (provider.supports(Capability.PROXIES)) {
              result.proxies = limited(provider.proxies());
            }
            if (provider.supports(Capability.TEMPLATES)) {
              result.templates = limited(provider.templates());
            }
          }
        }
      }
    } catch (RuntimeException | LinkageError e) {
      result.failure = e;
    }
    return result;
  }

  private <T> List<T> limited(Paged<T> paged) {
    return (limit == null ? paged : paged.limit(limit)).toList();
  }
}

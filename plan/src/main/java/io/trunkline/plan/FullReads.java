package io.trunkline.plan;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.SipTrunk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads listed trunks in full ({@code provider.get(id)}) for one account's plan, each asked for as soon as the
 * listing shows it is needed, so the reads overlap the rest of the listing: at most {@code concurrency} at once, on
 * daemon threads started with the first read and stopped on {@link #close()}. With a concurrency of 1 they are read
 * one after the other on the caller's thread, in {@link #finish}. The first failure (in the order the reads were
 * asked for) is thrown as the read threw it, and the reads not yet started are not sent.
 */
final class FullReads implements AutoCloseable {
  private final TrunkProvider provider;
  private final String account;
  private final int concurrency;
  private final List<String> ids = new ArrayList<>();
  private final List<Future<SipTrunk>> reads = new ArrayList<>();
  private ExecutorService pool;

  FullReads(TrunkProvider provider, String account, int concurrency) {
    this.provider = provider;
    this.account = account;
    this.concurrency = concurrency;
  }

  /** Asks for the trunk {@code id} in full; with a concurrency above 1, the read starts now. */
  void start(String id) {
    ids.add(id);
    if (concurrency > 1) {
      if (pool == null) {
        AtomicInteger threads = new AtomicInteger();
        pool = Executors.newFixedThreadPool(concurrency, r -> {
          Thread thread = new Thread(r, "trunkline-plan-" + account + "-" + threads.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
      }
      reads.add(pool.submit(() -> provider.get(id)));
    }
  }

  /**
   * The trunks asked for, read in full, by id in the order asked; those in {@code unneeded} are left out (not read
   * if not started yet).
   */
  Map<String, SipTrunk> finish(Set<String> unneeded) {
    Map<String, SipTrunk> read = new LinkedHashMap<>();
    if (pool == null) {
      ids.stream().filter(id -> !unneeded.contains(id)).forEach(id -> read.put(id, provider.get(id)));
      return read;
    }
    for (int i = 0; i < ids.size(); i++) {
      if (unneeded.contains(ids.get(i))) {
        reads.get(i).cancel(false);
      }
    }
    try {
      for (int i = 0; i < ids.size(); i++) {
        if (!unneeded.contains(ids.get(i))) {
          read.put(ids.get(i), reads.get(i).get());
        }
      }
      return read;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("planning was interrupted while reading the trunks of account '" + account
          + "'; no plan was made");
    }
  }

  /** Stops the reads still running or waiting, if any. */
  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}

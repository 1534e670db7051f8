package io.trunkline.plan;

import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.SipTrunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads listed trunks in full ({@code provider.get(id)}) for one account's plan, each asked for as soon as the
 * listing shows it is needed, so the reads overlap the rest of the listing (and the next accounts'): on the plan's
 * {@link Pool} of {@code concurrency} daemon threads, shared by all its accounts, so reads never take more than
 * that many threads from the listings, which are the plan's critical path. With a concurrency of 1 they are read
 * one after the other on the caller's thread, in {@link #finish}. The first failure (in the order the reads were
 * asked for) is thrown as the read threw it; {@link #close()} cancels the reads not done. Reads may be asked for on
 * the thread that lists the account while another thread closes them (a plan that failed elsewhere); {@link
 * #finish} is called once the listing is done.
 */
final class FullReads implements AutoCloseable {
  /** The threads of one plan's full reads: started with the first read, stopped when the plan is made. */
  static final class Pool implements AutoCloseable {
    private final int threads;
    private ExecutorService executor;
    private boolean closed;

    Pool(int threads) {
      this.threads = threads;
    }

    /** Runs {@code read} when a thread is free; once the pool is closed, it is never run (a cancelled future). */
    synchronized Future<SipTrunk> submit(Callable<SipTrunk> read) {
      if (closed) {
        FutureTask<SipTrunk> never = new FutureTask<>(read);
        never.cancel(false);
        return never;
      }
      if (executor == null) {
        AtomicInteger started = new AtomicInteger();
        executor = Executors.newFixedThreadPool(threads, r -> {
          Thread thread = new Thread(r, "trunkline-plan-reads-" + started.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
      }
      return executor.submit(read);
    }

    @Override
    public synchronized void close() {
      closed = true;
      if (executor != null) {
        executor.shutdownNow();
      }
    }
  }

  private final TrunkProvider provider;
  private final String account;
  private final Pool pool;
  private final boolean sequential;
  private final List<String> ids = new ArrayList<>();
  private final List<Future<SipTrunk>> reads = new ArrayList<>();
  private boolean closed;

  FullReads(TrunkProvider provider, String account, int concurrency, Pool pool) {
    this.provider = provider;
    this.account = account;
    this.pool = pool;
    this.sequential = concurrency == 1;
  }

  /**
   * Asks for the trunk {@code id} in full; with a concurrency above 1, it is read as soon as a thread is free. Its
   * position in what {@link #finish} returns (-1 once closed).
   */
  synchronized int start(String id) {
    if (closed) {
      return -1;
    }
    ids.add(id);
    if (!sequential) {
      reads.add(pool.submit(() -> provider.get(id)));
    }
    return ids.size() - 1;
  }

  /** Whether any trunk was asked for. */
  synchronized boolean started() {
    return !ids.isEmpty();
  }

  /**
   * The trunks asked for, read in full, in the order asked ({@link #start} says where); those in {@code unneeded}
   * are null (not read if not started yet).
   */
  SipTrunk[] finish(Set<String> unneeded) {
    SipTrunk[] read = new SipTrunk[ids.size()];
    if (sequential) {
      for (int i = 0; i < ids.size(); i++) {
        if (!unneeded.contains(ids.get(i))) {
          read[i] = provider.get(ids.get(i));
        }
      }
      return read;
    }
    for (int i = 0; i < ids.size(); i++) {
      if (unneeded.contains(ids.get(i))) {
        reads.get(i).cancel(false);
      }
    }
    for (int i = 0; i < ids.size(); i++) {
      if (!unneeded.contains(ids.get(i))) {
        read[i] = Futures.join(reads.get(i), "while reading the trunks of account '" + account + "'");
      }
    }
    return read;
  }

  /** Cancels the reads still running or waiting, if any. */
  @Override
  public synchronized void close() {
    closed = true;
    reads.forEach(r -> r.cancel(true));
  }
}

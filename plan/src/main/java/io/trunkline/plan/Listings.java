package io.trunkline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lists a plan's accounts, at most {@code atOnce} at a time: the first on the caller's thread, the others, in order,
 * on up to {@code atOnce - 1} listing threads, which {@link #close()} stops; with 1, one after the other on the
 * caller's thread. {@link #await} waits for one account's listing, which the caller then compares while the later
 * accounts are still listed.
 *
 * <p>The listing threads are daemon threads shared by every plan of the JVM, kept {@value #IDLE_SECONDS} s after
 * their last listing: plans made one after the other (a plan, then a saved plan checked, a CLI's repeated runs)
 * start no thread each.
 */
final class Listings implements AutoCloseable {
  /** How long a listing thread waits for another plan's listing before it ends. */
  static final int IDLE_SECONDS = 30;

  private static final AtomicInteger STARTED = new AtomicInteger();
  private static final ExecutorService THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_SECONDS,
      TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
        Thread thread = new Thread(r, "trunkline-plan-list-" + STARTED.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });

  private final int atOnce;
  private final List<CompletableFuture<Void>> listed = new ArrayList<>();
  private final List<Future<?>> workers = new ArrayList<>();
  private volatile boolean closed;

  Listings(int atOnce) {
    this.atOnce = atOnce;
  }

  /**
   * Starts every listing, in order, then runs {@code first} and the first listing on this thread: returns once it is
   * done (or throws as it threw); with 1 at once, runs {@code first} and then every listing, one after the other.
   * {@code first} is work the listings wait for (they may read their first page meanwhile).
   */
  void start(List<Runnable> listings, Runnable first) {
    int others = Math.min(atOnce, listings.size()) - 1;
    if (others > 0) {
      listed.add(null);
      for (int i = 1; i < listings.size(); i++) {
        listed.add(new CompletableFuture<>());
      }
      AtomicInteger next = new AtomicInteger(1);
      for (int w = 0; w < others; w++) {
        workers.add(THREADS.submit(() -> listEach(listings, next)));
      }
      first.run();
      listings.get(0).run();
    } else {
      first.run();
      listings.forEach(Runnable::run);
    }
  }

  /** Runs the listings after the first, the next not yet taken each time, until none is left or this is closed. */
  private void listEach(List<Runnable> listings, AtomicInteger next) {
    for (int i = next.getAndIncrement(); i < listings.size() && !closed; i = next.getAndIncrement()) {
      try {
        listings.get(i).run();
        listed.get(i).complete(null);
      } catch (Throwable e) {
        listed.get(i).completeExceptionally(e);
      }
    }
  }

  /** Waits until the listing {@code i} (in the order started) is done; its failure thrown as it was thrown. */
  void await(int i, String account) {
    Future<?> listing = i < listed.size() ? listed.get(i) : null;
    if (listing != null) {
      Futures.join(listing, "while listing the trunks of account '" + account + "'");
    }
  }

  /** Stops the listings still running (interrupted) or waiting (never started), if any. */
  @Override
  public void close() {
    closed = true;
    workers.forEach(w -> w.cancel(true));
  }
}

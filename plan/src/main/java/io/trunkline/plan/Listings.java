package io.trunkline.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lists a plan's accounts, at most {@code atOnce} at a time: the first on the caller's thread, the others on up to
 * {@code atOnce - 1} daemon threads of their own, started with the plan and stopped by {@link #close()}; with 1, one
 * after the other on the caller's thread. {@link #await} waits for one account's listing, which the caller then
 * compares while the later accounts are still listed.
 */
final class Listings implements AutoCloseable {
  private final int atOnce;
  private final List<Future<?>> listed = new ArrayList<>();
  private ExecutorService executor;

  Listings(int atOnce) {
    this.atOnce = atOnce;
  }

  /**
   * Starts every listing, in order, and runs the first on this thread: returns once it is done (or throws as it
   * threw); with 1 at once, once all are done.
   */
  void start(List<Runnable> listings) {
    int others = Math.min(atOnce, listings.size()) - 1;
    if (others > 0) {
      AtomicInteger started = new AtomicInteger();
      executor = Executors.newFixedThreadPool(others, r -> {
        Thread thread = new Thread(r, "trunkline-plan-list-" + started.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
      listed.add(null);
      for (int i = 1; i < listings.size(); i++) {
        listed.add(executor.submit(listings.get(i)));
      }
      listings.get(0).run();
    } else {
      listings.forEach(Runnable::run);
    }
  }

  /** Waits until the listing {@code i} (in the order started) is done; its failure thrown as it was thrown. */
  void await(int i, String account) {
    Future<?> listing = i < listed.size() ? listed.get(i) : null;
    if (listing != null) {
      Futures.join(listing, "while listing the trunks of account '" + account + "'");
    }
  }

  /** Stops the listings still running or waiting, if any. */
  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
  }
}

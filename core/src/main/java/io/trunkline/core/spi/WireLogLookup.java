package io.trunkline.core.spi;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Looks the engine's logger up ahead of the first request, once per JVM, on a short-lived daemon thread started
 * when the first engine is made: SLF4J's first logger (finding and starting its provider) costs a fresh JVM several
 * milliseconds, which then overlap with opening the provider instead of delaying the first answer.
 *
 * <p>No line is lost and none changes: the logger is {@link WireLog}'s one constant, set by the JVM's class
 * initialization exactly once. A request that needs it while the lookup is under way waits for it; one that needs it
 * before the lookup started makes it itself (and the lookup then finds it made). Either way every line goes through
 * the same logger, at the level the application's logging set-up gives {@code io.trunkline.http}: a user enabling
 * DEBUG gets the first request's line as every later one.
 */
final class WireLogLookup {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private WireLogLookup() {}

  /** Starts the lookup, the first time only; if no thread can be started, the first request looks it up itself. */
  static void start() {
    if (STARTED.get() || STARTED.getAndSet(true)) {
      return;
    }
    try {
      Thread lookup = new Lookup();
      lookup.setDaemon(true);
      lookup.start();
    } catch (RuntimeException | OutOfMemoryError e) {
      // no thread to spare: the request's own thread initializes WireLog when it first logs
    }
  }

  /** The lookup's thread (a class, not a lambda: no lambda spun up in a fresh JVM for it). */
  private static final class Lookup extends Thread {
    Lookup() {
      super("trunkline-log-lookup");
    }

    @Override
    public void run() {
      try {
        WireLog.traceEnabled();
      } catch (RuntimeException | LinkageError e) {
        // the request's thread meets the same failure when it first logs, and reports it there
      }
    }
  }
}

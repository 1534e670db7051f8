package io.trunkline.core.spi;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import okhttp3.Call;

/**
 * Makes an OkHttp call end when its calling thread is interrupted. A thread blocked in a socket read does not
 * notice an interrupt, so while an attempt is in flight — waiting for the answer or reading its body — one shared
 * daemon watchdog looks at the calling thread every 20 ms and cancels the call (closing its socket) once the thread
 * is interrupted. The blocked read then fails at once; the interrupt flag is left set for the caller to see.
 * Watching a call costs an entry in a concurrent set, not a scheduled task; the watchdog sleeps while no call is
 * watched.
 */
final class InterruptibleCall implements AutoCloseable {
  private static final long CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
  private static final Set<InterruptibleCall> WATCHED = ConcurrentHashMap.newKeySet();
  private static final Thread WATCHDOG = watchdog();
  /** The watchdog is parked (or about to park) until a call is watched. */
  private static volatile boolean idle;

  private final Call call;
  private final Thread caller;

  private InterruptibleCall(Call call, Thread caller) {
    this.call = call;
    this.caller = caller;
  }

  /** Watches the current thread for an interrupt until {@link #close()}, cancelling {@code call} on one. */
  static InterruptibleCall watch(Call call) {
    InterruptibleCall watched = new InterruptibleCall(call, Thread.currentThread());
    WATCHED.add(watched);
    if (idle) {
      LockSupport.unpark(WATCHDOG);
    }
    return watched;
  }

  @Override
  public void close() {
    WATCHED.remove(this);
  }

  private static Thread watchdog() {
    Thread thread = new Watchdog();
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** The watchdog's thread (a class, not a method reference: one spun-up lambda less in a JVM's first request). */
  private static final class Watchdog extends Thread {
    Watchdog() {
      super("trunkline-interrupt-watchdog");
    }

    @Override
    public void run() {
      watchLoop();
    }
  }

  private static void watchLoop() {
    while (true) {
      Thread.interrupted();   // nothing interrupts the watchdog; were it done, park would not wait
      if (WATCHED.isEmpty()) {
        idle = true;
        // a call watched after this check sees idle set and unparks (a permit given before park is kept)
        if (WATCHED.isEmpty()) {
          LockSupport.park();
        }
        idle = false;
        continue;
      }
      // a call is checked after it has been watched for 0 to 20 ms, then every 20 ms
      LockSupport.parkNanos(CHECK_NANOS);
      for (InterruptibleCall watched : WATCHED) {
        if (watched.caller.isInterrupted()) {
          try {
            watched.call.cancel();
          } catch (RuntimeException e) {
            WireLog.LOG.debug("cancelling an interrupted call failed ({})", e.toString());
          }
        }
      }
    }
  }
}

package io.trunkline.core.spi;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;

/**
 * Makes an OkHttp call end when its calling thread is interrupted. A thread blocked in a socket read does not
 * notice an interrupt, so while an attempt is in flight — waiting for the answer or reading its body — one shared
 * daemon watchdog looks at the calling thread every 20 ms and cancels the call (closing its socket) once the thread
 * is interrupted. The blocked read then fails at once; the interrupt flag is left set for the caller to see.
 */
final class InterruptibleCall implements AutoCloseable {
  private static final long CHECK_MILLIS = 20;
  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

  private final ScheduledFuture<?> check;

  private InterruptibleCall(Call call, Thread caller) {
    this.check = WATCHDOG.scheduleWithFixedDelay(() -> {
      if (caller.isInterrupted()) {
        call.cancel();
      }
    }, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Watches the current thread for an interrupt until {@link #close()}, cancelling {@code call} on one. */
  static InterruptibleCall watch(Call call) {
    return new InterruptibleCall(call, Thread.currentThread());
  }

  @Override
  public void close() {
    check.cancel(false);
  }

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = new Thread(runnable, "trunkline-interrupt-watchdog");
      thread.setDaemon(true);
      return thread;
    });
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }
}

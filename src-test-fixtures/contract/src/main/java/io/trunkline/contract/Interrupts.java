package io.trunkline.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.error.TrunkTransportException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * "An interrupt ends the call promptly, flag kept", for any call a provider makes: the same check as core's
 * {@code HostileServerTest} makes of its engine.
 */
public final class Interrupts {
  private Interrupts() {}

  /**
   * Runs {@code call} on this thread and interrupts it {@code delayMs} after {@code trigger} completes: the call
   * ends within 2 s with a {@link TrunkTransportException} saying "interrupted", and the thread's interrupt flag
   * is kept.
   */
  public static void assertEndsPromptly(Callable<?> call, CompletableFuture<?> trigger, long delayMs) {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      Thread caller = Thread.currentThread();
      AtomicBoolean flagKept = new AtomicBoolean();
      trigger.thenRun(() -> timer.schedule(caller::interrupt, delayMs, TimeUnit.MILLISECONDS));
      long started = System.nanoTime();

      assertThatThrownBy(() -> {
        try {
          call.call();
        } finally {
          flagKept.set(Thread.interrupted());
        }
      }).isInstanceOf(TrunkTransportException.class).hasMessageContaining("interrupted");

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
      assertThat(flagKept).as("the interrupt flag is kept").isTrue();
    } finally {
      timer.shutdownNow();
    }
  }
}

package io.trunkline.core.spi;

import java.time.Duration;

/**
 * {@link Sleeper#SYSTEM}: {@link Thread#sleep}. A class, not a lambda: the constant is made when a JVM first
 * discovers its providers.
 */
final class ThreadSleeper implements Sleeper {
  @Override
  public void sleep(Duration duration) throws InterruptedException {
    Thread.sleep(duration.toMillis(), (int) (duration.toNanosPart() % 1_000_000));
  }
}

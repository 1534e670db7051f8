package io.trunkline.core.spi;

import java.time.Duration;

/** Waits between retry attempts. Tests put a recording one in place through {@link RetryTiming}. */
@FunctionalInterface
public interface Sleeper {
  /** The real one: {@link Thread#sleep}. */
  Sleeper SYSTEM = new ThreadSleeper();

  void sleep(Duration duration) throws InterruptedException;
}

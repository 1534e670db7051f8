package io.trunkline.core;

import java.time.Duration;

/** Waits between retry attempts. Tests inject a recording sleeper so they never sleep. */
@FunctionalInterface
public interface Sleeper {
  /** The real one: {@link Thread#sleep}. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis(), (int) (d.toNanosPart() % 1_000_000));

  void sleep(Duration duration) throws InterruptedException;
}

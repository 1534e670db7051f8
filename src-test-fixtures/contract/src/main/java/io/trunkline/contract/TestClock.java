package io.trunkline.contract;

import io.trunkline.core.spi.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock tests move by hand — or by sleeping through its {@link #sleeper()}, which records each wait and advances
 * the clock by it, so nothing really waits. Share it between a simulator and the provider under test.
 */
public final class TestClock extends Clock {
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private volatile Instant now;

  public TestClock(Instant start) {
    this.now = start;
  }

  /** Moves the clock forward. */
  public synchronized void advance(Duration by) {
    now = now.plus(by);
  }

  /** A sleeper that records the wait and advances this clock by it. */
  public Sleeper sleeper() {
    return wait -> {
      sleeps.add(wait);
      advance(wait);
    };
  }

  /** Every wait {@link #sleeper()} was asked for, in order. */
  public List<Duration> sleeps() {
    return sleeps;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}

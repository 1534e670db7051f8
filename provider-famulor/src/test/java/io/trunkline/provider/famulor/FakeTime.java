package io.trunkline.provider.famulor;

import io.trunkline.core.spi.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that moves only when its {@link #sleeper()} sleeps, which records each wait: no real waiting. */
final class FakeTime extends Clock {
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private Instant now;

  FakeTime(Instant start) {
    this.now = start;
  }

  /** Sleeping advances this clock by the wait. */
  Sleeper sleeper() {
    return wait -> {
      sleeps.add(wait);
      advance(wait);
    };
  }

  synchronized void advance(Duration by) {
    now = now.plus(by);
  }

  @Override
  public synchronized Instant instant() {
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

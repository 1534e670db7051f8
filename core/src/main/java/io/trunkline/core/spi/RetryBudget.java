package io.trunkline.core.spi;

import java.util.concurrent.atomic.AtomicInteger;

/** A token bucket: each retry spends one token, each success earns one back, so an outage is not amplified. */
final class RetryBudget {
  private final int capacity;
  private final AtomicInteger tokens;

  RetryBudget(int capacity) {
    this.capacity = capacity;
    this.tokens = new AtomicInteger(capacity);
  }

  boolean tryAcquire() {
    while (true) {
      int now = tokens.get();
      if (now <= 0) {
        return false;
      }
      if (tokens.compareAndSet(now, now - 1)) {
        return true;
      }
    }
  }

  void onSuccess() {
    while (true) {   // a loop, not updateAndGet: its lambda would be spun up by a JVM's first request
      int now = tokens.get();
      if (now >= capacity || tokens.compareAndSet(now, now + 1)) {
        return;
      }
    }
  }
}

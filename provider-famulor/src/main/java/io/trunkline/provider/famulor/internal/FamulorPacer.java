package io.trunkline.provider.famulor.internal;

import io.trunkline.core.error.ApiFailure;
import io.trunkline.core.error.TrunkConfigurationException;
import io.trunkline.core.error.TrunkRateLimitedException;
import io.trunkline.core.error.TrunkTransportException;
import io.trunkline.core.spi.Sleeper;
import io.trunkline.provider.famulor.FamulorClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Client-side pacing to Famulor's documented limits, so a busy caller waits instead of collecting 429s: before
 * each call, {@link #acquire} reserves the earliest instant at which sending keeps every limit (a sliding window:
 * at most {@code n} calls in any {@code window}) and waits until then. Callers are served in the order they
 * asked. One pacer per provider instance (it counts that instance's calls only). A rate-limit answer makes it
 * {@link #pause} every later call for the wait Famulor asked for.
 *
 * <p>The setting {@value #SETTING}: {@code on} (the default: 100 per 60 s and 20 per 10 s), {@code off}, or
 * limits such as {@code 100/60s,20/10s}. A wait longer than {@code maxWait} (the call's timeout) is not started:
 * the call fails with {@code TrunkRateLimitedException} and nothing is sent.
 */
final class FamulorPacer {
  static final String SETTING = FamulorClient.PACING;
  /** Famulor's authentication guide: 100 requests per minute, bursts of 20 per 10 seconds. */
  static final List<Limit> DOCUMENTED = List.of(new Limit(100, Duration.ofSeconds(60)),
      new Limit(20, Duration.ofSeconds(10)));
  private static final Pattern LIMIT = Pattern.compile("([1-9][0-9]{0,5})/([1-9][0-9]{0,5})s");

  private final List<Limit> limits;
  private final int longest;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration maxWait;
  /** The instants reserved for the latest calls, oldest first (at most {@link #longest}). */
  private final List<Instant> reserved = new ArrayList<>();
  private Instant pausedUntil = Instant.MIN;

  FamulorPacer(List<Limit> limits, Clock clock, Sleeper sleeper, Duration maxWait) {
    this.limits = List.copyOf(limits);
    this.longest = limits.stream().mapToInt(Limit::requests).max().orElse(0);
    this.clock = clock;
    this.sleeper = sleeper;
    this.maxWait = maxWait;
  }

  /** The pacer the setting asks for; {@code TrunkConfigurationException} for a value it cannot read. */
  static List<Limit> limits(Optional<String> setting) {
    String value = setting.map(String::trim).orElse("on");
    if (value.equals("on")) {
      return DOCUMENTED;
    }
    if (value.equals("off")) {
      return List.of();
    }
    List<Limit> limits = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      Matcher m = LIMIT.matcher(part.trim());
      if (!m.matches()) {
        throw new TrunkConfigurationException("provider 'famulor': the setting '" + SETTING + "' must be on, off"
            + " or limits such as 100/60s,20/10s");
      }
      limits.add(new Limit(Integer.parseInt(m.group(1)), Duration.ofSeconds(Long.parseLong(m.group(2)))));
    }
    return limits;
  }

  /** Waits until {@code method path} may be sent; throws (nothing sent) when that wait would pass the timeout. */
  void acquire(String method, String path) {
    Instant now = clock.instant();
    Instant at = reserve(now, method, path);
    Duration wait = Duration.between(now, at);
    if (wait.isZero() || wait.isNegative()) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TrunkTransportException("[famulor] " + method + " " + path + " was interrupted while waiting for"
          + " a free request under Famulor's rate limits; nothing was sent", method, path, 0, false, e);
    }
  }

  /** Whether client-side limits apply (the setting is not {@code off}). */
  boolean paces() {
    return !limits.isEmpty();
  }

  /**
   * Famulor said it is rate limited for {@code wait}: with limits, every later call waits it out; without limits
   * ({@code off}) only the caller waits (it is about to send its call once more).
   */
  void pause(Duration wait) throws InterruptedException {
    if (limits.isEmpty()) {
      sleeper.sleep(wait);
      return;
    }
    synchronized (this) {
      Instant until = clock.instant().plus(wait);
      pausedUntil = until.isAfter(pausedUntil) ? until : pausedUntil;
    }
  }

  private synchronized Instant reserve(Instant now, String method, String path) {
    if (limits.isEmpty() && !pausedUntil.isAfter(now)) {
      return now;
    }
    Instant at = latest(now, pausedUntil);
    if (!reserved.isEmpty()) {
      at = latest(at, reserved.get(reserved.size() - 1));
    }
    for (Limit limit : limits) {
      if (reserved.size() >= limit.requests()) {
        at = latest(at, reserved.get(reserved.size() - limit.requests()).plus(limit.window()));
      }
    }
    Duration wait = Duration.between(now, at);
    if (wait.compareTo(maxWait) > 0) {
      throw new TrunkRateLimitedException(ApiFailure.builder().provider("famulor").method(method).path(path)
          .status(429).attempts(0).retryAfter(wait)
          .note("not sent: Famulor's rate limits (setting '" + SETTING + "') leave no free request within the"
              + " call's timeout")
          .build());
    }
    if (longest > 0) {
      reserved.add(at);
      if (reserved.size() > longest) {
        reserved.remove(0);
      }
    }
    return at;
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** At most {@code requests} calls in any {@code window}. */
  record Limit(int requests, Duration window) {}
}

package io.trunkline.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import okhttp3.OkHttpClient;
import org.immutables.value.Value;

/**
 * How to reach one account at one vendor: base URL, credentials, the vendor's settings, timeouts, retries,
 * and optionally the caller's own {@link OkHttpClient} so that several providers share one connection pool.
 */
@Value.Immutable
public abstract class ProviderConfig {
  /** Scheme, host, port and optional path prefix; empty means the provider's default base URL. */
  public abstract Optional<String> baseUrl();

  public abstract Credentials credentials();

  /** Vendor settings by name ({@code account-id}, {@code property-sid}, …). */
  public abstract Map<String, String> settings();

  /** Per attempt. Default 5 s. */
  @Value.Default
  public Duration connectTimeout() {
    return Duration.ofSeconds(5);
  }

  /** Per read, per attempt. Default 30 s. */
  @Value.Default
  public Duration readTimeout() {
    return Duration.ofSeconds(30);
  }

  /** Per write, per attempt. Default 30 s. */
  @Value.Default
  public Duration writeTimeout() {
    return Duration.ofSeconds(30);
  }

  /** One attempt from start to end, body included. Default 30 s. */
  @Value.Default
  public Duration attemptTimeout() {
    return Duration.ofSeconds(30);
  }

  /** The whole call, retries and backoff included. Default 60 s. */
  @Value.Default
  public Duration callTimeout() {
    return Duration.ofSeconds(60);
  }

  @Value.Default
  public RetryPolicy retryPolicy() {
    return RetryPolicy.defaults();
  }

  /** The caller's client; the provider derives its own from it (sharing pool and dispatcher) and never closes it. */
  @Value.Auxiliary
  public abstract Optional<OkHttpClient> httpClient();

  /** Appended to the {@code User-Agent}. */
  public abstract Optional<String> userAgentSuffix();

  /** Allow plain {@code http://} to a host that is not loopback. Off by default: credentials travel in clear. */
  @Value.Default
  public boolean allowInsecureHttp() {
    return false;
  }

  /** The largest response body read, counted after decompression. Default 10 MiB. */
  @Value.Default
  public long maxResponseBytes() {
    return 10L * 1024 * 1024;
  }

  /** Waits between retries; tests pass a recording sleeper. */
  @Value.Default
  @Value.Auxiliary
  public Sleeper sleeper() {
    return Sleeper.SYSTEM;
  }

  /** The clock for deadlines and {@code Retry-After} dates. */
  @Value.Default
  @Value.Auxiliary
  public Clock clock() {
    return Clock.systemUTC();
  }

  /** The jitter source, a value in [0, 1); tests pin it. */
  @Value.Default
  @Value.Auxiliary
  public DoubleSupplier jitter() {
    return () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble();
  }

  /** The setting {@code name}, if present. */
  public Optional<String> setting(String name) {
    return Optional.ofNullable(settings().get(name));
  }

  @Value.Check
  void check() {
    for (Duration d : new Duration[] {connectTimeout(), readTimeout(), writeTimeout(), attemptTimeout(), callTimeout()}) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("timeouts must be positive");
      }
    }
    if (maxResponseBytes() <= 0) {
      throw new IllegalArgumentException("maxResponseBytes must be positive");
    }
    userAgentSuffix().ifPresent(s -> HeaderValues.requireNoControlChars("userAgentSuffix", s));
    settings().forEach((k, v) -> HeaderValues.requireNoControlChars("setting " + k, v));
  }

  public static ImmutableProviderConfig.Builder builder() {
    return ImmutableProviderConfig.builder();
  }
}

package io.trunkline.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
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

  /**
   * The caller's client; the provider derives its own from it with {@link OkHttpClient#newBuilder()} and never
   * closes or changes it. The derived client keeps everything of the caller's — interceptors and network
   * interceptors (Trunkline's own come after them), event listener, proxy and proxy selector, TLS (socket
   * factory, trust manager, hostname verifier, certificate pinner), DNS, dispatcher, connection pool, cookie jar,
   * cache — except the settings Trunkline owns, which it sets from this configuration because its retries,
   * deadlines and "was the write applied?" answers depend on them:
   * <ul>
   *   <li>connect, read and write timeouts: {@link #connectTimeout()}, {@link #readTimeout()},
   *       {@link #writeTimeout()};</li>
   *   <li>call timeout: off; {@link #attemptTimeout()} and {@link #callTimeout()} are enforced by Trunkline
   *       around each attempt and around the call with its retries;</li>
   *   <li>retry on connection failure: off, so that OkHttp never resends a write on its own; Trunkline retries
   *       by its {@link #retryPolicy()};</li>
   *   <li>redirects, plain and across schemes: not followed, so that credentials never travel to another
   *       address;</li>
   *   <li>DNS, only for a plain {@code http://} base URL accepted because its host is loopback (without
   *       {@link #allowInsecureHttp()}): the caller's DNS, wrapped so that only loopback addresses are used.</li>
   * </ul>
   * See docs/reliability.md.
   *
   * @return the caller's client, if one was given
   */
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

  // What one response may expand into, besides its bytes (see docs/reliability.md, "Memory is bounded").

  /**
   * The most elements one JSON array in a response may hold: the items of a page, or of a listing answered in one
   * response, and any list inside them. A longer array fails the call with
   * {@code TrunkResponseException} ({@code tooLarge()}). Default 10,000.
   */
  @Value.Default
  public int maxItemsPerPage() {
    return 10_000;
  }

  /**
   * The most JSON tokens read from one response body (a token is a name, a value, or the start or end of an object
   * or array: {@code {"id":1}} is four). It bounds what a body may expand into in memory — a compressed body of
   * tiny objects is small on the wire and huge as objects — counted as the body streams in. More fails the call
   * with {@code TrunkResponseException} ({@code tooLarge()}). Default 300,000: about 1,150 full PBX trunks, and at most some
   * 30 MB of objects, whatever their shape.
   */
  @Value.Default
  public long maxJsonTokens() {
    return 300_000;
  }

  /** The clock for deadlines and {@code Retry-After} dates. */
  @Value.Default
  @Value.Auxiliary
  public Clock clock() {
    return Clock.systemUTC();
  }

  /**
   * Told of every call this provider makes (start, each attempt, each retry and its reason, end and outcome), for
   * metrics: see {@link CallListener}, and the {@code trunkline-micrometer} module. Default {@link CallListener#NONE}.
   *
   * @return the listener
   */
  @Value.Default
  @Value.Auxiliary
  public CallListener listener() {
    return CallListener.NONE;
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
    if (maxItemsPerPage() <= 0 || maxJsonTokens() <= 0) {
      throw new IllegalArgumentException("maxItemsPerPage and maxJsonTokens must be positive");
    }
    // plain loops, not lambdas: each lambda is a class spun up when a JVM opens its first provider (cold start)
    if (userAgentSuffix().isPresent()) {
      HeaderValues.requireNoControlChars("userAgentSuffix", userAgentSuffix().get());
    }
    for (Map.Entry<String, String> setting : settings().entrySet()) {
      HeaderValues.requireNoControlChars("setting " + setting.getKey(), setting.getValue());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProviderConfig}; start one with {@link #builder()}. */
  public static final class Builder extends ImmutableProviderConfig.Builder {
    Builder() {}
  }
}

package io.trunkline.cli;

import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How calls reach a vendor, for every command that opens a provider: {@code --timeout} (the library's call
 * timeout), {@code --connect-timeout}, {@code --retries} (the retry policy's attempts less the first) and
 * {@code --allow-insecure-http}. A proxy comes from the JVM's standard properties ({@code https.proxyHost},
 * {@code https.proxyPort}, {@code http.proxyHost}, {@code http.proxyPort}, {@code http.nonProxyHosts},
 * {@code socksProxyHost}, {@code java.net.useSystemProxies}), which the HTTP client follows through
 * {@link java.net.ProxySelector#getDefault()}.
 */
final class ConnectionOptions {
  @Option(names = "--timeout", paramLabel = "DURATION", order = 20, converter = DurationConverter.class,
      description = "The longest one call to the vendor may take, retries and their waits included, such as 90s "
          + "or 2m (default: 60s). One attempt may then take as long too.")
  Duration timeout;

  @Option(names = "--connect-timeout", paramLabel = "DURATION", order = 21, converter = DurationConverter.class,
      description = "The longest opening a connection may take, per attempt, such as 2s or 500ms (default: 5s).")
  Duration connectTimeout;

  @Option(names = "--retries", paramLabel = "N", order = 22,
      description = "Retries of a call that failed on the network or with 408, 429, 5xx, for calls safe to repeat "
          + "(default: 2; 0 turns retries off).")
  Integer retries;

  @Option(names = "--allow-insecure-http", order = 23,
      description = "Allow a plain http:// base URL to a host that is not this machine (credentials then travel "
          + "in clear).")
  boolean allowInsecureHttp;

  /** {@code config} with what these options set; options not given keep the library's defaults. */
  ProviderConfig apply(ProviderConfig config) {
    if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
      throw new UsageException("--timeout must be more than 0, such as 90s");
    }
    if (connectTimeout != null && (connectTimeout.isZero() || connectTimeout.isNegative())) {
      throw new UsageException("--connect-timeout must be more than 0, such as 2s");
    }
    if (retries != null && (retries < 0 || retries > 20)) {
      throw new UsageException("--retries must be 0 to 20, not " + retries);
    }
    Duration call = timeout != null ? timeout : config.callTimeout();
    RetryPolicy retry = retries == null ? config.retryPolicy()
        : RetryPolicy.builder().from(config.retryPolicy()).maxAttempts(retries + 1).build();
    try {
      // one chain: the generated builder type is core's business, not named here
      return ProviderConfig.builder().from(config)
          .callTimeout(call)
          .attemptTimeout(longer(config.attemptTimeout(), timeout))
          .readTimeout(longer(config.readTimeout(), timeout))
          .writeTimeout(longer(config.writeTimeout(), timeout))
          .connectTimeout(connectTimeout != null ? connectTimeout : config.connectTimeout())
          .retryPolicy(retry)
          .allowInsecureHttp(allowInsecureHttp || config.allowInsecureHttp())
          .build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }

  /** The longer of {@code base} and {@code other}; {@code base} when {@code other} is null. */
  private static Duration longer(Duration base, Duration other) {
    return other != null && other.compareTo(base) > 0 ? other : base;
  }

  /** {@code 90}, {@code 90s}, {@code 500ms}, {@code 2m}, {@code 1h}, or ISO-8601 ({@code PT1M30S}). */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern SIMPLE = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?");

    @Override
    public Duration convert(String value) {
      String text = value.trim().toLowerCase(Locale.ROOT);
      Matcher m = SIMPLE.matcher(text);
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        switch (unit) {
          case "ms":
            return Duration.ofMillis(n);
          case "m":
            return Duration.ofMinutes(n);
          case "h":
            return Duration.ofHours(n);
          default:
            return Duration.ofSeconds(n);
        }
      }
      try {
        return Duration.parse(value.trim().toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException(
            "'" + Errors.oneLine(value) + "' is not a duration such as 30s, 500ms or 2m");
      }
    }
  }
}

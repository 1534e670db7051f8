package io.trunkline.core.spi;

import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Says once, at debug, which settings of a caller's {@link OkHttpClient} a provider's own client overrides (the
 * ones Trunkline owns: timeouts, call timeout, retry on connection failure, redirects, and DNS for plain http to
 * loopback), with the caller's value and Trunkline's — only those that differ.
 */
final class OverriddenSettings {
  private OverriddenSettings() {}

  static void log(String provider, OkHttpClient callers, OkHttpClient derived) {
    if (!WireLog.LOG.isDebugEnabled()) {
      return;
    }
    List<String> changed = changed(callers, derived);
    if (!changed.isEmpty()) {
      WireLog.LOG.debug("[{}] the caller's OkHttpClient is kept, but Trunkline overrides {} (see ProviderConfig"
          + ".httpClient)", provider, String.join(", ", changed));
    }
  }

  /** Each owned setting that differs, as {@code name: caller's value -> Trunkline's}. */
  static List<String> changed(OkHttpClient callers, OkHttpClient derived) {
    List<String> changed = new ArrayList<>();
    millis(changed, "connectTimeout", callers.connectTimeoutMillis(), derived.connectTimeoutMillis());
    millis(changed, "readTimeout", callers.readTimeoutMillis(), derived.readTimeoutMillis());
    millis(changed, "writeTimeout", callers.writeTimeoutMillis(), derived.writeTimeoutMillis());
    millis(changed, "callTimeout", callers.callTimeoutMillis(), derived.callTimeoutMillis());
    flag(changed, "retryOnConnectionFailure", callers.retryOnConnectionFailure(), derived.retryOnConnectionFailure());
    flag(changed, "followRedirects", callers.followRedirects(), derived.followRedirects());
    flag(changed, "followSslRedirects", callers.followSslRedirects(), derived.followSslRedirects());
    if (callers.dns() != derived.dns()) {
      changed.add("dns: the caller's -> the caller's, keeping loopback addresses only");
    }
    return changed;
  }

  private static void millis(List<String> changed, String name, int callers, int derived) {
    if (callers != derived) {
      changed.add(name + ": " + shown(callers) + " -> " + shown(derived));
    }
  }

  private static String shown(int millis) {
    return millis == 0 ? "none" : millis + " ms";
  }

  private static void flag(List<String> changed, String name, boolean callers, boolean derived) {
    if (callers != derived) {
      changed.add(name + ": " + callers + " -> " + derived);
    }
  }
}

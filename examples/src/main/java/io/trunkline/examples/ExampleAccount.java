package io.trunkline.examples;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.testing.VendorSimulator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import okhttp3.OkHttpClient;

/**
 * Where the examples get an account. By default, the vendor's simulator from {@code trunkline-simulators}
 * (found through {@link ServiceLoader} by provider id), started on 127.0.0.1 and filled with sample data, so every
 * example runs offline. To run against a real account instead, set in the environment:
 *
 * <pre>
 * TRUNKLINE_TOKEN or TRUNKLINE_API_KEY or TRUNKLINE_USER + TRUNKLINE_PASSWORD   the credentials
 * TRUNKLINE_BASE_URL                                                            optional for vendors with a public host
 * TRUNKLINE_SETTINGS=property-sid=PS1  or  account-id=UUID                       the provider's settings, if it needs any
 * </pre>
 *
 * Your own code needs none of this: it builds a {@link ProviderConfig} and calls {@link Trunkline#open}.
 */
public final class ExampleAccount implements AutoCloseable {
  private final VendorSimulator simulator;
  private final TrunkProvider provider;

  private ExampleAccount(VendorSimulator simulator, TrunkProvider provider) {
    this.simulator = simulator;
    this.provider = provider;
  }

  /** Opens {@code providerId}: the real account from the environment if one is set, else its simulator. */
  public static ExampleAccount open(String providerId) {
    return open(providerId, null);
  }

  /** Like {@link #open(String)}, on the caller's {@code shared} HTTP client (its connection pool and threads). */
  public static ExampleAccount open(String providerId, OkHttpClient shared) {
    Trunkline trunkline = Trunkline.discover();
    Optional<ProviderConfig> real = realAccount();
    if (real.isPresent()) {
      return new ExampleAccount(null, trunkline.open(providerId, withClient(real.get(), shared)));
    }
    VendorSimulator simulator = simulator(providerId).orElseThrow(() -> new IllegalStateException(
        "no simulator for '" + providerId + "' on the classpath, and no real account in the environment"));
    simulator.start();
    simulator.seedDemoData();
    try {
      return new ExampleAccount(simulator, trunkline.open(providerId, withClient(simulator.config(), shared)));
    } catch (RuntimeException e) {
      simulator.close();
      throw e;
    }
  }

  /** The simulator for {@code providerId} on the classpath, not yet started. */
  public static Optional<VendorSimulator> simulator(String providerId) {
    for (VendorSimulator simulator : ServiceLoader.load(VendorSimulator.class)) {
      if (simulator.providerId().equals(providerId)) {
        return Optional.of(simulator);
      }
    }
    return Optional.empty();
  }

  public TrunkProvider provider() {
    return provider;
  }

  /** True when this is a simulator, not a real account. */
  public boolean simulated() {
    return simulator != null;
  }

  /** "simulator at http://127.0.0.1:PORT" or "real account". */
  public String describe() {
    return simulated() ? "simulator at " + simulator.baseUrl() : "real account";
  }

  @Override
  public void close() {
    provider.close();
    if (simulator != null) {
      simulator.close();
    }
  }

  private static ProviderConfig withClient(ProviderConfig config, OkHttpClient shared) {
    return shared == null ? config : ProviderConfig.builder().from(config).httpClient(shared).build();
  }

  /** The account the environment describes, if it has credentials. */
  static Optional<ProviderConfig> realAccount() {
    Map<String, String> env = System.getenv();
    Credentials credentials;
    if (set(env, "TRUNKLINE_TOKEN")) {
      credentials = Credentials.bearer(env.get("TRUNKLINE_TOKEN"));
    } else if (set(env, "TRUNKLINE_API_KEY")) {
      credentials = Credentials.apiKey(Secret.of(env.get("TRUNKLINE_API_KEY")));
    } else if (set(env, "TRUNKLINE_USER") && set(env, "TRUNKLINE_PASSWORD")) {
      credentials = Credentials.userPassword(env.get("TRUNKLINE_USER"), Secret.of(env.get("TRUNKLINE_PASSWORD")));
    } else {
      return Optional.empty();
    }
    Map<String, String> settings = new LinkedHashMap<>();
    if (set(env, "TRUNKLINE_SETTINGS")) {
      for (String pair : env.get("TRUNKLINE_SETTINGS").split(",")) {
        String[] kv = pair.split("=", 2);
        if (kv.length == 2) {
          settings.put(kv[0].trim(), kv[1].trim());
        }
      }
    }
    return Optional.of(ProviderConfig.builder()
        .baseUrl(Optional.ofNullable(env.get("TRUNKLINE_BASE_URL")).filter(s -> !s.isBlank()))
        .credentials(credentials)
        .settings(settings)
        .build());
  }

  private static boolean set(Map<String, String> env, String name) {
    return env.get(name) != null && !env.get(name).isBlank();
  }
}

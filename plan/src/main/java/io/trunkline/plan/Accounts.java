package io.trunkline.plan;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The providers of a desired state's accounts, opened with their {@code env:NAME} references resolved. Close it to
 * close them all.
 *
 * <pre>{@code
 * try (Accounts accounts = Accounts.open(desired, Trunkline.discover(), System.getenv())) { … }
 * }</pre>
 */
public final class Accounts implements AutoCloseable {
  private final Map<String, TrunkProvider> providers;
  private final Environment environment;

  private Accounts(Map<String, TrunkProvider> providers, Environment environment) {
    this.providers = providers;
    this.environment = environment;
  }

  /** Opens every account of {@code desired}; an unset variable fails before any account is opened. */
  public static Accounts open(DesiredState desired, Trunkline trunkline, Map<String, String> environment) {
    Environment env = new Environment(environment);
    Map<String, ProviderConfig> configs = new LinkedHashMap<>();
    for (int i = 0; i < desired.accounts().size(); i++) {
      AccountSpec account = desired.accounts().get(i);
      configs.put(account.id(), config("accounts[" + i + "]", account, env));
    }
    Map<String, TrunkProvider> providers = new LinkedHashMap<>();
    try {
      for (AccountSpec account : desired.accounts()) {
        providers.put(account.id(), trunkline.open(account.provider(), configs.get(account.id())));
      }
    } catch (RuntimeException e) {
      providers.values().forEach(TrunkProvider::close);
      throw e;
    }
    return new Accounts(providers, env);
  }

  /** Wraps providers the caller opened (and closes them on {@link #close()}). */
  public static Accounts of(Map<String, TrunkProvider> providers, Map<String, String> environment) {
    return new Accounts(new LinkedHashMap<>(providers), new Environment(environment));
  }

  /** The provider of the account {@code id}. */
  public Optional<TrunkProvider> provider(String id) {
    return Optional.ofNullable(providers.get(id));
  }

  Environment environment() {
    return environment;
  }

  static ProviderConfig config(String at, AccountSpec account, Environment env) {
    Map<String, String> creds = account.credentials();
    Credentials credentials;
    if (creds.containsKey("token")) {
      credentials = Credentials.bearer(Secret.of(env.resolve(at + ".credentials.token", creds.get("token"))));
    } else if (creds.containsKey("apiKey")) {
      credentials = Credentials.apiKey(Secret.of(env.resolve(at + ".credentials.apiKey", creds.get("apiKey"))));
    } else {
      credentials = Credentials.userPassword(env.resolve(at + ".credentials.user", creds.get("user")),
          Secret.of(env.resolve(at + ".credentials.password", creds.get("password"))));
    }
    Map<String, String> settings = new LinkedHashMap<>();
    account.settings().forEach((k, v) -> settings.put(k, env.resolve(at + ".settings." + k, v)));
    return ProviderConfig.builder()
        .baseUrl(account.baseUrl().map(u -> env.resolve(at + ".baseUrl", u)))
        .credentials(credentials)
        .settings(settings)
        .userAgentSuffix("trunkline-plan")
        .build();
  }

  @Override
  public void close() {
    RuntimeException first = null;
    for (TrunkProvider provider : providers.values()) {
      try {
        provider.close();
      } catch (RuntimeException e) {
        if (first == null) {
          first = e;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}

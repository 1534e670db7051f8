package io.trunkline.cli;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.Secret;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.Trunkline;
import io.trunkline.core.error.TrunkConfigurationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that open one account at one provider: {@code --provider}, {@code --base-url}, the credentials
 * (flags or {@code TRUNKLINE_TOKEN}, {@code TRUNKLINE_API_KEY}, {@code TRUNKLINE_PASSWORD}) and
 * {@code --setting key=value}.
 */
final class ProviderOptions {
  static final String ENV_TOKEN = "TRUNKLINE_TOKEN";
  static final String ENV_API_KEY = "TRUNKLINE_API_KEY";
  static final String ENV_PASSWORD = "TRUNKLINE_PASSWORD";

  @Option(names = {"-p", "--provider"}, required = true, paramLabel = "ID", order = 1,
      description = "The provider id, such as pbx or flex (see 'trunkline providers').")
  String provider;

  @Option(names = "--base-url", paramLabel = "URL", order = 2,
      description = "Scheme, host, port and optional path prefix of the vendor API. Default: the vendor's public "
          + "host; required for self-hosted APIs.")
  String baseUrl;

  @Option(names = "--token", paramLabel = "TOKEN", order = 3,
      description = "Bearer token. Better: the environment variable " + ENV_TOKEN
          + " (arguments are visible to other users of this machine).")
  String token;

  @Option(names = "--api-key", paramLabel = "KEY", order = 4,
      description = "API key. Better: the environment variable " + ENV_API_KEY + ".")
  String apiKey;

  @Option(names = "--user", paramLabel = "USER", order = 5, description = "User name, with a password.")
  String user;

  @Option(names = "--password", paramLabel = "PASSWORD", order = 6,
      description = "Password for --user. Better: the environment variable " + ENV_PASSWORD + ".")
  String password;

  @Option(names = "--setting", paramLabel = "KEY=VALUE", order = 7,
      description = "A provider setting, such as property-sid=PS... or account-id=UUID (repeatable; "
          + "see 'trunkline providers').")
  Map<String, String> settings = new LinkedHashMap<>();

  @Mixin
  ConnectionOptions connection = new ConnectionOptions();

  /** Opens the provider these options name; the caller closes it. */
  TrunkProvider open(CliContext ctx) {
    Trunkline trunkline = ctx.trunkline();
    ProviderMetadata metadata = trunkline.metadata(provider).orElseThrow(() -> unknownProvider(trunkline, provider));
    warnAboutUnknownSettings(ctx, metadata);
    Credentials credentials = credentials(ctx, metadata);
    ProviderConfig config;
    try {
      config = ProviderConfig.builder()
          .baseUrl(Optional.ofNullable(baseUrl))
          .credentials(credentials)
          .putAllSettings(settings)
          .userAgentSuffix("trunkline-cli")
          .build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
    return trunkline.open(provider, connection.apply(config));
  }

  /**
   * The message {@code Trunkline.open} gives, without needing a config first, and for a typo the provider meant:
   * {@code unknown provider 'flx' (did you mean 'flex'?); available: …}.
   */
  static TrunkConfigurationException unknownProvider(Trunkline trunkline, String id) {
    List<String> ids = trunkline.providers().stream().map(ProviderMetadata::id).toList();
    return new TrunkConfigurationException("unknown provider '" + Errors.oneLine(id) + "'"
        + meant(id, ids).map(m -> " (did you mean '" + m + "'?)").orElse("") + "; available: "
        + (ids.isEmpty() ? "none (no provider module on the classpath)" : String.join(", ", ids)));
  }

  /** The provider id closest to {@code typed}, if one is close: a typo or two, another case, or a prefix. */
  static Optional<String> meant(String typed, List<String> ids) {
    String lower = typed.toLowerCase(java.util.Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String id : ids) {
      int d = id.equals(lower) || (lower.length() >= 3 && id.startsWith(lower)) ? 0 : Main.distance(lower, id);
      if (d < bestDistance) {
        best = id;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(1, typed.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  /**
   * The credentials: flags first (only one kind may be given), else the environment variables, keeping only the
   * kinds the provider accepts.
   */
  Credentials credentials(CliContext ctx, ProviderMetadata metadata) {
    List<String> given = new ArrayList<>();
    if (token != null) {
      given.add("--token");
    }
    if (apiKey != null) {
      given.add("--api-key");
    }
    if (user != null) {
      given.add("--user");
    }
    if (given.size() > 1) {
      throw new UsageException("give one kind of credentials, not " + String.join(" and ", given));
    }
    if (password != null && user == null) {
      throw new UsageException("--password needs --user");
    }
    if (token != null) {
      return Credentials.bearer(secret("--token", token));
    }
    if (apiKey != null) {
      return Credentials.apiKey(secret("--api-key", apiKey));
    }
    if (user != null) {
      String pass = password != null ? password : ctx.env(ENV_PASSWORD);
      if (pass == null) {
        throw new UsageException("--user needs a password: --password or the environment variable " + ENV_PASSWORD);
      }
      if (user.isBlank()) {
        throw new UsageException("--user must not be blank");
      }
      return Credentials.userPassword(user, secret("--password", pass));
    }
    Map<Credentials.Kind, Credentials> fromEnv = new LinkedHashMap<>();
    Optional.ofNullable(ctx.env(ENV_TOKEN)).ifPresent(t -> fromEnv.put(Credentials.Kind.BEARER, Credentials.bearer(t)));
    Optional.ofNullable(ctx.env(ENV_API_KEY))
        .ifPresent(k -> fromEnv.put(Credentials.Kind.API_KEY, Credentials.apiKey(Secret.of(k))));
    for (Map.Entry<Credentials.Kind, Credentials> entry : fromEnv.entrySet()) {
      if (metadata.credentialKinds().contains(entry.getKey())) {
        return entry.getValue();
      }
    }
    Credentials own;
    try {
      own = Credentials.fromEnvironment(metadata.id(), ctx.environment());
    } catch (TrunkConfigurationException e) {
      throw new UsageException("provider '" + metadata.id() + "' needs credentials: " + howTo(metadata)
          + "; or the provider's own variables (" + e.getMessage() + ")");
    }
    if (!metadata.credentialKinds().contains(own.kind())) {
      throw new UsageException("provider '" + metadata.id() + "' does not take " + own.kind()
          + " credentials from the environment: " + howTo(metadata));
    }
    return own;
  }

  /** How to pass the credential kinds {@code metadata} accepts. */
  static String howTo(ProviderMetadata metadata) {
    List<String> ways = new ArrayList<>();
    for (Credentials.Kind kind : new TreeSet<>(metadata.credentialKinds())) {
      switch (kind) {
        case BEARER:
          ways.add("--token or " + ENV_TOKEN);
          break;
        case API_KEY:
          ways.add("--api-key or " + ENV_API_KEY);
          break;
        case USER_PASSWORD:
        default:
          ways.add("--user with --password or " + ENV_PASSWORD);
          break;
      }
    }
    return ways.isEmpty() ? "none accepted" : String.join("; or ", ways);
  }

  private static Secret secret(String option, String value) {
    if (value.isEmpty()) {
      throw new UsageException(option + " must not be empty");
    }
    return Secret.of(value);
  }

  private void warnAboutUnknownSettings(CliContext ctx, ProviderMetadata metadata) {
    TreeSet<String> known = new TreeSet<>(metadata.requiredSettings());
    known.addAll(metadata.optionalSettings());
    for (String name : settings.keySet()) {
      if (!known.contains(name)) {
        ctx.err().println("trunkline: warning: provider '" + metadata.id() + "' does not use the setting '"
            + Errors.oneLine(name) + "'" + (known.isEmpty() ? "; it has none" : "; it knows " + String.join(", ", known)));
      }
    }
  }
}

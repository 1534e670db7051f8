package io.trunkline.core.spi;

import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.ProviderMetadata;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * What a provider instance stands on: its metadata, the checked config, and the {@link HttpEngine}. Built by a
 * factory's {@code create}; every check of the config happens here, so a provider opened directly through its
 * factory is checked exactly like one opened through {@code Trunkline.open}.
 */
public final class ProviderContext implements AutoCloseable {
  private static final String VERSION = readVersion();

  /** The metadata the config is checked against: the provider's, or the part of it opening needs. */
  private final ProviderMetadata metadata;
  /** Where the complete metadata comes from when {@link #metadata} is only that part; else null. */
  private final TrunkProviderFactory described;
  private final ProviderConfig config;
  private final HttpEngine http;

  private ProviderContext(Builder b) {
    this.metadata = b.metadata;
    this.described = b.described;
    this.config = b.config;
    checkSettings();
    checkCredentials();
    HttpUrl baseUrl = baseUrl();
    String agent = userAgent(metadata.id(), config);
    if (b.apiKeyAsBearer && config.credentials().kind() == Credentials.Kind.API_KEY
        && config.credentials().name().filter(h -> !h.equalsIgnoreCase("Authorization")).isPresent()) {
      throw new TrunkConfigurationException("provider '" + metadata.id() + "' sends its API key as"
          + " 'Authorization: Bearer <key>'; an API key for the header '" + config.credentials().name().get()
          + "' cannot be used (pass Credentials.apiKey(key) or Credentials.bearer(key))");
    }
    Function<HttpEngine, RequestAuthorizer> authorizer = b.authorizer != null
        ? b.authorizer
        : engine -> defaultAuthorizer(config.credentials(), b.apiKeyHeader, b.apiKeyAsBearer);
    List<String> secrets = new ArrayList<>();
    for (Secret s : config.credentials().secrets()) {
      secrets.add(s.reveal());
    }
    Credentials credentials = config.credentials();
    if (credentials.kind() == Credentials.Kind.USER_PASSWORD && credentials.name().isPresent()) {
      // the HTTP Basic form, masked even where the provider signs in instead: an echo of it is still the password
      secrets.add(java.util.Base64.getEncoder().encodeToString((credentials.name().get() + ":"
          + credentials.secret().reveal()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    ErrorDecoder decoder = b.errorDecoderSet ? b.errorDecoder : ErrorDecoder.GENERIC;
    this.http = new HttpEngine(metadata.id(), baseUrl, config, decoder, authorizer, agent, secrets);
  }

  public static Builder builder(ProviderMetadata metadata, ProviderConfig config) {
    return new Builder(metadata, null, config);
  }

  /**
   * For a factory whose complete metadata is costly: the config is checked against {@code base} (the provider's
   * id, credential kinds, settings and default endpoint, as in the complete metadata), and {@link #metadata()} is
   * {@code described.metadata()}, made when first asked for.
   */
  static Builder builder(ProviderMetadata base, TrunkProviderFactory described, ProviderConfig config) {
    return new Builder(base, described, config);
  }

  public ProviderMetadata metadata() {
    return described != null ? described.metadata() : metadata;
  }

  /** The provider's id, {@code metadata().id()}. */
  String id() {
    return metadata.id();
  }

  public ProviderConfig config() {
    return config;
  }

  public HttpEngine http() {
    return http;
  }

  /** A required setting (checked present when the context was built). */
  public String setting(String name) {
    return config.setting(name).orElseThrow(() -> new TrunkConfigurationException(
        "provider '" + metadata.id() + "' needs the setting '" + name + "'"));
  }

  /** Trunkline's version, for user agents and diagnostics. */
  public static String version() {
    return VERSION;
  }

  @Override
  public void close() {
    http.close();
  }

  private void checkSettings() {
    TreeSet<String> missing = new TreeSet<>();
    for (String name : metadata.requiredSettings()) {
      Optional<String> value = config.setting(name);
      if (value.isEmpty() || value.get().isBlank()) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      throw new TrunkConfigurationException("provider '" + metadata.id() + "' needs the setting"
          + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
    }
  }

  private void checkCredentials() {
    Credentials.Kind kind = config.credentials().kind();
    if (!metadata.credentialKinds().contains(kind)) {
      throw new TrunkConfigurationException("provider '" + metadata.id() + "' does not accept " + kind
          + " credentials; it accepts " + metadata.credentialKinds());
    }
    for (Secret secret : config.credentials().secrets()) {
      if (ControlCharacters.in(secret.reveal())) {
        throw new TrunkConfigurationException("the credentials for provider '" + metadata.id()
            + "' contain a control character (such as CR or LF); they were not used");
      }
    }
  }

  private HttpUrl baseUrl() {
    Optional<String> given = config.baseUrl();
    Optional<String> url = given.isPresent() ? given : metadata.defaultBaseUrl();
    if (url.isEmpty()) {
      throw new TrunkConfigurationException(
          "provider '" + metadata.id() + "' has no public endpoint: set the base URL of your installation");
    }
    String text = url.get();
    return BaseUrl.check(metadata.id(), text, config.allowInsecureHttp());
  }

  /** {@code trunkline/<version> (<provider>; java/<version>)} and the config's suffix, if any. */
  private static String userAgent(String provider, ProviderConfig config) {
    StringBuilder agent = new StringBuilder(64).append("trunkline/").append(VERSION).append(" (").append(provider)
        .append("; java/").append(System.getProperty("java.version")).append(')');
    Optional<String> suffix = config.userAgentSuffix();
    if (suffix.isPresent()) {
      agent.append(' ').append(suffix.get());
    }
    return agent.toString();
  }

  private static RequestAuthorizer defaultAuthorizer(Credentials credentials, String apiKeyHeader,
      boolean apiKeyAsBearer) {
    String bearer = "Bearer " + credentials.secret().reveal();
    switch (credentials.kind()) {
      case BEARER:
        return request -> request.header("Authorization", bearer);
      case API_KEY:
        if (apiKeyAsBearer) {
          return request -> request.header("Authorization", bearer);
        }
        String header = credentials.name().orElse(apiKeyHeader);
        return request -> request.header(header, credentials.secret().reveal());
      case USER_PASSWORD:
      default:
        String basic = "Basic " + Base64.getEncoder().encodeToString(
            (credentials.name().orElseThrow() + ":" + credentials.secret().reveal())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return request -> request.header("Authorization", basic);
    }
  }

  private static String readVersion() {
    try (InputStream in = ProviderContext.class.getResourceAsStream("/io/trunkline/core/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("version", "dev");
      return v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      return "dev";
    }
  }

  /** Builds a {@link ProviderContext}. */
  public static final class Builder {
    private final ProviderMetadata metadata;
    private final TrunkProviderFactory described;
    private final ProviderConfig config;
    /**
     * The decoder given, if {@link #errorDecoderSet}; else {@link ErrorDecoder#GENERIC}, read only then: reading it
     * initializes {@code ErrorDecoder} and spins its lambda, which a provider with its own decoder never uses.
     */
    private ErrorDecoder errorDecoder;
    private boolean errorDecoderSet;
    private Function<HttpEngine, RequestAuthorizer> authorizer;
    private String apiKeyHeader = "X-Api-Key";
    private boolean apiKeyAsBearer;

    private Builder(ProviderMetadata metadata, TrunkProviderFactory described, ProviderConfig config) {
      this.metadata = metadata;
      this.described = described;
      this.config = config;
    }

    /**
     * The config the provider is being opened with: for a vendor whose {@link #authorizer} signs in with its
     * credentials and settings.
     */
    public ProviderConfig config() {
      return config;
    }

    /** Reads the vendor's error body. Default: {@link ErrorDecoder#GENERIC}. */
    public Builder errorDecoder(ErrorDecoder decoder) {
      this.errorDecoder = decoder;
      this.errorDecoderSet = true;
      return this;
    }

    /** Replaces the credential handling, for a vendor with a sign-in; gets the engine to sign in with. */
    public Builder authorizer(Function<HttpEngine, RequestAuthorizer> factory) {
      this.authorizer = factory;
      return this;
    }

    /** The header for API-key credentials that name none. Default {@code X-Api-Key}. */
    public Builder apiKeyHeader(String header) {
      this.apiKeyHeader = header;
      return this;
    }

    /**
     * For vendors whose API key is a bearer token: API-key credentials are sent as {@code Authorization: Bearer};
     * an API key naming another header is refused when the provider is opened.
     */
    public Builder apiKeyAsBearer() {
      this.apiKeyAsBearer = true;
      return this;
    }

    /** Checks the config and builds; fails with {@link TrunkConfigurationException}. */
    public ProviderContext build() {
      return new ProviderContext(this);
    }
  }
}

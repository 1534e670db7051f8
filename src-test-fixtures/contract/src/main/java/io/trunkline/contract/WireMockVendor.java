package io.trunkline.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.trunkline.core.Credentials;
import io.trunkline.core.ProviderConfig;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.spi.TrunkProviderFactory;
import io.trunkline.core.spi.RetryTiming;
import io.trunkline.testing.Payloads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock server on loopback standing in for a vendor, and providers pointed at it, for a provider's
 * request/answer tests.
 *
 * <p>Providers opened here get the given credentials, a sleeper that only records ({@link #sleeps()}), jitter
 * fixed at 1.0, a 100 ms retry base delay and read timeouts generous enough for a loaded machine. Register it as a
 * static JUnit 5 extension: the server starts before the class, {@link #reset()} runs after each test and
 * {@link #close()} after the class.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final WireMockVendor<FlexProvider> fx =
 *     WireMockVendor.of(new FlexProviderFactory(), FlexProvider.class, Credentials.bearer(KEY)).payloads("flex");
 *
 * @Test
 * void get() {
 *   fx.server().stubFor(get(urlEqualTo("/v1/trunks/293")).willReturn(okJson(fx.payload("trunk.json"))));
 *   assertThat(fx.provider().get("293").name()).contains("My trunk");
 *   assertThat(fx.onlyRequest().getHeader("Authorization")).isEqualTo("Bearer " + KEY);
 * }
 * }</pre>
 *
 * @param <P> the module's provider type
 */
public final class WireMockVendor<P extends TrunkProvider>
    implements BeforeAllCallback, AfterEachCallback, AfterAllCallback, AutoCloseable {
  private final TrunkProviderFactory factory;
  private final Class<P> type;
  private final Credentials credentials;
  private final List<Consumer<ProviderConfig.Builder>> defaults = new ArrayList<>();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final List<P> opened = new CopyOnWriteArrayList<>();
  private String payloadFolder = "";
  private WireMockServer server;
  private P provider;

  private WireMockVendor(TrunkProviderFactory factory, Class<P> type, Credentials credentials) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.type = Objects.requireNonNull(type, "type");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  /** A vendor whose providers {@code factory} opens as {@code type}, signed in with {@code credentials}. */
  public static <P extends TrunkProvider> WireMockVendor<P> of(
      TrunkProviderFactory factory, Class<P> type, Credentials credentials) {
    return new WireMockVendor<>(factory, type, credentials);
  }

  /** Adds settings every {@link #config()} starts with (account ids, a fixed clock, another retry policy...). */
  public WireMockVendor<P> configure(Consumer<ProviderConfig.Builder> settings) {
    defaults.add(Objects.requireNonNull(settings, "settings"));
    return this;
  }

  /** Where {@link #payload(String)} reads: {@code io/trunkline/testing/<folder>/} (see {@link Payloads}). */
  public WireMockVendor<P> payloads(String folder) {
    this.payloadFolder = folder + "/";
    return this;
  }

  /** Starts the server on a free loopback port; does nothing when it runs already. */
  public synchronized WireMockVendor<P> start() {
    if (server == null) {
      server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
      server.start();
    }
    return this;
  }

  /** The running server, to stub answers and verify requests. */
  public WireMockServer server() {
    return start().server;
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server().port();
  }

  /** A config pointed at the server, with the credentials, the test timings and the {@link #configure} settings. */
  public ProviderConfig.Builder config() {
    ProviderConfig.Builder builder = ProviderConfig.builder()
        .baseUrl(baseUrl())
        .credentials(credentials)
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).build())
        .readTimeout(Duration.ofSeconds(15))
        .attemptTimeout(Duration.ofSeconds(20));
    defaults.forEach(settings -> settings.accept(builder));
    return builder;
  }

  /** This test's provider on {@link #config()}: opened on the first call, the same one until {@link #reset()}. */
  public synchronized P provider() {
    if (provider == null) {
      provider = open(config().build());
    }
    return provider;
  }

  /** Another provider on {@link #config()} changed by {@code customize}; closed on {@link #reset()}. */
  public P open(Consumer<ProviderConfig.Builder> customize) {
    ProviderConfig.Builder builder = config();
    customize.accept(builder);
    return open(builder.build());
  }

  /** A provider on {@code config}, through the factory; closed on {@link #reset()}. */
  public P open(ProviderConfig config) {
    P opening = type.cast(RetryTiming.of(sleeps::add, () -> 1.0).open(() -> factory.create(config)));
    opened.add(opening);
    return opening;
  }

  /** The pauses the providers asked for, in order (nothing really sleeps). */
  public List<Duration> sleeps() {
    return sleeps;
  }

  /** Every request the server received, oldest first. */
  public List<LoggedRequest> requests() {
    return server().findAll(anyRequestedFor(anyUrl()));
  }

  /** The one request the server received; fails when there were none or more. */
  public LoggedRequest onlyRequest() {
    List<LoggedRequest> all = requests();
    if (all.size() != 1) {
      throw new AssertionError("expected exactly one request, got " + all.size() + ": "
          + all.stream().map(r -> r.getMethod() + " " + r.getUrl()).toList());
    }
    return all.get(0);
  }

  /** The text of a recorded payload in the {@link #payloads(String)} folder. */
  public String payload(String name) {
    return Payloads.text(payloadFolder + name);
  }

  /** Closes the providers opened, forgets stubs, journal and sleeps; the server keeps running. */
  public synchronized void reset() {
    opened.forEach(TrunkProvider::close);
    opened.clear();
    provider = null;
    sleeps.clear();
    if (server != null) {
      server.resetAll();
    }
  }

  /** Resets and stops the server. */
  @Override
  public synchronized void close() {
    reset();
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }
}

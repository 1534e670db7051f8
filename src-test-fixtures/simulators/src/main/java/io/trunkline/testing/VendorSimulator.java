package io.trunkline.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.trunkline.core.ProviderConfig;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A vendor API on loopback: a real WireMock server whose catch-all stub hands each request to the routes a
 * subclass declares ({@code route("GET", "/api/providers/{id}", this::get)}), so it can keep state: a trunk
 * created shows up in later lists. Tests may add their own stubs on {@link #server()} (faults, odd bodies);
 * those win over the routes. A route answers with a {@link SimResponse}; an unknown path answers 404.
 *
 * <p>Subclasses are found by the demo through {@code META-INF/services/io.trunkline.testing.VendorSimulator} (and
 * the {@code provides} of module {@code io.trunkline.simulators}), so each needs a public no-argument constructor.
 */
public abstract class VendorSimulator implements AutoCloseable {
  private static final String TRANSFORMER = "trunkline-simulator";

  private final List<Route> routes = new CopyOnWriteArrayList<>();
  private volatile Handler intercept;
  private WireMockServer server;

  /** For subclasses: a simulator with no routes yet, not started. */
  protected VendorSimulator() {}

  /** The provider id this simulator stands in for. */
  public abstract String providerId();

  /** A config for the provider that points at this running simulator, with the credentials it accepts. */
  public abstract ProviderConfig config();

  /** Fills the simulator with realistic data for the demo; the default adds nothing. */
  public void seedDemoData() {}

  /** Declares a route; {@code {name}} in the template captures one decoded path segment. */
  protected final void route(String method, String template, Handler handler) {
    routes.add(new Route(method, template, handler));
  }

  /** Checked before any route; return a response (such as a 401) to answer instead. */
  protected Optional<SimResponse> authorize(SimRequest request) {
    return Optional.empty();
  }

  /** Starts on a free loopback port. */
  public synchronized VendorSimulator start() {
    return start(0);
  }

  /**
   * Starts on loopback port {@code port}, or on a free one when it is 0 (for {@code trunkline simulate}, whose
   * printed base URLs stay the same from run to run). Fails when the port is taken.
   */
  public synchronized VendorSimulator start(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    }
    if (server == null) {
      com.github.tomakehurst.wiremock.core.WireMockConfiguration options = options().bindAddress("127.0.0.1")
          .extensions(new Dispatcher()).containerThreads(40);
      server = new WireMockServer(port == 0 ? options.dynamicPort() : options.port(port));
      try {
        server.start();
      } catch (RuntimeException e) {
        server = null;
        throw e;
      }
      installCatchAll();
    }
    return this;
  }

  /** The running WireMock server, for extra stubs and journal checks. */
  public WireMockServer server() {
    if (server == null) {
      throw new IllegalStateException("simulator not started");
    }
    return server;
  }

  /**
   * What the simulator was asked, oldest first. WireMock's {@code getAllServeEvents()} lists the newest first, and
   * its logged dates have millisecond precision, so sorting by them leaves two requests of one millisecond in the
   * wrong order; this reverses the journal instead.
   */
  public List<ServeEvent> journal() {
    List<ServeEvent> events = new ArrayList<>(server().getAllServeEvents());
    Collections.reverse(events);
    return events;
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server().port();
  }

  /** Removes the stubs tests added and the request journal; keeps the routes and their state. */
  public void resetStubs() {
    server().resetAll();
    installCatchAll();
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  private void installCatchAll() {
    server.stubFor(any(anyUrl()).atPriority(100).willReturn(aResponse().withTransformers(TRANSFORMER)));
  }

  /**
   * Answers every request with {@code handler} instead of the routes, until called with null. Stubs added on
   * {@link #server()} still win. (Public because the contract kit, another artifact, drives it.)
   */
  public void intercept(Handler handler) {
    this.intercept = handler;
  }

  SimResponse dispatch(SimRequestParts parts) {
    SimRequest raw = new SimRequest(parts.method, parts.rawPath, parts.segments, Map.of(), parts.query, parts.headers,
        parts.body);
    Handler override = intercept;
    return override != null ? override.handle(raw) : dispatchToRoutes(raw);
  }

  /** Routes {@code request} as if no test had intercepted it (for an {@link #intercept} handler that passes on). */
  public SimResponse dispatchToRoutes(SimRequest request) {
    for (Route route : routes) {
      if (!route.method.equals(request.method())) {
        continue;
      }
      Map<String, String> params = route.match(request.segments());
      if (params != null) {
        SimRequest routed = request.withPathParams(params);
        Optional<SimResponse> denied = authorize(routed);
        return denied.orElseGet(() -> route.handler.handle(routed));
      }
    }
    return SimResponse.json(404, "{\"error\":\"no route for " + request.method() + " "
        + request.rawPath().replace("\"", "'") + "\"}");
  }

  /** Answers one request. */
  @FunctionalInterface
  public interface Handler {
    SimResponse handle(SimRequest request);
  }

  private static final class Route {
    final String method;
    final String[] template;
    final Handler handler;

    Route(String method, String template, Handler handler) {
      this.method = method;
      this.template = split(template);
      this.handler = handler;
    }

    Map<String, String> match(String[] segments) {
      if (segments.length != template.length) {
        return null;
      }
      Map<String, String> params = new LinkedHashMap<>();
      for (int i = 0; i < template.length; i++) {
        String t = template[i];
        if (t.startsWith("{") && t.endsWith("}")) {
          params.put(t.substring(1, t.length() - 1), segments[i]);
        } else if (!t.equals(segments[i])) {
          return null;
        }
      }
      return params;
    }
  }

  static String[] split(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    if (p.isEmpty()) {
      return new String[0];
    }
    return p.split("/", -1);
  }

  /** Percent-decodes one path segment ({@code +} stays {@code +}). */
  static String decodeSegment(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%' && i + 2 < bytes.length) {
        int hi = Character.digit(bytes[i + 1], 16);
        int lo = Character.digit(bytes[i + 2], 16);
        if (hi >= 0 && lo >= 0) {
          out.write(hi * 16 + lo);
          i += 2;
          continue;
        }
      }
      out.write(bytes[i]);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The parts of a WireMock request the routes need. */
  static final class SimRequestParts {
    String method;
    String rawPath;
    String[] segments;
    Map<String, List<String>> query = new LinkedHashMap<>();
    Map<String, String> headers = new LinkedHashMap<>();
    byte[] body;

    static SimRequestParts of(Request request) {
      SimRequestParts p = new SimRequestParts();
      p.method = request.getMethod().value();
      String url = request.getUrl();
      int q = url.indexOf('?');
      p.rawPath = q >= 0 ? url.substring(0, q) : url;
      String[] raw = split(p.rawPath);
      p.segments = new String[raw.length];
      for (int i = 0; i < raw.length; i++) {
        p.segments[i] = decodeSegment(raw[i]);
      }
      if (q >= 0) {
        for (String pair : url.substring(q + 1).split("&")) {
          if (pair.isEmpty()) {
            continue;
          }
          int eq = pair.indexOf('=');
          String name = java.net.URLDecoder.decode(eq >= 0 ? pair.substring(0, eq) : pair, StandardCharsets.UTF_8);
          String value = eq >= 0 ? java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8) : "";
          p.query.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
      }
      for (HttpHeader h : request.getHeaders().all()) {
        p.headers.put(h.key(), h.firstValue());
      }
      p.body = request.getBody() == null ? new byte[0] : request.getBody();
      return p;
    }
  }

  /** Hands each request of the catch-all stub to {@link #dispatch}. */
  private final class Dispatcher implements ResponseDefinitionTransformerV2 {
    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
      SimResponse r = dispatch(SimRequestParts.of(serveEvent.getRequest()));
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder b = aResponse().withStatus(r.status)
          .withBody(r.body);
      r.headers.forEach(b::withHeader);
      return b.build();
    }

    @Override
    public boolean applyGlobally() {
      return false;
    }

    @Override
    public String getName() {
      return TRANSFORMER;
    }
  }
}

package io.trunkline.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A vendor stand-in on 127.0.0.1 that costs little: each {@code GET} answered by a {@link Route} from pre-serialized
 * pages, after an optional fixed delay, to requests carrying the expected {@code Authorization} header. The PBX's
 * {@code GET /api/providers?skip=&top=} from {@link PbxPages} is {@link #start(PbxPages, long, int)}; the other
 * vendors' listings are in {@link VendorPages}. HTTP/1.1 keep-alive, fixed-length bodies, served by one of two
 * {@link Kind}s: the JDK's {@link HttpServer} with a fixed pool of daemon threads (the default), or {@link LeanServer}
 * (a raw socket, a thread per connection), chosen for every server of a run by the system property
 * {@value #KIND_PROPERTY} ({@code jdk} or {@code lean}).
 */
public final class LoopbackServer implements AutoCloseable {
  /** The HTTP server underneath. */
  public enum Kind {
    /** The JDK's {@code com.sun.net.httpserver}: a dispatcher thread hands each exchange to a fixed pool. */
    JDK,
    /** {@link LeanServer}: a raw socket, one thread per connection, no hand-off; the pool size is not used. */
    LEAN;

    /** The kind {@value LoopbackServer#KIND_PROPERTY} names, {@link #JDK} if it is not set. */
    public static Kind configured() {
      String value = System.getProperty(KIND_PROPERTY, "jdk");
      return switch (value) {
        case "jdk" -> JDK;
        case "lean" -> LEAN;
        default -> throw new IllegalArgumentException(KIND_PROPERTY + ": jdk or lean, got " + value);
      };
    }
  }

  /** The system property naming the {@link Kind} every server of the run uses. */
  public static final String KIND_PROPERTY = "trunkline.bench.server";

  /** A status and a JSON body. */
  public record Answer(int status, byte[] body) {
    static Answer ok(byte[] body) {
      return new Answer(200, body);
    }

    static Answer of(int status, String body) {
      return new Answer(status, body.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The answer to an authorized {@code GET} of {@code path} with {@code rawQuery} (may be null). */
  @FunctionalInterface
  public interface Route {
    Answer answer(String path, String rawQuery);
  }

  static final Answer NOT_FOUND = Answer.of(404, "{\"errors\":[{\"code\":\"UNKNOWN\",\"message\":\"not found\"}]}");

  /** The bearer token every benchmark sends. */
  public static final String TOKEN = "bench-token-0123456789abcdef";

  private static final byte[] UNAUTHORIZED =
      "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"Invalid token\"}]}".getBytes(StandardCharsets.UTF_8);
  private static final byte[] BAD_PAGING =
      "{\"errors\":[{\"code\":\"VALIDATE_FAILED\",\"message\":\"skip and top must page by 100\"}]}"
          .getBytes(StandardCharsets.UTF_8);
  private static final AtomicInteger SERVERS = new AtomicInteger();

  static {
    // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm and the client's
    // delayed ACK hold every answer back by about 40 ms. Read once, when the server implementation loads.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService pool;
  private final LeanServer lean;
  private final Route route;
  private final long delayMillis;
  private final String expectedAuthorization;
  private final LongAdder requests = new LongAdder();

  private LoopbackServer(Kind kind, String expectedAuthorization, Route route, long delayMillis, int threads)
      throws IOException {
    this.expectedAuthorization = expectedAuthorization;
    this.route = route;
    this.delayMillis = delayMillis;
    int n = SERVERS.incrementAndGet();
    if (kind == Kind.LEAN) {
      this.lean = new LeanServer("loopback-" + n, this::answer);
      this.server = null;
      this.pool = null;
      return;
    }
    this.lean = null;
    AtomicInteger thread = new AtomicInteger();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "loopback-" + n + "-" + thread.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Serves {@code pages} on an ephemeral loopback port, answering each request after {@code delayMillis}. */
  public static LoopbackServer start(PbxPages pages, long delayMillis, int threads) {
    return start("Bearer " + TOKEN, pbx(pages), delayMillis, threads);
  }

  /** Serves {@code route} to requests whose {@code Authorization} header is {@code authorization}. */
  public static LoopbackServer start(String authorization, Route route, long delayMillis, int threads) {
    return start(Kind.configured(), authorization, route, delayMillis, threads);
  }

  /** The same on a server of {@code kind} ({@code threads} is the JDK server's pool; the lean one has no pool). */
  public static LoopbackServer start(Kind kind, String authorization, Route route, long delayMillis, int threads) {
    try {
      return new LoopbackServer(kind, authorization, route, delayMillis, threads);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the loopback server: " + e, e);
    }
  }

  /** {@code http://127.0.0.1:<port>}, the base URL to configure. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public int port() {
    return lean != null ? lean.port() : server.getAddress().getPort();
  }

  /** Requests answered so far. */
  public long requests() {
    return requests.sum();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
      Answer answer = answer(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
          exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"));
      if (answer != null) {
        send(exchange, answer.status(), answer.body());
      }
    }
  }

  /**
   * The answer to one request, both kinds alike: counted, held {@code delayMillis}, then 401 without the expected
   * {@code Authorization}, 404 for anything but {@code GET}, else the route's; null when interrupted meanwhile.
   */
  private Answer answer(String method, String path, String rawQuery, String authorization) {
    requests.increment();
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    if (!expectedAuthorization.equals(authorization)) {
      return new Answer(401, UNAUTHORIZED);
    }
    if (!"GET".equals(method)) {
      return NOT_FOUND;
    }
    return route.answer(path, rawQuery);
  }

  /** The PBX's {@code GET /api/providers?skip=&top=}: pages of exactly 100. */
  static Route pbx(PbxPages pages) {
    return (path, query) -> {
      if (!"/api/providers".equals(path)) {
        return NOT_FOUND;
      }
      long skip = param(query, "skip", 0);
      long top = param(query, "top", PbxPages.PAGE_SIZE);
      if (skip < 0 || top != PbxPages.PAGE_SIZE || skip % PbxPages.PAGE_SIZE != 0) {
        return new Answer(400, BAD_PAGING);
      }
      return Answer.ok(pages.page(skip));
    };
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** The integer value of {@code name} in {@code query}, or {@code absent}; -1 when it is not a number. */
  static long param(String query, String name, long absent) {
    if (query == null) {
      return absent;
    }
    int at = 0;
    while (at < query.length()) {
      int end = query.indexOf('&', at);
      if (end < 0) {
        end = query.length();
      }
      if (query.startsWith(name, at) && at + name.length() < end && query.charAt(at + name.length()) == '=') {
        try {
          return Long.parseLong(query, at + name.length() + 1, end, 10);
        } catch (NumberFormatException e) {
          return -1;
        }
      }
      at = end + 1;
    }
    return absent;
  }

  @Override
  public void close() {
    if (lean != null) {
      lean.close();
      return;
    }
    server.stop(0);
    pool.shutdownNow();
    try {
      pool.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

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
 * vendors' listings are in {@link VendorPages}. The JDK's {@link HttpServer} with a fixed pool of daemon threads;
 * HTTP/1.1 keep-alive, fixed-length bodies.
 */
public final class LoopbackServer implements AutoCloseable {
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
  private final Route route;
  private final long delayMillis;
  private final String expectedAuthorization;
  private final LongAdder requests = new LongAdder();

  private LoopbackServer(String expectedAuthorization, Route route, long delayMillis, int threads)
      throws IOException {
    this.expectedAuthorization = expectedAuthorization;
    this.route = route;
    this.delayMillis = delayMillis;
    int n = SERVERS.incrementAndGet();
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
    try {
      return new LoopbackServer(authorization, route, delayMillis, threads);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the loopback server: " + e, e);
    }
  }

  /** {@code http://127.0.0.1:<port>}, the base URL to configure. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Requests answered so far. */
  public long requests() {
    return requests.sum();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
      requests.increment();
      if (delayMillis > 0) {
        try {
          Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        send(exchange, 401, UNAUTHORIZED);
        return;
      }
      if (!"GET".equals(exchange.getRequestMethod())) {
        send(exchange, 404, NOT_FOUND.body());
        return;
      }
      Answer answer = route.answer(exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery());
      send(exchange, answer.status(), answer.body());
    }
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
    server.stop(0);
    pool.shutdownNow();
    try {
      pool.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

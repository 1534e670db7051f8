package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.trunkline.core.RetryPolicy;
import io.trunkline.core.error.TrunkResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A raw HTTP/1.1 server that keeps connections alive and may send more bytes than its {@code Content-Length}: the
 * extra bytes must never be read as the answer to the next request.
 */
@Timeout(30)
class SmugglingServerTest {
  private static final String SMUGGLED = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 17\r\n\r\n"
      + "{\"id\":\"SMUGGLED\"}";
  private final EngineFixture fx = new EngineFixture();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private ServerSocket server;
  /** Sent 200 ms after the next answer, on its connection: bytes beyond its Content-Length, arriving late. */
  private volatile String lateBytes;

  @AfterEach
  void stop() throws IOException {
    for (Socket s : sockets) {
      s.close();
    }
    if (server != null) {
      server.close();
    }
    fx.close();
  }

  /** Serves every request on every connection with {@code answer.apply(requestNumber)}, connections kept alive. */
  private HttpEngine engineOn(IntFunction<String> answer) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          sockets.add(s);
          connections.incrementAndGet();
          Thread serve = new Thread(() -> serve(s, answer));
          serve.setDaemon(true);
          serve.start();
        } catch (IOException e) {
          return;
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
    return fx.context(fx.config().baseUrl("http://127.0.0.1:" + server.getLocalPort())
        .retryPolicy(RetryPolicy.none()).build()).http();
  }

  private void serve(Socket s, IntFunction<String> answer) {
    try (s) {
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      for (int length; (length = readRequestHead(in)) >= 0; ) {
        in.readNBytes(length);
        out.write(answer.apply(requests.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
        out.flush();
        String late = lateBytes;
        if (late != null) {
          lateBytes = null;
          Thread.sleep(200);
          out.write(late.getBytes(StandardCharsets.UTF_8));
          out.flush();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client hung up
    }
  }

  /** Reads a request's head; the length of the body that follows, or -1 when the client hung up. */
  private static int readRequestHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    for (int b; (b = in.read()) >= 0; ) {
      head.write(b);
      String text = head.toString(StandardCharsets.ISO_8859_1);
      if (text.endsWith("\r\n\r\n")) {
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
        return length.find() ? Integer.parseInt(length.group(1)) : 0;
      }
    }
    return -1;
  }

  private static String ok(String json) {
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + json.length() + "\r\n\r\n" + json;
  }

  @Test
  void aBodyLongerThanItsContentLength_failsAsUnreadable_andItsConnectionIsNeverReused() throws IOException {
    HttpEngine engine = engineOn(n -> n == 1 ? ok("{\"id\":\"1\"}") + SMUGGLED : ok("{\"id\":\"" + n + "\"}"));

    assertThatThrownBy(() -> engine.execute(ApiRequest.get("/first").build(), JsonNode.class))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("Content-Length");
    JsonNode second = engine.execute(ApiRequest.get("/second").build(), JsonNode.class);

    assertThat(second.get("id").asText()).isEqualTo("2");
    assertThat(connections).hasValue(2);
  }

  @Test
  void aBodyOfManyReads_longerThanItsContentLength_failsAsUnreadable_andItsConnectionIsNeverReused() throws IOException {
    String padding = "x".repeat(40_000);   // several reads of 8 KB: the socket is looked at before the last
    HttpEngine engine = engineOn(n -> n == 1 ? ok("{\"id\":\"1\",\"pad\":\"" + padding + "\"}") + SMUGGLED
        : ok("{\"id\":\"" + n + "\",\"pad\":\"" + padding + "\"}"));

    assertThatThrownBy(() -> engine.execute(ApiRequest.get("/first").build(), JsonNode.class))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("Content-Length");
    JsonNode second = engine.execute(ApiRequest.get("/second").build(), JsonNode.class);
    JsonNode third = engine.execute(ApiRequest.get("/third").build(), JsonNode.class);

    assertThat(second.get("id").asText()).isEqualTo("2");
    assertThat(second.get("pad").asText()).hasSize(40_000);
    assertThat(third.get("id").asText()).isEqualTo("3");
    assertThat(connections).as("the overlong answer's connection closed; honest long answers share the next one")
        .hasValue(2);
  }

  @Test
  void anEmptyBodyFollowedByExtraBytes_isRefusedToo() throws IOException {
    HttpEngine engine = engineOn(n -> n == 1
        ? "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n" + SMUGGLED : ok("{\"id\":\"" + n + "\"}"));

    assertThatThrownBy(() -> engine.execute(ApiRequest.delete("/first").build()))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("Content-Length");
    JsonNode second = engine.execute(ApiRequest.get("/second").build(), JsonNode.class);

    assertThat(second.get("id").asText()).isEqualTo("2");
  }

  @Test
  void honestAnswers_toManyThreadsSharingKeptAliveConnections_areNeverTakenForOverlong() throws Exception {
    HttpEngine engine = engineOn(n -> n % 3 == 0 ? "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
        : ok("{\"id\":\"" + n + "\",\"pad\":\"" + "x".repeat(n % 300) + "\"}"));
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    List<Thread> threads = new java.util.ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Thread thread = new Thread(() -> {
        for (int i = 0; i < 150; i++) {
          try {
            engine.execute(ApiRequest.get("/x").build(), ApiResponse::tree);
          } catch (RuntimeException e) {
            failures.add(e);
          }
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(failures).isEmpty();
    assertThat(requests).hasValue(8 * 150);
  }

  @Test
  void extraBytesArrivingAfterABodyWasRead_areFoundBeforeTheNextRequestIsSent_whichGoesOnANewConnection()
      throws Exception {
    HttpEngine engine = engineOn(n -> ok("{\"id\":\"" + n + "\"}"));
    lateBytes = SMUGGLED;

    assertThat(engine.execute(ApiRequest.get("/first").build(), JsonNode.class).get("id").asText()).isEqualTo("1");
    Thread.sleep(500);   // the server's extra bytes arrive on the idle kept-alive connection
    JsonNode second = engine.execute(ApiRequest.post("/second").body(java.util.Map.of("a", 1)).build(),
        JsonNode.class);

    assertThat(second.get("id").asText()).as("never the smuggled answer").isEqualTo("2");
    assertThat(connections).as("the poisoned connection closed, the POST (never sent on it) sent again").hasValue(2);
    assertThat(requests).hasValue(2);
  }

  @Test
  void honestKeptAliveAnswers_shareOneConnection() throws IOException {
    HttpEngine engine = engineOn(n -> ok("{\"id\":\"" + n + "\"}"));

    for (int i = 1; i <= 3; i++) {
      assertThat(engine.execute(ApiRequest.get("/x").build(), JsonNode.class).get("id").asText()).isEqualTo("" + i);
    }

    assertThat(connections).hasValue(1);
  }
}

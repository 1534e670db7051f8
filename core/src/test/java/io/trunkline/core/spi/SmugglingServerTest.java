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
      while (readRequestHead(in)) {
        out.write(answer.apply(requests.incrementAndGet()).getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (IOException e) {
      // the client hung up
    }
  }

  private static boolean readRequestHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    for (int b; (b = in.read()) >= 0; ) {
      head.write(b);
      if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
        return true;
      }
    }
    return false;
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
  void anEmptyBodyFollowedByExtraBytes_isRefusedToo() throws IOException {
    HttpEngine engine = engineOn(n -> n == 1
        ? "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n" + SMUGGLED : ok("{\"id\":\"" + n + "\"}"));

    assertThatThrownBy(() -> engine.execute(ApiRequest.delete("/first").build()))
        .isInstanceOf(TrunkResponseException.class).hasMessageContaining("Content-Length");
    JsonNode second = engine.execute(ApiRequest.get("/second").build(), JsonNode.class);

    assertThat(second.get("id").asText()).isEqualTo("2");
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

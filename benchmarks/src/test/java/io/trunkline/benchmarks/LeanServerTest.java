package io.trunkline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.benchmarks.LoopbackServer.Kind;
import io.trunkline.core.TrunkProvider;
import io.trunkline.core.model.SipTrunk;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LeanServer} behind a {@link LoopbackServer}: the same answers as the JDK server, on one connection. */
class LeanServerTest {
  private static final String AUTH = "Bearer " + LoopbackServer.TOKEN;

  @Test
  void theSdkListsTheSameTrunksWithTheSameRequestsFromBothKinds() {
    List<List<String>> listed = new ArrayList<>();
    List<Long> requests = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      try (LoopbackServer server = LoopbackServer.start(kind, AUTH,
          LoopbackServer.pbx(PbxPages.of(250, PbxPages.Shape.SUMMARY)), 0, 2);
          TrunkProvider pbx = Sdk.open(server.baseUrl())) {
        listed.add(pbx.list().stream().map(SipTrunk::toString).toList());
        requests.add(server.requests());
      }
    }
    assertThat(listed.get(0)).hasSize(250);
    assertThat(listed.get(1)).isEqualTo(listed.get(0));
    assertThat(requests).containsExactly(3L, 3L);
  }

  @Test
  void answersKeepTheConnectionWithExactLengthsAndRefuseAWrongTokenOrMethod() throws IOException {
    PbxPages pages = PbxPages.of(10, PbxPages.Shape.SUMMARY);
    try (LoopbackServer server = LoopbackServer.start(Kind.LEAN, AUTH, LoopbackServer.pbx(pages), 0, 1);
        Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(request("GET /api/providers?skip=0&top=100", AUTH, ""));
      assertThat(read(in, pages.page(0).length)).isEqualTo(expected(200, "OK", pages.page(0)));
      out.write(request("GET /api/providers?skip=0&top=100", "Bearer wrong", ""));
      byte[] unauthorized = "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"Invalid token\"}]}"
          .getBytes(StandardCharsets.UTF_8);
      assertThat(read(in, unauthorized.length)).isEqualTo(expected(401, "Unauthorized", unauthorized));
      out.write(request("POST /api/providers", AUTH, "Content-Length: 2\r\n", "{}"));
      byte[] notFound = LoopbackServer.NOT_FOUND.body();
      assertThat(read(in, notFound.length)).isEqualTo(expected(404, "Not Found", notFound));
      out.write(request("GET /api/providers?skip=5&top=100", AUTH, "Connection: close\r\n"));
      byte[] badPaging = "{\"errors\":[{\"code\":\"VALIDATE_FAILED\",\"message\":\"skip and top must page by 100\"}]}"
          .getBytes(StandardCharsets.UTF_8);
      assertThat(read(in, badPaging.length)).isEqualTo(expected(400, "Bad Request", badPaging));
      assertThat(in.read()).isEqualTo(-1);
      assertThat(server.requests()).isEqualTo(4);
    }
  }

  private static byte[] request(String line, String authorization, String headers) {
    return request(line, authorization, headers, "");
  }

  private static byte[] request(String line, String authorization, String headers, String body) {
    return (line + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization + "\r\n" + headers + "\r\n"
        + body).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String expected(int status, String reason, byte[] body) {
    return "HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/json; charset=utf-8\r\n"
        + "Content-Length: " + body.length + "\r\n\r\n" + new String(body, StandardCharsets.ISO_8859_1);
  }

  /** One answer: its head up to the blank line, then {@code bodyLength} bytes. */
  private static String read(InputStream in, int bodyLength) throws IOException {
    StringBuilder head = new StringBuilder();
    while (!head.toString().endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.append((char) b);
    }
    return head + new String(in.readNBytes(bodyLength), StandardCharsets.ISO_8859_1);
  }
}

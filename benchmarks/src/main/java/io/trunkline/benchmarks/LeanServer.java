package io.trunkline.benchmarks;

import io.trunkline.benchmarks.LoopbackServer.Answer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The lean HTTP side of a {@link LoopbackServer}: a raw {@link ServerSocket} on 127.0.0.1, one daemon thread per
 * connection reading its requests one after the other (HTTP/1.1 keep-alive, no selector, no hand-off between
 * threads), each answered with a fixed-length body in as few writes as it fits ({@code TCP_NODELAY} on). It
 * understands what the benchmarks' clients send: a request line, headers, an optional {@code Content-Length} body
 * (read past), {@code Connection: close}; nothing else (no chunked requests, no pipelining guarantees beyond order).
 */
final class LeanServer implements AutoCloseable {
  /** The answer to one request; null closes the connection without one. */
  @FunctionalInterface
  interface Handler {
    Answer answer(String method, String path, String rawQuery, String authorization);
  }

  /** Status line and headers, then the body, copied into one write when together they fit this. */
  private static final int ONE_WRITE = 64 * 1024;

  private final ServerSocket socket;
  private final Handler handler;
  private final String name;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  /** Connections accepted so far: numbers each connection's thread. */
  private final AtomicInteger connections = new AtomicInteger();
  private volatile boolean closed;

  /** Listens on an ephemeral loopback port; its threads are named {@code name-accept} and {@code name-N}. */
  LeanServer(String name, Handler handler) throws IOException {
    this.name = name;
    this.handler = handler;
    this.socket = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, name + "-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void accept() {
    while (!closed) {
      Socket connection;
      try {
        connection = socket.accept();
      } catch (IOException e) {
        return;   // closed
      }
      open.add(connection);
      Thread thread = new Thread(() -> serve(connection), name + "-" + connections.incrementAndGet());
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      connection.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(connection.getInputStream(), 8192);
      OutputStream out = connection.getOutputStream();
      byte[] buffer = new byte[ONE_WRITE];
      RequestHead head = new RequestHead();
      while (head.read(in)) {
        in.skipNBytes(head.contentLength);
        int query = head.target.indexOf('?');
        String path = query < 0 ? head.target : head.target.substring(0, query);
        Answer answer = handler.answer(head.method, path, query < 0 ? null : head.target.substring(query + 1),
            head.authorization);
        if (answer == null) {
          return;
        }
        write(out, buffer, answer);
        if (head.close) {
          return;
        }
      }
    } catch (IOException e) {
      // the client went away, or the server was closed
    } finally {
      open.remove(connection);
    }
  }

  private static void write(OutputStream out, byte[] buffer, Answer answer) throws IOException {
    byte[] head = ("HTTP/1.1 " + answer.status() + " " + reason(answer.status())
        + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + answer.body().length
        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] body = answer.body();
    if (head.length + body.length <= buffer.length) {
      System.arraycopy(head, 0, buffer, 0, head.length);
      System.arraycopy(body, 0, buffer, head.length, body.length);
      out.write(buffer, 0, head.length + body.length);
    } else {
      out.write(head);
      out.write(body);
    }
    out.flush();
  }

  static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 404 -> "Not Found";
      default -> "Status";
    };
  }

  /** One request's line and the headers the server uses, read from the connection. */
  private static final class RequestHead {
    private byte[] line = new byte[1024];
    String method;
    String target;
    String authorization;
    long contentLength;
    boolean close;

    /** Reads the next request's head; false at the end of the connection before one starts. */
    boolean read(InputStream in) throws IOException {
      String requestLine = line(in);
      if (requestLine == null) {
        return false;
      }
      int first = requestLine.indexOf(' ');
      int second = requestLine.indexOf(' ', first + 1);
      if (first <= 0 || second <= first) {
        throw new IOException("not an HTTP request line: " + requestLine);
      }
      method = requestLine.substring(0, first);
      target = requestLine.substring(first + 1, second);
      authorization = null;
      contentLength = 0;
      close = false;
      for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
        int colon = header.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String value = header.substring(colon + 1).trim();
        if (header.regionMatches(true, 0, "Authorization", 0, colon) && colon == 13) {
          authorization = value;
        } else if (header.regionMatches(true, 0, "Content-Length", 0, colon) && colon == 14) {
          contentLength = Long.parseLong(value);
        } else if (header.regionMatches(true, 0, "Connection", 0, colon) && colon == 10) {
          close = value.equalsIgnoreCase("close");
        }
      }
      return true;
    }

    /** One line without its CRLF, or null at the end of the stream before any byte. */
    private String line(InputStream in) throws IOException {
      int length = 0;
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0) {
          if (length == 0) {
            return null;
          }
          throw new IOException("the connection ended inside a request head");
        }
        if (length == line.length) {
          if (length >= 64 * 1024) {
            throw new IOException("a request head line over 64 KB");
          }
          line = java.util.Arrays.copyOf(line, length * 2);
        }
        line[length++] = (byte) b;
      }
      if (length > 0 && line[length - 1] == '\r') {
        length--;
      }
      return new String(line, 0, length, StandardCharsets.ISO_8859_1);
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Socket connection : open) {
      try {
        connection.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
  }
}

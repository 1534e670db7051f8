package io.trunkline.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.Socket;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;

/**
 * Refuses an HTTP/1.x answer that is longer than its {@code Content-Length}, and keeps its connection from being
 * used again: the extra bytes would otherwise be read as the answer to the next request on that kept-alive
 * connection. A network interceptor: while the body is read, bytes already received on the connection beyond
 * what the body still declares mean the server sent more; the connection's socket is then closed and the read
 * fails with {@link OverlongBodyException}. Extra bytes that arrive only after the body was read cannot be seen
 * by any client; they are the server's to answer for.
 */
final class OverlongBodyGuard implements Interceptor {
  private static final Field CONNECTION_SOURCE = connectionSource();

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    Connection connection = chain.connection();
    ResponseBody body = response.body();
    String length = response.header("Content-Length");
    if (connection == null || body == null || length == null || connection.protocol() == Protocol.HTTP_2
        || connection.protocol() == Protocol.H2_PRIOR_KNOWLEDGE || "HEAD".equals(chain.request().method())) {
      return response;
    }
    long declared = body.contentLength();
    if (declared < 0) {
      return response;
    }
    if (declared == 0) {
      requireNoMore(connection, 0);
      return response;
    }
    return response.newBuilder().body(new GuardedBody(body, connection, declared)).build();
  }

  /** Fails, closing the connection, when more than {@code remaining} bytes wait on it. */
  private static void requireNoMore(Connection connection, long remaining) throws IOException {
    long waiting = waiting(connection);
    if (waiting > remaining) {
      connection.socket().close();
      throw new OverlongBodyException();
    }
  }

  /** Bytes received on the connection and not yet read: in OkHttp's buffer and in the socket. */
  private static long waiting(Connection connection) throws IOException {
    long buffered = 0;
    if (CONNECTION_SOURCE != null && CONNECTION_SOURCE.getDeclaringClass().isInstance(connection)) {
      try {
        Object source = CONNECTION_SOURCE.get(connection);
        if (source instanceof BufferedSource) {
          buffered = ((BufferedSource) source).getBuffer().size();
        }
      } catch (IllegalAccessException e) {
        buffered = 0;
      }
    }
    Socket socket = connection.socket();
    if (socket.isClosed()) {
      return buffered;
    }
    InputStream in = socket.getInputStream();
    return buffered + in.available();
  }

  /**
   * OkHttp keeps the bytes it read ahead in a private field of its connection; no public API shows them. Read
   * where present (OkHttp 4), otherwise only the socket's own buffer is checked.
   */
  private static Field connectionSource() {
    try {
      Field field = Class.forName("okhttp3.internal.connection.RealConnection").getDeclaredField("source");
      field.setAccessible(true);
      return field;
    } catch (ReflectiveOperationException | RuntimeException e) {
      WireLog.LOG.debug("OkHttp's connection buffer is not readable; bodies longer than declared are detected only"
          + " from the socket ({})", e.toString());
      return null;
    }
  }

  /** Thrown while reading a body when the server sent more bytes than its {@code Content-Length}. */
  static final class OverlongBodyException extends IOException {
    OverlongBodyException() {
      super("the vendor sent more bytes than its Content-Length; the connection was closed");
    }
  }

  /** The body, checked before every read and once it is complete. */
  private static final class GuardedBody extends ResponseBody {
    private final ResponseBody delegate;
    private final BufferedSource source;

    GuardedBody(ResponseBody delegate, Connection connection, long declared) {
      this.delegate = delegate;
      this.source = Okio.buffer(new GuardedSource(delegate.source(), connection, declared));
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      return delegate.contentLength();
    }

      @Override
    public BufferedSource source() {
      return source;
    }
  }

  private static final class GuardedSource extends ForwardingSource {
    private final Connection connection;
    private long remaining;

    GuardedSource(Source delegate, Connection connection, long declared) {
      super(delegate);
      this.connection = connection;
      this.remaining = declared;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      if (remaining > 0) {
        requireNoMore(connection, remaining);
      }
      long n = super.read(sink, byteCount);
      if (n > 0) {
        remaining -= n;
        if (remaining == 0) {
          requireNoMore(connection, 0);
        }
      }
      return n;
    }
  }
}

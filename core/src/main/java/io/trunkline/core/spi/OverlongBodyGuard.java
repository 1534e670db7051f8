package io.trunkline.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
 * fails with {@link OverlongBodyException}. Extra bytes that arrive only after the body was read are found when the
 * connection is next used, before anything is sent ({@link StaleConnectionException}: the connection is closed and
 * the call, never sent, is tried again). No check runs once a body is complete: OkHttp has then handed the
 * connection to the next call, and its answer is not ours to judge. The connection is looked at before each read
 * that may end the body, not before every read: what waits beyond the body only grows while it is read, so the last
 * look finds whatever an earlier one would have (a body whose extra bytes came early fails at its last read).
 */
final class OverlongBodyGuard implements Interceptor {
  /**
   * OkHttp's read-ahead field, looked up when a first connection is judged, not when an engine is made: the lookup
   * (loading OkHttp's connection class, resolving the field) is milliseconds of an engine's cold start. A variable
   * handle resolves that one field; reflection ({@code getDeclaredField}) would make every declared field of the
   * connection and so load each field's type (OkHttp's HTTP/2 connection, its TLS handshake), unused over HTTP/1.
   */
  private static final class ConnectionSource {
    static final VarHandle FIELD = connectionSource();
    static final Class<?> CONNECTION = FIELD == null ? null : FIELD.coordinateTypes().get(0);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Connection connection = chain.connection();
    if (connection != null && isHttp1(connection) && waiting(connection) > 0) {
      // Nothing has been sent on this exchange: the bytes are left over from an earlier answer on the connection.
      connection.socket().close();
      throw new StaleConnectionException();
    }
    Response response = chain.proceed(chain.request());
    ResponseBody body = response.body();
    String length = response.header("Content-Length");
    if (connection == null || body == null || length == null || !isHttp1(connection)
        || "HEAD".equals(chain.request().method())) {
      return response;
    }
    long declared = body.contentLength();
    if (declared < 0) {
      return response;
    }
    if (declared == 0) {
      // OkHttp has already handed the connection back (nothing to read): only the bytes it read along with these
      // headers are ours to judge; the socket may by now carry another call's answer.
      if (buffered(connection) > 0) {
        connection.socket().close();
        throw new OverlongBodyException();
      }
      return response;
    }
    return response.newBuilder().body(new GuardedBody(body, connection, declared)).build();
  }

  private static boolean isHttp1(Connection connection) {
    return connection.protocol() != Protocol.HTTP_2 && connection.protocol() != Protocol.H2_PRIOR_KNOWLEDGE;
  }

  /**
   * Fails, closing the connection, when more than {@code remaining} bytes wait on it. Called only while the body
   * is still being read, when the connection is this call's alone: once the last byte is read OkHttp hands it to
   * the next call, whose answer must not be taken for ours.
   */
  private static void requireNoMore(Connection connection, long remaining) throws IOException {
    long waiting = waiting(connection);
    if (waiting > remaining) {
      connection.socket().close();
      throw new OverlongBodyException();
    }
  }

  /** Bytes OkHttp read ahead on the connection and has not handed out yet. */
  private static long buffered(Connection connection) {
    VarHandle field = ConnectionSource.FIELD;
    if (field != null && ConnectionSource.CONNECTION.isInstance(connection)) {
      Object source = field.get(connection);
      if (source instanceof BufferedSource) {
        return ((BufferedSource) source).getBuffer().size();
      }
    }
    return 0;
  }

  /** Bytes received on the connection and not yet read: in OkHttp's buffer and in the socket. */
  private static long waiting(Connection connection) throws IOException {
    long buffered = buffered(connection);
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
  private static VarHandle connectionSource() {
    try {
      Class<?> connection = Class.forName("okhttp3.internal.connection.RealConnection");
      return MethodHandles.privateLookupIn(connection, MethodHandles.lookup())
          .findVarHandle(connection, "source", BufferedSource.class);
    } catch (ReflectiveOperationException | RuntimeException e) {
      WireLog.LOG.debug("OkHttp's connection buffer is not readable; bodies longer than declared are detected only"
          + " from the socket ({})", e.toString());
      return null;
    }
  }

  /**
   * Thrown before a request is sent when its kept-alive connection already holds bytes: what an earlier answer sent
   * beyond its {@code Content-Length} after it was read. The connection is closed; nothing was sent, so the call
   * may be tried again on a new connection, whatever its method.
   */
  static final class StaleConnectionException extends IOException {
    StaleConnectionException() {
      super("the connection held bytes beyond an earlier answer's Content-Length; it was closed before sending");
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

    /**
     * Checks the connection before a read that may end the body (one asking for at least what is left of it): the
     * bytes waiting beyond the body only grow while it is read (the body's bytes leave what waits and what is left
     * alike), so that check finds whatever one before an earlier read would have found, with one look at the
     * socket per body rather than one per read.
     */
    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      if (remaining > 0 && byteCount >= remaining) {
        requireNoMore(connection, remaining);
      }
      long n = super.read(sink, byteCount);
      if (n > 0) {
        remaining -= n;
      }
      return n;
    }
  }
}

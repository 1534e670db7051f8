package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.IOContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * {@link JsonFactory} whose parsers of UTF-8 streams are {@link PageJsonParser}s (which can move past a nested value
 * without tokenizing it); anything else, as Jackson makes it. A stream is UTF-8 here when its first byte is ASCII
 * other than NUL and its second byte is not NUL: what Jackson's own detection reads as UTF-8 without a byte order
 * mark. Other streams (a byte order mark, UTF-16 or UTF-32, under two bytes) go to Jackson's detection.
 */
final class PageJsonFactory extends JsonFactory {
  private static final long serialVersionUID = 1L;

  PageJsonFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
    if (!Feature.CANONICALIZE_FIELD_NAMES.enabledIn(_factoryFeatures)) {
      return super._createParser(in, context);
    }
    byte[] buffer = context.allocReadIOBuffer();
    int read = 0;
    boolean ended = false;
    try {
      while (read < 2 && !ended) {
        int n = in.read(buffer, read, buffer.length - read);
        ended = n <= 0;
        read += ended ? 0 : n;
      }
    } catch (IOException | RuntimeException e) {
      context.releaseReadIOBuffer(buffer);
      if (context.isResourceManaged()) {
        try {
          in.close();
        } catch (Exception suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      context.close();
      throw e;
    }
    if (read >= 2 && buffer[0] > 0 && buffer[1] != 0) {
      return new PageJsonParser(context, _parserFeatures, in, _objectCodec,
          _byteSymbolCanonicalizer.makeChild(_factoryFeatures), buffer, 0, read);
    }
    byte[] head = Arrays.copyOf(buffer, read);
    context.releaseReadIOBuffer(buffer);
    return super._createParser(new Unread(head, ended, in), context);
  }

  /**
   * {@code in} with its first bytes given back ({@code head}, already read from it), then the rest of it (unless it
   * {@code ended}: some streams refuse a read after their end). Closes {@code in} only when closed itself.
   */
  private static final class Unread extends FilterInputStream {
    private final byte[] head;
    private final boolean ended;
    private int next;

    Unread(byte[] head, boolean ended, InputStream in) {
      super(in);
      this.head = head;
      this.ended = ended;
    }

    @Override
    public int read() throws IOException {
      if (next < head.length) {
        return head[next++] & 0xFF;
      }
      return ended ? -1 : in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (next < head.length) {
        int n = Math.min(len, head.length - next);
        System.arraycopy(head, next, b, off, n);
        next += n;
        return n;
      }
      return ended ? -1 : in.read(b, off, len);
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] skipped = new byte[(int) Math.min(Math.max(n, 0), 8192)];
      return Math.max(read(skipped, 0, skipped.length), 0);
    }

    @Override
    public int available() throws IOException {
      return head.length - next + (ended ? 0 : in.available());
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}

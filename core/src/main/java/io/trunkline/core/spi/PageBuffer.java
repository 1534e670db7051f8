package io.trunkline.core.spi;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the bytes of a page's body as the parser reads them ({@link #record}), so a reader can keep the raw bytes of
 * a nested value (a slice) rather than decode and write it again, while the page still streams: parsing goes on as
 * the body arrives. One spare array is kept for the next page (up to {@link #KEPT} bytes): pages of one listing are
 * read one after the other, and a page's slices are copied out before its array is given back. Safe to share
 * between threads: a reader that finds no spare records into a new array.
 */
final class PageBuffer {
  /** The largest array kept for the next page; a larger page's array is left to the collector. */
  static final int KEPT = 1 << 20;
  private static final int FIRST = 16 * 1024;

  private final AtomicReference<byte[]> spare = new AtomicReference<>();

  /**
   * {@code in}, recording what is read from it; {@code declared} (the declared length, or -1) only sizes the first
   * array. Give the recording back with {@link #release} once nothing uses its bytes.
   */
  Recording record(InputStream in, long declared) {
    byte[] bytes = spare.getAndSet(null);
    // room for the declared length, with some to spare for the next page; a declared length is only a claim
    int wanted = declared >= 0 ? (int) Math.min(declared + declared / 8 + 16, KEPT) : FIRST;
    if (bytes == null || bytes.length < wanted) {
      bytes = new byte[wanted];
    }
    return new Recording(in, bytes);
  }

  /** Keeps {@code recording}'s array for the next page, unless it is large; nothing may use it afterwards. */
  void release(Recording recording) {
    if (recording.bytes.length <= KEPT) {
      spare.set(recording.bytes);
    }
  }

  /** The body, read through: every byte read is also kept, at its offset from the start, in {@link #bytes()}. */
  static final class Recording extends FilterInputStream {
    private byte[] bytes;
    private int length;

    private Recording(InputStream in, byte[] bytes) {
      super(in);
      this.bytes = bytes;
    }

    /** Every byte read so far, in {@code [0, length())}. */
    byte[] bytes() {
      return bytes;
    }

    int length() {
      return length;
    }

    /** Reads (and records) what is left of the body. */
    void readRest() throws IOException {
      byte[] chunk = new byte[8192];
      while (read(chunk, 0, chunk.length) >= 0) {
        // recorded by read
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        room(1);
        bytes[length++] = (byte) b;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) throws IOException {
      int n = super.read(buffer, offset, count);
      if (n > 0) {
        room(n);
        System.arraycopy(buffer, offset, bytes, length, n);
        length += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] skipped = new byte[(int) Math.min(n, 8192)];
      int read = read(skipped, 0, skipped.length);
      return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void room(int more) {
      if (length + more > bytes.length) {
        long grown = Math.max(length + (long) more, bytes.length * 2L);
        if (grown > Integer.MAX_VALUE - 8) {
          throw new OutOfMemoryError("a response body larger than an array");
        }
        bytes = Arrays.copyOf(bytes, (int) grown);
      }
    }
  }
}

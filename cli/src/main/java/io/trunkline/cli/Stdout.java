package io.trunkline.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The command line's stdout: writes through to the real stream until the first write or flush fails (a full disk,
 * {@code > /dev/full}, a closed pipe), remembers that failure and drops everything after it, so a command runs to
 * its end and {@link Main} then reports the failure and exits non-zero instead of 0.
 */
final class Stdout extends OutputStream {
  private final OutputStream out;
  private volatile IOException failure;

  Stdout(OutputStream out) {
    this.out = out;
  }

  /** The first write or flush that failed, if one did. */
  Optional<IOException> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public synchronized void write(int b) {
    if (failure == null) {
      try {
        out.write(b);
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  @Override
  public synchronized void write(byte[] b, int off, int len) {
    if (failure == null) {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  @Override
  public synchronized void flush() {
    if (failure == null) {
      try {
        out.flush();
      } catch (IOException e) {
        failure = e;
      }
    }
  }
}

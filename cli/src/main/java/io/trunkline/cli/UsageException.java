package io.trunkline.cli;

/** Bad usage or bad input found by the command line itself (a missing file, malformed JSON): exit code 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}

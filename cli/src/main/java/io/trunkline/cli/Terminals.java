package io.trunkline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether a standard stream is a terminal: the seam between the command line and the operating system, so a test
 * can say which streams are terminals. {@link System#console()} cannot answer this: it is null as soon as stdout
 * is redirected, though stderr may still be a terminal where a progress line belongs.
 */
@FunctionalInterface
interface Terminals {
  /** The file descriptor of stdout. */
  int STDOUT = 1;
  /** The file descriptor of stderr. */
  int STDERR = 2;

  /** True when the standard stream {@code fd} ({@link #STDOUT} or {@link #STDERR}) is a terminal. */
  boolean isTerminal(int fd);

  /** No stream is a terminal. */
  Terminals NONE = fd -> false;

  /**
   * Asks the operating system: on Linux where {@code /proc/self/fd/N} points; on other Unix systems
   * {@code test -t N} in a shell that inherits the stream; on Windows {@link System#console()} (the best the JDK
   * offers there). Anything that fails counts as "not a terminal".
   */
  Terminals OS = fd -> {
    try {
      Path link = Paths.get("/proc/self/fd/" + fd);
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      }
      if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
        return System.console() != null;
      }
      ProcessBuilder test = new ProcessBuilder("sh", "-c", "test -t " + fd)
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      if (fd == STDERR) {
        test.redirectError(ProcessBuilder.Redirect.INHERIT).redirectOutput(ProcessBuilder.Redirect.DISCARD);
      } else {
        test.redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.DISCARD);
      }
      Process process = test.start();
      if (!process.waitFor(2, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return false;
      }
      return process.exitValue() == 0;
    } catch (java.io.IOException | RuntimeException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  };
}

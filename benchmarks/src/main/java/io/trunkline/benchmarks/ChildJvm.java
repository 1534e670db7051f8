package io.trunkline.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a class of this module in a fresh JVM on this JVM's class path and collects what it prints. */
final class ChildJvm {
  private ChildJvm() {}

  /** The exit code and standard output of a finished child; exit -1 when it was stopped at the time limit. */
  record Result(int exit, List<String> lines) {
    /** The last line starting with {@code prefix}, or null. */
    String last(String prefix) {
      for (int i = lines.size() - 1; i >= 0; i--) {
        if (lines.get(i).startsWith(prefix)) {
          return lines.get(i);
        }
      }
      return null;
    }
  }

  /** The command line: {@code java <jvmArgs> -cp <our class path> <main> <args>}. */
  static List<String> command(List<String> jvmArgs, Class<?> main, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(main.getName());
    cmd.addAll(args);
    return cmd;
  }

  /** Runs {@code main} to its end or for at most {@code timeoutSeconds}; its standard error goes to ours. */
  static Result run(List<String> jvmArgs, Class<?> main, List<String> args, long timeoutSeconds) {
    Process process;
    try {
      process = new ProcessBuilder(command(jvmArgs, main, args))
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a JVM for " + main.getSimpleName() + ": " + e, e);
    }
    List<String> lines = new ArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          synchronized (lines) {
            lines.add(line);
          }
        }
      } catch (IOException ignored) {
        // the child is gone; what it printed so far is kept
      }
    }, "child-output");
    reader.setDaemon(true);
    reader.start();
    try {
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
        reader.join(1000);
        synchronized (lines) {
          return new Result(-1, List.copyOf(lines));
        }
      }
      reader.join(5000);
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + main.getSimpleName(), e);
    }
    synchronized (lines) {
      return new Result(process.exitValue(), List.copyOf(lines));
    }
  }
}

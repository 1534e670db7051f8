package io.trunkline.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link ServerMain} in a child JVM and stops it on {@link #close()}. */
public final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final List<Integer> ports;

  private ServerProcess(Process process, List<Integer> ports) {
    this.process = process;
    this.ports = ports;
  }

  /** A PBX stand-in serving {@code trunks} trunks of {@code shape}, each page after {@code delayMillis}. */
  public static ServerProcess start(int trunks, PbxPages.Shape shape, long delayMillis, int threads) {
    return start(trunks, shape, delayMillis, threads, 1);
  }

  /** {@code servers} such servers, each on its own port: one per account. */
  public static ServerProcess start(int trunks, PbxPages.Shape shape, long delayMillis, int threads, int servers) {
    List<String> command = ChildJvm.command(List.of("-Xmx512m", "-XX:+UseSerialGC"),
        ServerMain.class, List.of(Integer.toString(trunks), shape.name(), Long.toString(delayMillis),
            Integer.toString(threads), Integer.toString(servers)));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8));
      String line = out.readLine();
      if (line == null || !line.startsWith("port=")) {
        process.destroyForcibly();
        throw new IllegalStateException("the server process did not start: " + line);
      }
      List<Integer> ports = new java.util.ArrayList<>();
      for (String port : line.substring(5).trim().split(",")) {
        ports.add(Integer.parseInt(port));
      }
      return new ServerProcess(process, List.copyOf(ports));
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the server process: " + e, e);
    }
  }

  /** The first server's base URL. */
  public String baseUrl() {
    return baseUrl(0);
  }

  /** Server {@code i}'s base URL. */
  public String baseUrl(int i) {
    return "http://127.0.0.1:" + ports.get(i);
  }

  @Override
  public void close() {
    try {
      process.getOutputStream().close();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}

package io.trunkline.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.trunkline.core.error.TrunkResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * Runs operations in a fresh JVM with a small heap ({@code -Xmx64m} by default), for tests that what a response
 * expands into is bounded by configuration and never an {@link OutOfMemoryError}. The operations come from a
 * {@link Scenario} class on the test classpath; the fork prints one outcome per operation, and an {@code Error}
 * ends it at once with exit code 3.
 *
 * <pre>{@code
 * public static final class Lists implements SmallHeap.Scenario {
 *   public Map<String, Callable<?>> operations(String baseUrl) {
 *     MyProvider p = ...;   // pointed at baseUrl
 *     return Map.of("list", () -> p.list(TrunkQuery.all()).stream().count(), "get", () -> p.get("1"));
 *   }
 * }
 * SmallHeap.run(Lists.class, server.baseUrl()).assertBounded();
 * }</pre>
 */
public final class SmallHeap {
  /** The heap of the fork. */
  public static final String HEAP = "64m";
  private static final String OUTCOME = "OUTCOME ";
  /** Ends the outcome of an operation that threw a {@code TrunkResponseException} whose {@code tooLarge()} is true. */
  private static final String TOO_LARGE = " {tooLarge}";
  private static final int TEN_MB = 10_000_000;
  private static final List<String> SHAPES = List.of("empty", "tiny", "fields");

  private SmallHeap() {}

  /** The operations a fork runs. Implementations need a public no-argument constructor. */
  public interface Scenario {
    /** The operations by name, in order, against the vendor at {@code baseUrl}. */
    Map<String, Callable<?>> operations(String baseUrl) throws Exception;
  }

  /** What a fork did: its exit code, every line it printed, and each operation's outcome. */
  public static final class Result {
    private final int exitCode;
    private final String output;
    private final Map<String, String> outcomes;

    Result(int exitCode, String output, Map<String, String> outcomes) {
      this.exitCode = exitCode;
      this.output = output;
      this.outcomes = outcomes;
    }

    public int exitCode() {
      return exitCode;
    }

    public String output() {
      return output;
    }

    /** By operation: {@code returned …}, or {@code threw <class name> [<its superclasses>]: <message>}. */
    public Map<String, String> outcomes() {
      return outcomes;
    }

    /** The fork ended normally (no {@code Error}), and every operation threw {@code type} exactly; returns this. */
    public Result assertEachThrew(Class<? extends Throwable> type) {
      return assertEach(type, true);
    }

    /** The fork ended normally, and every operation threw {@code type} or a subclass of it; returns this. */
    public Result assertEachThrewA(Class<? extends Throwable> type) {
      return assertEach(type, false);
    }

    /** {@code operation} threw {@code type} exactly; returns this. */
    public Result assertThrew(String operation, Class<? extends Throwable> type) {
      assertThat(outcomes.get(operation)).as("%s; output:%n%s", operation, output)
          .startsWith("threw " + type.getName() + " [");
      return this;
    }

    /**
     * For {@link #serveHostileBodies}: no {@code Error}, every operation failed with a
     * {@code TrunkResponseException}, and every one on the {@code tiny} and {@code fields} shapes with
     * {@code TrunkResponseException} ({@code tooLarge()}) (on {@code empty} an item may be refused as unreadable first).
     */
    public Result assertBounded() {
      assertEachThrewA(TrunkResponseException.class);
      assertThat(outcomes.keySet()).as(output).anyMatch(o -> o.startsWith("empty-"))
          .anyMatch(o -> o.startsWith("tiny-")).anyMatch(o -> o.startsWith("fields-"));
      outcomes.keySet().stream().filter(o -> !o.startsWith("empty-"))
          .forEach(o -> assertThat(outcomes.get(o)).as("%s; output:%n%s", o, output)
              .startsWith("threw " + TrunkResponseException.class.getName() + " [").endsWith(TOO_LARGE));
      return this;
    }

    private Result assertEach(Class<? extends Throwable> type, boolean exactly) {
      assertThat(exitCode).as("exit code of the fork (3: an Error); output:%n%s", output).isZero();
      assertThat(outcomes).as("outcomes; output:%n%s", output).isNotEmpty().allSatisfy((operation, outcome) -> {
        if (exactly) {
          assertThat(outcome).as(operation).startsWith("threw " + type.getName() + " [");
        } else {
          assertThat(outcome).as(operation).startsWith("threw ").containsPattern("[ \\[]" + type.getName() + "[ \\]]");
        }
      });
      return this;
    }
  }

  /**
   * Serves about 10 MB of JSON, gzip-compressed, to every request under {@code /<shape>/} of {@code server}:
   * {@code empty}, a bare {@code [{},{},…]}; {@code tiny}, {@code tinyItem} repeated inside the vendor's page
   * envelope ({@code prefix} and {@code suffix}); {@code fields}, one object of many tiny fields in that envelope.
   */
  public static void serveHostileBodies(WireMockServer server, String prefix, String tinyItem, String suffix) {
    serve(server, "empty", hostileArray("[", "{}", "]", TEN_MB));
    serve(server, "tiny", hostileArray(prefix, tinyItem, suffix, TEN_MB));
    serve(server, "fields", hostileObject(prefix, suffix, TEN_MB));
  }

  private static void serve(WireMockServer server, String shape, String json) {
    byte[] zipped = gzip(json);
    assertThat(zipped.length).as("compressed " + shape).isLessThan(json.length() / 4);
    server.stubFor(WireMock.any(WireMock.urlPathMatching("/" + shape + "/.*")).willReturn(WireMock.aResponse()
        .withStatus(200).withHeader("Content-Type", "application/json").withHeader("Content-Encoding", "gzip")
        .withBody(zipped)));
  }

  /**
   * The operations {@code perShape} makes for each base URL of {@link #serveHostileBodies} (a provider pointed at
   * {@code <baseUrl>/<shape>}), named {@code <shape>-<operation>}.
   */
  public static Map<String, Callable<?>> forEachShape(String baseUrl,
      java.util.function.Function<String, Map<String, Callable<?>>> perShape) {
    Map<String, Callable<?>> all = new LinkedHashMap<>();
    for (String shape : SHAPES) {
      perShape.apply(baseUrl + "/" + shape).forEach((name, operation) -> all.put(shape + "-" + name, operation));
    }
    return all;
  }

  /** Runs {@code scenario} against {@code baseUrl} in a JVM with {@link #HEAP} of heap. */
  public static Result run(Class<? extends Scenario> scenario, String baseUrl) throws IOException, InterruptedException {
    Path out = Files.createTempFile("small-heap", ".log");
    try {
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx" + HEAP, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
          "-cp", System.getProperty("java.class.path"),
          SmallHeap.class.getName(), scenario.getName(), baseUrl));
      Process fork = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      if (!fork.waitFor(120, TimeUnit.SECONDS)) {
        fork.destroyForcibly().waitFor();
        throw new AssertionError("the fork did not end within 120 s: " + Files.readString(out));
      }
      String output = Files.readString(out);
      Map<String, String> outcomes = new LinkedHashMap<>();
      for (String line : output.split("\\R")) {
        if (line.startsWith(OUTCOME)) {
          int colon = line.indexOf(' ', OUTCOME.length());
          outcomes.put(line.substring(OUTCOME.length(), colon), line.substring(colon + 1));
        }
      }
      return new Result(fork.exitValue(), output, outcomes);
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** The fork: {@code <scenario class> <base URL>}. */
  public static void main(String[] args) throws Exception {
    Scenario scenario = (Scenario) Class.forName(args[0]).getConstructor().newInstance();
    PrintStream out = System.out;
    for (Map.Entry<String, Callable<?>> operation : scenario.operations(args[1]).entrySet()) {
      String outcome;
      try {
        Object value = operation.getValue().call();
        outcome = "returned " + (value instanceof Number || value instanceof Boolean ? value : "a value");
      } catch (Error e) {
        out.println(OUTCOME + operation.getKey() + " threw " + e.getClass().getName());
        out.flush();
        Runtime.getRuntime().halt(3);
        return;
      } catch (Exception e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        StringBuilder supers = new StringBuilder();
        for (Class<?> c = e.getClass().getSuperclass(); c != null; c = c.getSuperclass()) {
          supers.append(supers.length() == 0 ? "" : " ").append(c.getName());
        }
        outcome = "threw " + e.getClass().getName() + " [" + supers + "]: " + message
            + (e instanceof TrunkResponseException && ((TrunkResponseException) e).tooLarge() ? TOO_LARGE : "");
      }
      out.println(OUTCOME + operation.getKey() + " " + outcome);
    }
    out.flush();
    System.exit(0);
  }

  /** {@code json} gzip-compressed, for a body with {@code Content-Encoding: gzip}. */
  public static byte[] gzip(String json) {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(json.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return zipped.toByteArray();
  }

  /**
   * About {@code bytes} of JSON: {@code prefix}, then {@code item} repeated, comma-separated, then {@code suffix};
   * for example {@code hostileArray("{\"items\":[", "{}", "]}", 10_000_000)}.
   */
  public static String hostileArray(String prefix, String item, String suffix, int bytes) {
    int n = Math.max(1, (bytes - prefix.length() - suffix.length()) / (item.length() + 1));
    StringBuilder json = new StringBuilder(bytes + item.length() + 16).append(prefix);
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append(item);
    }
    return json.append(suffix).toString();
  }

  /** About {@code bytes} of JSON: one object {@code {"f0":0,"f1":0,…}} of many tiny fields, after {@code prefix}. */
  public static String hostileObject(String prefix, String suffix, int bytes) {
    StringBuilder json = new StringBuilder(bytes + 32).append(prefix).append('{');
    for (int i = 0; json.length() < bytes - suffix.length() - 16; i++) {
      json.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":0");
    }
    return json.append('}').append(suffix).toString();
  }
}

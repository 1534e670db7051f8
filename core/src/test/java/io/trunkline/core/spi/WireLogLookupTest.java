package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's logger looked up ahead of the first request ({@link WireLogLookup}), in one fresh JVM whose logging
 * set-up enables DEBUG on {@code io.trunkline.http}: the first request's line is logged as any later one, on the
 * request's thread, and the lookup's thread was started and has ended.
 */
class WireLogLookupTest {
  @TempDir
  static Path temp;

  private static boolean ended;
  private static int exit;
  private static String output;
  private static String loaded;

  @BeforeAll
  static void listInAFreshJvmLoggingAtDebug() throws Exception {
    Path config = temp.resolve("logback-debug.xml");
    Files.writeString(config, "<configuration>\n"
        + "  <appender name=\"OUT\" class=\"ch.qos.logback.core.ConsoleAppender\">\n"
        + "    <encoder><pattern>%level [%thread] %logger - %msg%n</pattern></encoder>\n"
        + "  </appender>\n"
        + "  <logger name=\"io.trunkline.http\" level=\"DEBUG\"/>\n"
        + "  <root level=\"WARN\"><appender-ref ref=\"OUT\"/></root>\n"
        + "</configuration>\n");
    Path log = temp.resolve("classes.txt");
    Process fork = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log, "-Dlogback.configurationFile=" + config,
        "-cp", System.getProperty("java.class.path"), FlatListingMain.class.getName())
        .redirectErrorStream(true).start();
    output = new String(fork.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    ended = fork.waitFor(2, TimeUnit.MINUTES);
    if (!ended) {
      fork.destroyForcibly();
    }
    exit = ended ? fork.exitValue() : -1;
    loaded = Files.readString(log);
  }

  @Test
  void theFirstRequestsDebugLine_isLogged_onTheRequestsThread() {
    assertThat(ended).as(output).isTrue();
    assertThat(exit).as(output).isZero();
    assertThat(output).contains("listed 1:one:5060:[brand] 2:two:5061:[shared]")
        .containsPattern("(?m)^DEBUG \\[main\\] io\\.trunkline\\.http - \\[flat\\] GET /trunks\\?offset=0&limit=10 -> 200"
            + " in \\d+ ms \\(attempt 1\\)$");
  }

  @Test
  void theLookup_ranOnItsOwnThread() {
    assertThat(loaded).as("the log names the classes loaded").contains("io.trunkline.core.spi.WireLogLookup$Lookup ")
        .contains("io.trunkline.core.spi.WireLog ");
  }
}

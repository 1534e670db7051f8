package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program's first listing of flat trunks builds no {@code ObjectMapper}: jackson-databind's mapper, with the
 * JSR-310 and JDK 8 modules, costs a fresh JVM more than the rest of the listing, and a streamed page of strings,
 * numbers and booleans needs only jackson-core. Checked in a fresh JVM by its class-loading log.
 */
class FlatListingColdTest {
  @TempDir
  Path temp;

  @Test
  void aFirstListingOfFlatTrunks_inAFreshJvm_loadsNoObjectMapper() throws Exception {
    Path log = temp.resolve("classes.txt");
    Process fork = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
        FlatListingMain.class.getName())
        .redirectErrorStream(true).start();
    String output = new String(fork.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean ended = fork.waitFor(2, TimeUnit.MINUTES);
    if (!ended) {
      fork.destroyForcibly();
    }
    String loaded = Files.readString(log);

    assertThat(ended).as(output).isTrue();
    assertThat(fork.exitValue()).as(output).isZero();
    assertThat(output).contains("listed 1:one:5060:[brand] 2:two:5061:[shared]");
    assertThat(loaded).as("the log names the classes loaded").contains("io.trunkline.core.spi.TrunkReading ")
        .contains("com.fasterxml.jackson.core.JsonFactory ")
        .doesNotContain("com.fasterxml.jackson.databind.ObjectMapper ")
        .doesNotContain("com.fasterxml.jackson.datatype.jsr310.JavaTimeModule ")
        .doesNotContain("io.trunkline.core.spi.Json$Mapper ");
  }
}

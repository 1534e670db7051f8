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
 * What a program's first listing of flat trunks makes, checked in one fresh JVM ({@link FlatListingMain}) by its
 * class-loading log: no {@code ObjectMapper} (jackson-databind's mapper, with the JSR-310 and JDK 8 modules, costs a
 * fresh JVM more than the rest of the listing, and a streamed page of strings, numbers and booleans needs only
 * jackson-core), and nothing only writes and descriptions need: no field requirements (the complete metadata is made
 * when a caller first asks for it), no body writer.
 */
class FlatListingColdTest {
  @TempDir
  static Path temp;

  private static boolean ended;
  private static int exit;
  private static String output;
  private static String loaded;

  @BeforeAll
  static void listInAFreshJvm() throws Exception {
    Path log = temp.resolve("classes.txt");
    Process fork = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
        FlatListingMain.class.getName())
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
  void theFreshJvm_listsBothTrunks() {
    assertThat(ended).as(output).isTrue();
    assertThat(exit).as(output).isZero();
    assertThat(output).contains("listed 1:one:5060:[brand] 2:two:5061:[shared]");
  }

  @Test
  void aFirstListingOfFlatTrunks_loadsNoObjectMapper() {
    assertThat(loaded).as("the log names the classes loaded").contains("io.trunkline.core.spi.TrunkReading ")
        .contains("com.fasterxml.jackson.core.JsonFactory ")
        .doesNotContain("com.fasterxml.jackson.databind.ObjectMapper ")
        .doesNotContain("com.fasterxml.jackson.datatype.jsr310.JavaTimeModule ")
        .doesNotContain("io.trunkline.core.spi.Json$Mapper ");
  }

  @Test
  void openingAndAFirstPage_makeNoRequirementsAndNoWriter() {
    assertThat(loaded).as("the log names the classes loaded").contains("io.trunkline.core.spi.KitTrunkProvider ")
        .doesNotContain("io.trunkline.core.FieldRequirement ")
        .doesNotContain("io.trunkline.core.ImmutableFieldRequirement ")
        .doesNotContain("io.trunkline.core.spi.TrunkWriting ");
  }
}

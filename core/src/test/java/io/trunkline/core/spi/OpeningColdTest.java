package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a provider and reading its first page makes nothing only writes and descriptions need: no field
 * requirements (the complete metadata is made when a caller first asks for it), no body writer. Checked in a fresh
 * JVM ({@link FlatListingMain}) by its class-loading log.
 */
class OpeningColdTest {
  @TempDir
  Path temp;

  @Test
  void openingAndAFirstPage_inAFreshJvm_makeNoRequirementsAndNoWriter() throws Exception {
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
    assertThat(loaded).as("the log names the classes loaded").contains("io.trunkline.core.spi.KitTrunkProvider ")
        .doesNotContain("io.trunkline.core.FieldRequirement ")
        .doesNotContain("io.trunkline.core.ImmutableFieldRequirement ")
        .doesNotContain("io.trunkline.core.spi.TrunkWriting ");
  }
}

package io.trunkline.provider.pbx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovery makes the PBX factory and files it under its id, reading nothing else of the provider: no metadata, no
 * adapter class, no declaration, no lambda. Checked in a fresh JVM ({@link DiscoveryMain}) by its class-loading log.
 */
class DiscoveryColdTest {
  @TempDir
  Path temp;

  @Test
  void discovery_inAFreshJvm_makesTheFactoryAlone() throws Exception {
    Path log = temp.resolve("classes.txt");
    Process fork = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
        DiscoveryMain.class.getName())
        .redirectErrorStream(true).start();
    String output = new String(fork.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean ended = fork.waitFor(2, TimeUnit.MINUTES);
    if (!ended) {
      fork.destroyForcibly();
    }
    String loaded = Files.readString(log);

    assertThat(ended).as(output).isTrue();
    assertThat(fork.exitValue()).as(output).isZero();
    assertThat(output).contains("unknown provider 'none'; available: ").contains("pbx");
    assertThat(loaded).as("the log names the classes loaded")
        .contains("io.trunkline.provider.pbx.internal.PbxProviderFactory ")
        .doesNotContain("io.trunkline.provider.pbx.internal.PbxAdapter ")
        .doesNotContain("io.trunkline.provider.pbx.internal.PbxFields ")
        .doesNotContain("io.trunkline.provider.pbx.internal.PbxProviderFactory$$Lambda")
        .doesNotContain("io.trunkline.core.ImmutableProviderMetadata ");
  }
}

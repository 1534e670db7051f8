package io.trunkline.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A main class run in a fresh JVM on the test's class path, with its class-loading log: for tests of what a
 * program's first use of a provider loads, or does not ({@code -Xlog:class+load}).
 *
 * <pre>{@code
 * FreshJvm run = FreshJvm.run(tempDir, DiscoveryMain.class);
 * assertThat(run.output()).contains("pbx");
 * assertThat(run.loaded()).doesNotContain("io.trunkline.provider.pbx.internal.PbxAdapter ");
 * }</pre>
 *
 * @param output what the fork printed, standard error included
 * @param loaded its class-loading log: one line per class, {@code ... <class name> source: ...}
 */
public record FreshJvm(String output, String loaded) {
  /**
   * Runs {@code main} with {@code args} in a fresh JVM, its log written under {@code dir}; asserts that it ended
   * within two minutes with exit code 0 (the message is its output).
   */
  public static FreshJvm run(Path dir, Class<?> main, String... args) throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "classes", ".txt");
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    Process fork = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(fork.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean ended = fork.waitFor(2, TimeUnit.MINUTES);
    if (!ended) {
      fork.destroyForcibly();
    }
    assertThat(ended).as(output).isTrue();
    assertThat(fork.exitValue()).as(output).isZero();
    return new FreshJvm(output, Files.readString(log));
  }
}

package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trunkline.cli.fake.FakeSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
  private static final byte[] EXPORT = "id,name,city\r\n1,office-amsterdam,Zürich\r\n".getBytes(StandardCharsets.UTF_8);

  private FakeSimulator sim;
  private String[] account;

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    sim = new FakeSimulator();
    sim.start();
    account = new String[] {"--provider", "fake", "--base-url", sim.baseUrl(), "--token", FakeSimulator.TOKEN};
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void export_toFile_writesTheVendorBytesExactly_andLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("export.csv");
    Files.writeString(file, "old content that is replaced");
    Cli.Result r = Cli.run(Cli.args(new String[] {"export", "--file", file.toString()}, account));
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(r.out).isEqualTo("Exported " + EXPORT.length + " bytes from fake to " + file + ".\n");
    assertThat(Files.readAllBytes(file)).isEqualTo(EXPORT);
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void export_toStdout_rawBytesWhenTheProcessHasThem() {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    Cli.Result r = Cli.run(b -> b.rawOut(raw), Cli.args(new String[] {"export"}, account));
    assertThat(r.code).as(r.toString()).isZero();
    assertThat(raw.toByteArray()).isEqualTo(EXPORT);
  }

  @Test
  void export_toStdout_throughTheWriterInTests() {
    Cli.Result r = Cli.run(Cli.args(new String[] {"export"}, account));
    assertThat(r.code).isZero();
    assertThat(r.out).isEqualTo(new String(EXPORT, StandardCharsets.UTF_8));
  }

  @Test
  void export_intoAMissingDirectory_isExit2() {
    Cli.Result r = Cli.run(Cli.args(new String[] {"export", "--file", dir.resolve("no/such/x.csv").toString()}, account));
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("no such directory");
  }

  @Test
  void export_vendorError_isExit1_andTheOldFileIsKept() throws IOException {
    Path file = dir.resolve("export.csv");
    Files.writeString(file, "previous export");
    Cli.Result r = Cli.run(Cli.args(new String[] {"export", "--file", file.toString(), "--token", "wrong-token"},
        "--provider", "fake", "--base-url", sim.baseUrl()));
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.err).contains("HTTP 401");
    assertThat(Files.readString(file)).isEqualTo("previous export");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }
}

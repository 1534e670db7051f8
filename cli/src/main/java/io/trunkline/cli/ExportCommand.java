package io.trunkline.cli;

import io.trunkline.core.TrunkProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", sortOptions = false,
    description = {"Write the vendor's own export of all trunks.", "In the vendor's format, to a file or stdout."},
    footerHeading = "%nExample:%n",
    footer = {"  export TRUNKLINE_TOKEN=...",
        "  trunkline export --file pbx-providers.csv --provider pbx --base-url https://pbx.example.com:8887"})
final class ExportCommand extends CliCommand {
  @Option(names = {"-f", "--file"}, order = 0, paramLabel = "FILE",
      description = "Where to write the export; replaced only once the export is complete. Default: stdout.")
  Path file;

  @Mixin
  ProviderOptions provider;

  @Override
  int execute() throws IOException {
    try (TrunkProvider p = provider.open(ctx)) {
      if (file == null) {
        toStdout(p);
      } else {
        toFile(p);
      }
    }
    return ExitCode.OK;
  }

  private void toStdout(TrunkProvider p) throws IOException {
    ctx.out().flush();
    OutputStream raw = ctx.rawOut();
    if (raw != null) {
      p.export(raw);
      raw.flush();
    } else {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      p.export(buffer);
      ctx.out().print(buffer.toString(StandardCharsets.UTF_8));
      ctx.out().flush();
    }
  }

  /** Streams into a temporary file beside {@code file}, then moves it into place: no half-written export. */
  private void toFile(TrunkProvider p) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new UsageException("cannot write " + file + ": no such directory");
    }
    if (Files.isDirectory(target)) {
      throw new UsageException("cannot write " + file + ": it is a directory");
    }
    Path temp;
    try {
      temp = Files.createTempFile(dir, ".trunkline-export-", ".part");
    } catch (IOException e) {
      throw new UsageException("cannot write " + file + ": " + e.getMessage(), e);
    }
    try {
      long bytes;
      try (OutputStream out = Files.newOutputStream(temp)) {
        bytes = p.export(out);
      }
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      ctx.out().println("Exported " + bytes + " bytes from " + p.id() + " to " + file + ".");
      ctx.out().flush();
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}

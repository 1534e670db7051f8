package io.trunkline.examples;

import io.trunkline.core.Capability;
import io.trunkline.core.TrunkProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

/**
 * Exports the PBX's SIP trunks ("providers") to a file in the vendor's own export format, streamed: the body goes
 * to disk as it arrives, never whole into memory. The file appears only once the export is complete.
 *
 * <p>Run: {@code mvn -q -pl examples exec:java -Dexec.mainClass=io.trunkline.examples.ExportPbxExample}
 * (writes the CSV file {@code target/pbx-providers.csv} under the working directory; another path with
 * {@code -Dexec.args=/tmp/export.csv}).
 * The PBX's own client ({@code provider.unwrap(...)}) has the export's options; the neutral call needs none.
 */
public final class ExportPbxExample {
  private ExportPbxExample() {}

  public static void main(String[] args) throws IOException {
    run(args, System.out);
  }

  /** Exports to the file {@code args[0]} names (default below), reporting on {@code out}; throws when it could not. */
  static Path run(String[] args, java.io.PrintStream out) throws IOException {
    Path target = Paths.get(args.length > 0 ? args[0] : "target/pbx-providers.csv").toAbsolutePath();
    try (ExampleAccount account = ExampleAccount.open("pbx")) {
      TrunkProvider pbx = account.provider();
      if (!pbx.supports(Capability.EXPORT)) {
        throw new ExampleFailedException("this provider has no export; it can: " + pbx.capabilities());
      }
      Files.createDirectories(target.getParent());
      // Write to a temporary file beside the target, then move it into place: a failed export leaves no
      // half-written file behind.
      Path partial = Files.createTempFile(target.getParent(), ".export-", ".part");
      try {
        long bytes;
        try (OutputStream file = Files.newOutputStream(partial)) {
          bytes = pbx.export(file);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.println("exported " + bytes + " bytes from pbx (" + account.describe() + ") to " + target);
      } finally {
        Files.deleteIfExists(partial);
      }
    }
    return target;
  }
}

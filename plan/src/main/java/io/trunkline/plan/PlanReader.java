package io.trunkline.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a saved plan: the JSON {@link PlanPrinter#json(Plan)} writes. Apply it with {@link Applier#applySaved}, which
 * first checks that the live state still is what the plan was made from.
 *
 * <pre>{@code
 * Plan saved = new PlanReader().read(Path.of("plan.json"));
 * }</pre>
 */
public final class PlanReader {
  private final ObjectMapper json = JsonMapper.builder().addModule(new Jdk8Module())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /** Reads {@code file}. */
  public Plan read(Path file) {
    try {
      return read(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads the JSON text of a saved plan; a {@link DesiredStateException} with line and column when it is not one
   * (never quoting a value from it).
   */
  public Plan read(String text) {
    Plan plan;
    try {
      plan = json.readValue(text, Plan.class);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
      int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
      String first = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
      String reason = first.contains("\"") || first.contains("'") ? "not a saved plan of this format" : first;
      throw new DesiredStateException((line > 0 ? "line " + line + ", column " + column + ": " : "")
          + "not a saved plan: " + reason, "", line, column);
    }
    if (plan == null) {
      throw new DesiredStateException("not a saved plan: the file is empty", "", 0, 0);
    }
    if (plan.format() != Plan.FORMAT) {
      throw new DesiredStateException("a saved plan of format " + plan.format() + "; this version reads format "
          + Plan.FORMAT + ": plan again", "format", 0, 0);
    }
    return plan;
  }
}

package io.trunkline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.trunkline.core.spi.Json;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Writes results to stdout in the format the user chose. */
final class Printer {
  private static final ObjectWriter PRETTY = Json.mapper().writer(prettyPrinter());
  /** In a FIELD/VALUE table, the fields whose values are ids, shown whole however long. */
  static final java.util.Set<String> WHOLE_FIELDS = java.util.Set.of("id", "provider", "number");

  private final PrintWriter out;
  private final Format format;

  Printer(PrintWriter out, Format format) {
    this.out = out;
    this.format = format;
  }

  Format format() {
    return format;
  }

  /** A listing: a table, CSV records, or one JSON array of {@code json(row)}. */
  <T> void list(String noun, List<T> rows, List<Column<T>> columns, Function<T, JsonNode> json) {
    switch (format) {
      case json:
        ArrayNode array = Json.mapper().createArrayNode();
        rows.forEach(row -> array.add(json.apply(row)));
        json(array);
        break;
      case csv:
        out.print(Csv.render(columns, rows));
        break;
      case table:
      default:
        if (rows.isEmpty()) {
          out.println("No " + noun + ".");
        } else {
          Table.render(columns, rows).forEach(out::println);
        }
        break;
    }
    out.flush();
  }

  /**
   * One item: a two-column FIELD/VALUE table of {@code fields}, a CSV header and one record, or one JSON object.
   */
  <T> void one(T row, List<Column<T>> columns, Map<String, String> fields, JsonNode json) {
    switch (format) {
      case json:
        json(json);
        break;
      case csv:
        out.print(Csv.render(columns, List.of(row)));
        break;
      case table:
      default:
        List<Column<Map.Entry<String, String>>> pair = List.of(
            Column.id("FIELD", "field", Map.Entry::getKey),
            Column.<Map.Entry<String, String>>of("VALUE", "value", 100, Map.Entry::getValue)
                .wholeWhen(field -> WHOLE_FIELDS.contains(field.getKey())));
        Table.render(pair, List.copyOf(fields.entrySet())).forEach(out::println);
        break;
    }
    out.flush();
  }

  /** {@code value} as pretty-printed JSON through the one shared mapper. */
  void json(Object value) {
    out.println(toJson(value));
    out.flush();
  }

  static String toJson(Object value) {
    try {
      return PRETTY.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Two-space indentation, {@code "key": value}, arrays one element a line, {@code []} and {@code {}} when empty. */
  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}

package io.trunkline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.spi.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The result of an action without a model to show (delete, connect, disconnect, export). */
final class Outcome {
  private Outcome() {}

  /** Name/value pairs, in order. */
  static Map<String, Object> fields(Object... pairs) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      fields.put((String) pairs[i], pairs[i + 1]);
    }
    return fields;
  }

  /** A sentence for a table, one JSON object, or a CSV header and record. */
  static void print(CliContext ctx, Format format, String sentence, Map<String, Object> fields) {
    switch (format) {
      case json:
        ObjectNode node = Json.mapper().valueToTree(fields);
        new Printer(ctx.out(), format).json(node);
        break;
      case csv:
        StringBuilder sb = new StringBuilder();
        Csv.record(sb, new ArrayList<>(fields.keySet()));
        List<String> values = new ArrayList<>();
        fields.values().forEach(v -> values.add(String.valueOf(v)));
        Csv.record(sb, values);
        ctx.out().print(sb);
        break;
      case table:
      default:
        ctx.out().println(sentence);
        break;
    }
    ctx.out().flush();
  }
}

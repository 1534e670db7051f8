package io.trunkline.contract;

import java.util.Random;

/** Random damage to a JSON payload: truncation, flipped characters, wrong types, deep nesting, junk. */
final class PayloadMutator {
  private static final String[] REPLACEMENTS = {
    "null", "true", "-1", "99999999999999999999", "1e400", "\"\"", "[]", "{}", "\"x\"", "0.1799999999999999999",
    "\"\\u0000\"", "\"\\ud800\"", "[" + "[".repeat(80) + "]".repeat(80) + "]"
  };

  private PayloadMutator() {}

  static String mutate(String json, Random random) {
    if (json.isEmpty()) {
      return "{";
    }
    switch (random.nextInt(6)) {
      case 0:
        return json.substring(0, random.nextInt(json.length()));
      case 1: {
        char[] chars = json.toCharArray();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
          String noise = "{}[]\",:0a \\";
          chars[random.nextInt(chars.length)] = noise.charAt(random.nextInt(noise.length()));
        }
        return new String(chars);
      }
      case 2:
        return replaceAValue(json, random, REPLACEMENTS[random.nextInt(REPLACEMENTS.length)]);
      case 3:
        return json + (random.nextBoolean() ? "<html>" : "{}");
      case 4:
        return replaceAValue(json, random, "{\"unknown_field\":" + REPLACEMENTS[random.nextInt(REPLACEMENTS.length)] + "}");
      default:
        return replaceAValue(json, random, "\"" + "x".repeat(random.nextInt(5000)) + "\"");
    }
  }

  /** Replaces the value after a random {@code :} (up to the next {@code ,} or {@code }}) with {@code value}. */
  private static String replaceAValue(String json, Random random, String value) {
    int start = json.indexOf(':', random.nextInt(json.length()));
    if (start < 0) {
      start = json.indexOf(':');
    }
    if (start < 0) {
      return value;
    }
    int end = start + 1;
    int depth = 0;
    boolean inString = false;
    while (end < json.length()) {
      char c = json.charAt(end);
      if (c == '"' && json.charAt(end - 1) != '\\') {
        inString = !inString;
      } else if (!inString && (c == '{' || c == '[')) {
        depth++;
      } else if (!inString && (c == '}' || c == ']')) {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (!inString && c == ',' && depth == 0) {
        break;
      }
      end++;
    }
    return json.substring(0, start + 1) + value + json.substring(end);
  }
}

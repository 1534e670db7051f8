package io.trunkline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV back (tests only): quoted fields may hold commas, quotes and line breaks; records end in CRLF. */
final class CsvReader {
  private CsvReader() {}

  static List<List<String>> parse(String text) {
    assertThat(text).as("CSV ends with CRLF").endsWith("\r\n");
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        assertThat(field).as("a quote only opens a field").isEmpty();
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r') {
        assertThat(text.charAt(i + 1)).as("CR only before LF").isEqualTo('\n');
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        assertThat(c).as("a bare LF outside quotes").isNotEqualTo('\n');
        field.append(c);
      }
    }
    assertThat(quoted).as("every quote closed").isFalse();
    return records;
  }
}

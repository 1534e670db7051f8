package io.trunkline.cli;

import java.util.List;

/**
 * CSV as RFC 4180 writes it: a header record, fields separated by commas, records ended by CRLF; a field holding
 * a comma, a double quote, CR or LF is enclosed in double quotes, with each double quote inside doubled.
 */
final class Csv {
  static final String CRLF = "\r\n";

  private Csv() {}

  /** The whole document: header record and one record per row, each ending in CRLF. */
  static <T> String render(List<Column<T>> columns, List<T> rows) {
    StringBuilder sb = new StringBuilder();
    record(sb, columns.stream().map(c -> c.csvName).toList());
    for (T row : rows) {
      record(sb, columns.stream().map(c -> c.text(row)).toList());
    }
    return sb.toString();
  }

  static void record(StringBuilder sb, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(field(fields.get(i)));
    }
    sb.append(CRLF);
  }

  /** One field, quoted when it must be. */
  static String field(String value) {
    if (value == null) {
      return "";
    }
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
        || value.indexOf('\n') >= 0;
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}

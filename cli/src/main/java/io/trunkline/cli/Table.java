package io.trunkline.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for people: a header, a rule, and rows in aligned columns two spaces apart. A value longer
 * than its column's limit is cut and ends with an ellipsis ({@code …}), except in an id column, whose values are
 * always shown whole; control characters (line breaks, escape sequences a vendor might send) never reach the
 * terminal; an empty value shows as {@code -}.
 */
final class Table {
  static final String ELLIPSIS = "\u2026";
  static final String EMPTY = "-";
  private static final String GAP = "  ";

  private Table() {}

  /** The lines of the table. */
  static <T> List<String> render(List<Column<T>> columns, List<T> rows) {
    int n = columns.size();
    List<String[]> cells = new ArrayList<>();
    int[] widths = new int[n];
    for (int c = 0; c < n; c++) {
      widths[c] = length(columns.get(c).header);
    }
    for (T row : rows) {
      String[] line = new String[n];
      for (int c = 0; c < n; c++) {
        Column<T> column = columns.get(c);
        String text = fit(clean(column.text(row)), column.maxWidth(row));
        line[c] = text.isEmpty() ? EMPTY : text;
        widths[c] = Math.max(widths[c], length(line[c]));
      }
      cells.add(line);
    }
    List<String> lines = new ArrayList<>();
    String[] headers = new String[n];
    String[] rules = new String[n];
    for (int c = 0; c < n; c++) {
      headers[c] = columns.get(c).header;
      rules[c] = "-".repeat(widths[c]);
    }
    lines.add(line(columns, headers, widths));
    lines.add(line(columns, rules, widths));
    for (String[] line : cells) {
      lines.add(line(columns, line, widths));
    }
    return lines;
  }

  private static <T> String line(List<Column<T>> columns, String[] cells, int[] widths) {
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        sb.append(GAP);
      }
      String pad = " ".repeat(widths[c] - length(cells[c]));
      if (columns.get(c).right) {
        sb.append(pad).append(cells[c]);
      } else {
        sb.append(cells[c]).append(pad);
      }
    }
    return strip(sb);
  }

  /** {@code text} cut to at most {@code max} characters (code points), the last one an ellipsis when cut. */
  static String fit(String text, int max) {
    if (max < 1 || length(text) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max - 1);
    return text.substring(0, end) + ELLIPSIS;
  }

  /** Tabs and line breaks as spaces, every other control character as {@code ?}. */
  static String clean(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == '\t' || cp == '\n' || cp == '\r') {
        sb.append(' ');
      } else if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || cp == 0x202E || cp == 0x202D) {
        sb.append('?');
      } else {
        sb.appendCodePoint(cp);
      }
    });
    return sb.toString();
  }

  static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private static String strip(StringBuilder sb) {
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == ' ') {
      end--;
    }
    return sb.substring(0, end);
  }
}

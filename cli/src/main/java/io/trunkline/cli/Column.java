package io.trunkline.cli;

import java.util.function.Function;

/**
 * One column of a listing: its header in a table, its name in CSV, how to get its text from a row, how wide it
 * may grow in a table before the text is cut with an ellipsis, and whether it is right-aligned (numbers).
 */
final class Column<T> {
  final String header;
  final String csvName;
  final Function<? super T, String> value;
  final int maxWidth;
  final boolean right;

  private Column(String header, String csvName, Function<? super T, String> value, int maxWidth, boolean right) {
    this.header = header;
    this.csvName = csvName;
    this.value = value;
    this.maxWidth = maxWidth;
    this.right = right;
  }

  static <T> Column<T> of(String header, String csvName, int maxWidth, Function<? super T, String> value) {
    return new Column<>(header, csvName, value, maxWidth, false);
  }

  /** A right-aligned column, for numbers. */
  static <T> Column<T> number(String header, String csvName, Function<? super T, String> value) {
    return new Column<>(header, csvName, value, 12, true);
  }

  /** The same column, reading its value from {@code R} through {@code part}. */
  <R> Column<R> on(Function<R, ? extends T> part) {
    Function<? super T, String> own = value;
    return new Column<>(header, csvName, row -> own.apply(part.apply(row)), maxWidth, right);
  }

  String text(T row) {
    String text = value.apply(row);
    return text == null ? "" : text;
  }
}

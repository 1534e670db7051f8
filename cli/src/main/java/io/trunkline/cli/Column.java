package io.trunkline.cli;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One column of a listing: its header in a table, its name in CSV, how to get its text from a row, how wide it
 * may grow in a table before the text is cut with an ellipsis, and whether it is right-aligned (numbers). An id
 * column ({@link #id}) is never cut: a user copies ids from a table into the next command.
 */
final class Column<T> {
  final String header;
  final String csvName;
  final Function<? super T, String> value;
  final int maxWidth;
  final boolean right;
  /** Rows whose value is shown whole, however long (ids). */
  final Predicate<? super T> whole;

  private Column(String header, String csvName, Function<? super T, String> value, int maxWidth, boolean right,
      Predicate<? super T> whole) {
    this.header = header;
    this.csvName = csvName;
    this.value = value;
    this.maxWidth = maxWidth;
    this.right = right;
    this.whole = whole;
  }

  static <T> Column<T> of(String header, String csvName, int maxWidth, Function<? super T, String> value) {
    return new Column<>(header, csvName, value, maxWidth, false, row -> false);
  }

  /** A column of ids: never cut, so what is copied from the table can be pasted into the next command. */
  static <T> Column<T> id(String header, String csvName, Function<? super T, String> value) {
    return new Column<>(header, csvName, value, 0, false, row -> true);
  }

  /** A right-aligned column, for numbers. */
  static <T> Column<T> number(String header, String csvName, Function<? super T, String> value) {
    return new Column<>(header, csvName, value, 12, true, row -> false);
  }

  /** The same column, but the rows {@code whole} accepts are never cut. */
  Column<T> wholeWhen(Predicate<? super T> whole) {
    return new Column<>(header, csvName, value, maxWidth, right, whole);
  }

  /** The same column, reading its value from {@code R} through {@code part}. */
  <R> Column<R> on(Function<R, ? extends T> part) {
    Function<? super T, String> own = value;
    Predicate<? super T> ownWhole = whole;
    return new Column<>(header, csvName, row -> own.apply(part.apply(row)), maxWidth, right,
        row -> ownWhole.test(part.apply(row)));
  }

  String text(T row) {
    String text = value.apply(row);
    return text == null ? "" : text;
  }

  /** The most characters {@code row}'s value may take in a table; 0 for no limit. */
  int maxWidth(T row) {
    return whole.test(row) ? 0 : maxWidth;
  }
}

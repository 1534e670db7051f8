package io.trunkline.cli;

/** The output formats of {@code --output}. */
enum Format {
  /** Aligned columns for people. */
  table,
  /** The neutral JSON contract, pretty-printed. */
  json,
  /** RFC 4180. */
  csv
}

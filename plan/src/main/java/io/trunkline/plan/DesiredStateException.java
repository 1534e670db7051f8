package io.trunkline.plan;

import io.trunkline.core.error.TrunklineException;
import java.util.Optional;

/**
 * A desired-state file that cannot be used: bad syntax, an unknown or mistyped field, a literal secret, an
 * {@code env:NAME} that is not set. The message names the place ({@code line 4, column 12}) when known and the field
 * ({@code trunks[0].port}); it never shows a secret's value.
 */
public class DesiredStateException extends TrunklineException {
  private final String field;
  private final int line;
  private final int column;

  public DesiredStateException(String message, String field, int line, int column) {
    super(message);
    this.field = field;
    this.line = line;
    this.column = column;
  }

  /** The field, such as {@code trunks[0].port}; empty when the whole file is at fault. */
  public Optional<String> field() {
    return Optional.ofNullable(field).filter(f -> !f.isEmpty());
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }
}

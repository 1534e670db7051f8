package io.trunkline.cli;

import io.trunkline.core.Paged;
import picocli.CommandLine.Option;

/** {@code --limit N}: stop after N items; no page past the one holding the last of them is requested. */
final class LimitOption {
  @Option(names = "--limit", paramLabel = "N", order = 11, description = "Show at most N items (no further pages are fetched).")
  Long limit;

  /** The limit, checked: a negative number is bad usage. */
  Long value() {
    if (limit != null && limit < 0) {
      throw new UsageException("--limit must be 0 or more, not " + limit);
    }
    return limit;
  }

  <T> Paged<T> apply(Paged<T> paged) {
    Long max = value();
    return max == null ? paged : paged.limit(max);
  }
}

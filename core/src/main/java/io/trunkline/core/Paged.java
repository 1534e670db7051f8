package io.trunkline.core;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A lazy listing: pages are requested only as iteration reaches them, one at a time, and iterating again
 * starts over from the first page. Thread-safe to share; each iteration has its own state.
 */
public interface Paged<T> extends Iterable<T> {
  /** The items, one page requested at a time. */
  Stream<T> stream();

  /** The pages themselves. */
  Iterable<Page<T>> byPage();

  /** Only the first page: one request. */
  Page<T> firstPage();

  /** At most {@code max} items; no page past the one that holds the last of them is requested. */
  Paged<T> limit(long max);

  /** Only the items {@code filter} accepts (applied as pages arrive). */
  Paged<T> filter(Predicate<? super T> filter);

  <R> Paged<R> map(Function<? super T, ? extends R> mapper);

  /** Reads every page into a list. */
  default List<T> toList() {
    return stream().toList();
  }
}

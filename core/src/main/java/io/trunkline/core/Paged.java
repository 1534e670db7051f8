package io.trunkline.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
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

  /** One page of a {@link Paged} listing, as the vendor returned it. */
  final class Page<T> {
    private final List<T> items;
    private final int index;
    private final OptionalLong totalCount;

    public Page(List<T> items, int index, OptionalLong totalCount) {
      this.items = unmodifiableCopy(items);
      this.index = index;
      this.totalCount = totalCount;
    }

    /**
     * {@code items} copied once, unmodifiable, no item null. ({@code List.copyOf} copies a mutable list's array
     * twice: once out of the list, once more into the immutable list; a list that is already immutable it keeps.)
     */
    @SuppressWarnings("unchecked")
    private static <T> List<T> unmodifiableCopy(List<T> items) {
      if (items.isEmpty() || IMMUTABLE_LISTS.contains(items.getClass())) {
        return List.copyOf(items);
      }
      Object[] copy = items.toArray();
      for (Object item : copy) {
        Objects.requireNonNull(item);
      }
      return Collections.unmodifiableList(Arrays.asList((T[]) copy));
    }

    private static final Set<Class<?>> IMMUTABLE_LISTS = Set.of(List.of(1).getClass(), List.of(1, 2, 3).getClass());

    public List<T> items() {
      return items;
    }

    /** 0 for the first page. */
    public int index() {
      return index;
    }

    /** The total the vendor reported, where it reports one. */
    public OptionalLong totalCount() {
      return totalCount;
    }

    @Override
    public String toString() {
      return "Page{index=" + index + ", items=" + items.size() + ", totalCount=" + totalCount + "}";
    }
  }
}

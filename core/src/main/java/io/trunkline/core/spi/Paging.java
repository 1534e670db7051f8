package io.trunkline.core.spi;

import io.trunkline.core.Paged.Page;
import io.trunkline.core.Paged;
import io.trunkline.core.error.TrunkResponseException;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Lazy listings for every paging style the vendors use. Each factory returns a {@link Paged} that requests a
 * page only when iteration reaches it and starts over on each iteration.
 */
public final class Paging {
  /** No listing is followed past this many pages: a server that never stops paging is an error, not a hang. */
  public static final int MAX_PAGES = 100_000;

  private Paging() {}

  /** One page of items and, where the vendor sends one, the total number of items. */
  public static final class Chunk<T> {
    final List<T> items;
    final OptionalLong total;

    private Chunk(List<T> items, OptionalLong total) {
      this.items = items;
      this.total = total;
    }

    /** The page's items, in the vendor's order. */
    public List<T> items() {
      return items;
    }

    /** The total the vendor reported with the page, if any. */
    public OptionalLong total() {
      return total;
    }

    public static <T> Chunk<T> of(List<T> items) {
      return new Chunk<>(items, OptionalLong.empty());
    }

    public static <T> Chunk<T> of(List<T> items, long total) {
      return new Chunk<>(items, OptionalLong.of(total));
    }

    public static <T> Chunk<T> of(List<T> items, OptionalLong total) {
      return new Chunk<>(items, total);
    }
  }

  /** Fetches {@code size} items starting at {@code offset} (skip/top, skip/count, offset/limit). */
  @FunctionalInterface
  public interface OffsetFetcher<T> {
    Chunk<T> fetch(long offset, int size);
  }

  /** Fetches page number {@code page} of {@code size} items (page/per_page). */
  @FunctionalInterface
  public interface PageNumberFetcher<T> {
    Chunk<T> fetch(int page, int size);
  }

  /** A listing the vendor returns whole, in one request. */
  public static <T> Paged<T> unpaged(Supplier<List<T>> fetch) {
    return LazyPaged.over(() -> new Cursor<T>() {
      @Override
      public Page<T> fetch(int index) {
        List<T> items = fetch.get();
        done = true;
        return new Page<>(items, index, OptionalLong.of(items.size()));
      }
    });
  }

  /**
   * Offset paging. Stops on an empty page, on a page shorter than {@code size} when no total is sent, or when
   * the total is reached. A server that caps its page size below {@code size} without sending a total is read
   * short; use {@link #byOffsetToEnd} for such vendors.
   */
  public static <T> Paged<T> byOffset(int size, OffsetFetcher<T> fetcher) {
    checkSize(size);
    return LazyPaged.over(() -> new Cursor<T>() {
      private long offset;

      @Override
      public Page<T> fetch(int index) {
        Chunk<T> chunk = fetcher.fetch(offset, size);
        offset += chunk.items.size();
        done = chunk.items.isEmpty()
            || (chunk.total.isPresent() ? offset >= chunk.total.getAsLong() : chunk.items.size() < size);
        return new Page<>(chunk.items, index, chunk.total);
      }
    });
  }

  /**
   * Offset paging that never ends short: a page with fewer items than {@code size} is not taken as the end (a
   * server may cap its page size), so the next page is asked for from the offset that answer reached. The listing
   * ends only on an empty page, when the total (where the vendor sends one) is reached, or on a page longer than
   * {@code size} (the server ignored the size and sent the rest of the list). A page holding the same items as the
   * one before it fails the listing with {@link TrunkResponseException} naming both offsets: the server ignores the
   * offset, and asking on would repeat its items forever.
   *
   * <p>Use it where the vendor does not document a fixed page size; {@link #byOffset} saves the last request when it
   * does.
   */
  public static <T> Paged<T> byOffsetToEnd(int size, OffsetFetcher<T> fetcher) {
    checkSize(size);
    return LazyPaged.over(() -> new Cursor<T>() {
      private long offset;
      private long previousOffset;
      private List<T> previous = List.of();

      @Override
      public Page<T> fetch(int index) {
        Chunk<T> chunk = fetcher.fetch(offset, size);
        if (samePage(chunk.items, previous)) {
          throw new TrunkResponseException("the vendor returned the same page twice: it answered offset=" + offset
              + " with the same items as offset=" + previousOffset + "; it ignores the offset, so the listing stopped"
              + " instead of repeating them", "GET", "(listing)", 200, null);
        }
        previous = chunk.items;
        previousOffset = offset;
        offset += chunk.items.size();
        done = chunk.items.isEmpty() || chunk.items.size() > size
            || (chunk.total.isPresent() && offset >= chunk.total.getAsLong());
        return new Page<>(chunk.items, index, chunk.total);
      }
    });
  }

  /**
   * Page-number paging from {@code firstPage} (0 or 1, as the vendor counts). Stops on an empty page, when the
   * total is reached, or on a short page when no total is sent.
   */
  public static <T> Paged<T> byPageNumber(int firstPage, int size, PageNumberFetcher<T> fetcher) {
    checkSize(size);
    return LazyPaged.over(() -> new Cursor<T>() {
      private long seen;

      @Override
      public Page<T> fetch(int index) {
        Chunk<T> chunk = fetcher.fetch(firstPage + index, size);
        seen += chunk.items.size();
        done = chunk.items.isEmpty()
            || (chunk.total.isPresent() ? seen >= chunk.total.getAsLong() : chunk.items.size() < size);
        return new Page<>(chunk.items, index, chunk.total);
      }
    });
  }

  /** Items already in memory, as one page. */
  public static <T> Paged<T> of(List<T> items) {
    List<T> copy = List.copyOf(items);
    return unpaged(() -> copy);
  }

  /**
   * Whether a page holds the same items as the one before it. Sizes, then first and last items are compared before
   * the whole lists: pages of a listing that moves on differ in their first item, and one item's {@code equals} is
   * cheaper than starting the lists' own.
   */
  static boolean samePage(List<?> page, List<?> previous) {
    int n = page.size();
    if (n == 0 || n != previous.size() || !Objects.equals(page.get(0), previous.get(0))
        || !Objects.equals(page.get(n - 1), previous.get(n - 1))) {
      return false;
    }
    return page.equals(previous);
  }

  private static void checkSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("page size must be at least 1");
    }
  }

  /**
   * The state of one iteration over pages. An interface: verifying this class then loads none of the four cursors
   * its factories make (a listing uses one), as it would to check each is a subclass.
   */
  interface PageCursor<T> {
    /** Page {@code index} (from 0). */
    Page<T> fetch(int index);

    /** No page follows the last one fetched. */
    boolean done();
  }

  /** A cursor whose {@link #fetch} says when it reached the last page. */
  abstract static class Cursor<T> implements PageCursor<T> {
    boolean done;

    @Override
    public boolean done() {
      return done;
    }
  }
}

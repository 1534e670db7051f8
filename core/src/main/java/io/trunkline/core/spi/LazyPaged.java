package io.trunkline.core.spi;

import io.trunkline.core.Paged.Page;
import io.trunkline.core.Paged;
import io.trunkline.core.error.TrunkResponseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** {@link Paged} over a fresh page iterator per iteration; limit, filter and map compose on the pages. */
final class LazyPaged<T> implements Paged<T> {
  private final Supplier<Iterator<Page<T>>> pages;

  private LazyPaged(Supplier<Iterator<Page<T>>> pages) {
    this.pages = pages;
  }

  /**
   * A listing whose every iteration walks a fresh cursor; built by a neutral listing, each page it fetches is a
   * call of that listing for the call listener ({@link CallRecorder#pageCalls}).
   */
  static <T> LazyPaged<T> over(Supplier<Paging.PageCursor<T>> cursors) {
    Function<Supplier<Page<T>>, Page<T>> calls = CallRecorder.pageCalls();
    return new LazyPaged<>(new Walks<>(cursors, calls));
  }

  /** A fresh walk over the pages of a fresh cursor, per iteration ({@link #over}); a class, not a lambda. */
  private static final class Walks<T> implements Supplier<Iterator<Page<T>>> {
    private final Supplier<Paging.PageCursor<T>> cursors;
    private final Function<Supplier<Page<T>>, Page<T>> calls;

    Walks(Supplier<Paging.PageCursor<T>> cursors, Function<Supplier<Page<T>>, Page<T>> calls) {
      this.cursors = cursors;
      this.calls = calls;
    }

    @Override
    public Iterator<Page<T>> get() {
      return new PageIterator<>(cursors.get(), calls);
    }
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> source = pages.get();
    // a page's items are an unmodifiable array-backed list (Page copies them so): read by index, no iterator per page
    return new Iterator<>() {
      private List<T> items = List.of();
      private int next;

      @Override
      public boolean hasNext() {
        while (next >= items.size()) {
          if (!source.hasNext()) {
            return false;
          }
          items = source.next().items();
          next = 0;
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return items.get(next++);
      }
    };
  }

  @Override
  public Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  @Override
  public Iterable<Page<T>> byPage() {
    return pages::get;
  }

  @Override
  public Page<T> firstPage() {
    Iterator<Page<T>> it = pages.get();
    return it.hasNext() ? it.next() : new Page<>(List.of(), 0, java.util.OptionalLong.of(0));
  }

  @Override
  public Paged<T> limit(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    return new LazyPaged<>(() -> {
      Iterator<Page<T>> source = pages.get();
      return new Iterator<Page<T>>() {
        private long left = max;

        @Override
        public boolean hasNext() {
          return left > 0 && source.hasNext();
        }

        @Override
        public Page<T> next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          Page<T> page = source.next();
          List<T> items = page.items();
          if (items.size() > left) {
            items = items.subList(0, (int) left);
          }
          left -= items.size();
          return new Page<>(items, page.index(), page.totalCount());
        }
      };
    });
  }

  @Override
  public Paged<T> filter(Predicate<? super T> filter) {
    return derive(page -> {
      List<T> kept = new ArrayList<>();
      for (T item : page.items()) {
        if (filter.test(item)) {
          kept.add(item);
        }
      }
      return new Page<>(kept, page.index(), java.util.OptionalLong.empty());
    });
  }

  @Override
  public <R> Paged<R> map(Function<? super T, ? extends R> mapper) {
    return derive(page -> {
      List<R> mapped = new ArrayList<>(page.items().size());
      for (T item : page.items()) {
        mapped.add(mapper.apply(item));
      }
      return new Page<>(mapped, page.index(), page.totalCount());
    });
  }

  private <R> Paged<R> derive(Function<Page<T>, Page<R>> perPage) {
    return new LazyPaged<R>(() -> {
      Iterator<Page<T>> source = pages.get();
      return new Iterator<Page<R>>() {
        @Override
        public boolean hasNext() {
          return source.hasNext();
        }

        @Override
        public Page<R> next() {
          return perPage.apply(source.next());
        }
      };
    });
  }

  /** One page of a cursor, fetched when the page's call runs it; a class, not a lambda. */
  private static final class PageFetch<T> implements Supplier<Page<T>> {
    private final Paging.PageCursor<T> cursor;
    private final int index;

    PageFetch(Paging.PageCursor<T> cursor, int index) {
      this.cursor = cursor;
      this.index = index;
    }

    @Override
    public Page<T> get() {
      return cursor.fetch(index);
    }
  }

  /** Walks the pages of one cursor, stopping when it says so or at {@link Paging#MAX_PAGES}. */
  private static final class PageIterator<T> implements Iterator<Page<T>> {
    private final Paging.PageCursor<T> cursor;
    private final Function<Supplier<Page<T>>, Page<T>> calls;
    private int index;
    private List<T> previous = List.of();

    PageIterator(Paging.PageCursor<T> cursor, Function<Supplier<Page<T>>, Page<T>> calls) {
      this.cursor = cursor;
      this.calls = calls;
    }

    @Override
    public boolean hasNext() {
      return !cursor.done();
    }

    @Override
    public Page<T> next() {
      if (cursor.done()) {
        throw new NoSuchElementException();
      }
      if (index >= Paging.MAX_PAGES) {
        throw new TrunkResponseException("the vendor kept returning pages past " + Paging.MAX_PAGES
            + "; stopped listing", "GET", "(listing)", 200, null);
      }
      int at = index++;
      Page<T> page = calls.apply(new PageFetch<>(cursor, at));
      if (Paging.samePage(page.items(), previous)) {
        throw new TrunkResponseException("the vendor returned the same page twice (page " + index
            + "); it may be ignoring the paging parameters, so listing stopped", "GET", "(listing)", 200, null);
      }
      previous = page.items();
      return page;
    }
  }
}

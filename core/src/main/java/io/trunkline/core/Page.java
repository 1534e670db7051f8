package io.trunkline.core;

import java.util.List;
import java.util.OptionalLong;

/** One page of a {@link Paged} listing, as the vendor returned it. */
public final class Page<T> {
  private final List<T> items;
  private final int index;
  private final OptionalLong totalCount;

  public Page(List<T> items, int index, OptionalLong totalCount) {
    this.items = List.copyOf(items);
    this.index = index;
    this.totalCount = totalCount;
  }

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

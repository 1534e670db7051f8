package io.trunkline.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.trunkline.core.Paged.Page;
import io.trunkline.core.Paged;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {
  private final List<String> requests = new ArrayList<>();

  private Paging.Chunk<Integer> offsetPage(long offset, int size, int total, boolean sendTotal) {
    requests.add("offset=" + offset + "&size=" + size);
    List<Integer> items = IntStream.range((int) offset, (int) Math.min(total, offset + size)).boxed()
        .collect(Collectors.toList());
    return sendTotal ? Paging.Chunk.of(items, total) : Paging.Chunk.of(items);
  }

  @Test
  void byOffset_requestsTheNextPageOnlyWhenIterationPassesTheCurrentOne() {
    Paged<Integer> paged = Paging.byOffset(100, (offset, size) -> offsetPage(offset, size, 250, true));

    Iterator<Integer> it = paged.iterator();
    assertThat(requests).isEmpty();
    for (int i = 0; i < 100; i++) {
      it.next();
    }
    assertThat(requests).containsExactly("offset=0&size=100");
    it.hasNext();
    assertThat(requests).containsExactly("offset=0&size=100", "offset=100&size=100");
  }

  @Test
  void iteration_passesOverPagesLeftEmpty_andEndsAfterTheLastItem() {
    Paged<Integer> paged = Paging.byOffset(100, (offset, size) -> offsetPage(offset, size, 450, true))
        .filter(i -> i < 2 || (i >= 300 && i < 302) || i == 449);

    Iterator<Integer> it = paged.iterator();
    List<Integer> seen = new ArrayList<>();
    while (it.hasNext() && it.hasNext()) {
      seen.add(it.next());
    }

    assertThat(seen).containsExactly(0, 1, 300, 301, 449);
    assertThat(requests).hasSize(5);
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    assertThat(Paging.byOffset(10, (offset, size) -> offsetPage(offset, size, 0, true)).iterator().hasNext())
        .isFalse();
  }

  @Test
  void byOffset_withTotal_requestsExactlyThreePagesFor250() {
    Paged<Integer> paged = Paging.byOffset(100, (offset, size) -> offsetPage(offset, size, 250, true));

    assertThat(paged.toList()).hasSize(250).startsWith(0, 1).endsWith(249);
    assertThat(requests).containsExactly("offset=0&size=100", "offset=100&size=100", "offset=200&size=100");
  }

  @Test
  void byOffset_withoutTotal_stopsOnAShortPage_orAnEmptyOne() {
    Paging.byOffset(50, (offset, size) -> offsetPage(offset, size, 120, false)).toList();
    assertThat(requests).containsExactly("offset=0&size=50", "offset=50&size=50", "offset=100&size=50");

    requests.clear();
    assertThat(Paging.byOffset(50, (offset, size) -> offsetPage(offset, size, 100, false)).toList()).hasSize(100);
    assertThat(requests).hasSize(3).last().isEqualTo("offset=100&size=50");
  }

  @Test
  void limit_stopsEarly_withoutFetchingFurtherPages() {
    Paged<Integer> paged = Paging.byOffset(100, (offset, size) -> offsetPage(offset, size, 1000, true));

    assertThat(paged.limit(150).toList()).hasSize(150);
    assertThat(requests).hasSize(2);
    requests.clear();
    assertThat(paged.limit(100).toList()).hasSize(100);
    assertThat(requests).hasSize(1);
  }

  @Test
  void iteratingTwice_startsAgainFromTheFirstPage() {
    Paged<Integer> paged = Paging.byOffset(10, (offset, size) -> offsetPage(offset, size, 15, true));

    assertThat(paged.toList()).hasSize(15);
    assertThat(paged.toList()).hasSize(15);
    assertThat(requests).containsExactly("offset=0&size=10", "offset=10&size=10", "offset=0&size=10",
        "offset=10&size=10");
  }

  @Test
  void firstPage_isOneRequest_andByPageShowsPages() {
    Paged<Integer> paged = Paging.byOffset(10, (offset, size) -> offsetPage(offset, size, 25, true));

    Page<Integer> first = paged.firstPage();
    assertThat(first.items()).hasSize(10);
    assertThat(first.totalCount()).hasValue(25);
    assertThat(requests).hasSize(1);
    List<Integer> sizes = new ArrayList<>();
    paged.byPage().forEach(p -> sizes.add(p.items().size()));
    assertThat(sizes).containsExactly(10, 10, 5);
  }

  @Test
  void byPageNumber_countsFromTheVendorsFirstPage_andStopsAtTheTotal() {
    List<Integer> pagesAsked = new ArrayList<>();
    Paged<Integer> paged = Paging.byPageNumber(1, 25, (page, size) -> {
      pagesAsked.add(page);
      int from = (page - 1) * size;
      return Paging.Chunk.of(IntStream.range(from, Math.min(60, from + size)).boxed().collect(Collectors.toList()), 60);
    });

    assertThat(paged.toList()).hasSize(60);
    assertThat(pagesAsked).containsExactly(1, 2, 3);
  }

  @Test
  void unpaged_isOneRequest_andFilterAndMapApplyPerPage() {
    int[] calls = {0};
    Paged<Integer> paged = Paging.unpaged(() -> {
      calls[0]++;
      return List.of(1, 2, 3, 4);
    });

    assertThat(paged.filter(i -> i % 2 == 0).map(i -> "n" + i).toList()).containsExactly("n2", "n4");
    assertThat(calls[0]).isEqualTo(1);
  }

  @Test
  void limitAfterFilter_countsOnlyKeptItems() {
    Paged<Integer> paged = Paging.byOffset(10, (offset, size) -> offsetPage(offset, size, 100, true));

    assertThat(paged.filter(i -> i % 10 == 0).limit(3).toList()).containsExactly(0, 10, 20);
    assertThat(requests).hasSize(3);
  }

  @Test
  void aServerThatIgnoresTheOffset_isStopped_notFollowedForever() {
    Paged<Integer> paged = Paging.byOffset(2, (offset, size) -> {
      requests.add("offset=" + offset);
      return Paging.Chunk.of(List.of(1, 2), 1_000_000);
    });

    org.assertj.core.api.Assertions.assertThatThrownBy(paged::toList)
        .isInstanceOf(io.trunkline.core.error.TrunkResponseException.class)
        .hasMessageContaining("same page twice");
    assertThat(requests).hasSize(2);
  }

  // ---- byOffsetToEnd: never ends short ----

  /** A server that sends at most {@code cap} items whatever is asked, and no total. */
  private Paging.Chunk<Integer> cappedPage(long offset, int size, int total, int cap) {
    requests.add("offset=" + offset + "&size=" + size);
    return Paging.Chunk.of(IntStream.range((int) offset, (int) Math.min(total, offset + Math.min(size, cap))).boxed()
        .collect(Collectors.toList()));
  }

  @Test
  void byOffsetToEnd_whenTheServerCapsItsPages_asksOnFromTheOffsetReached_untilAnEmptyPage() {
    Paged<Integer> paged = Paging.byOffsetToEnd(100, (offset, size) -> cappedPage(offset, size, 120, 50));

    assertThat(paged.toList()).hasSize(120).doesNotHaveDuplicates().startsWith(0).endsWith(119);
    assertThat(requests).containsExactly("offset=0&size=100", "offset=50&size=100", "offset=100&size=100",
        "offset=120&size=100");
  }

  @Test
  void byOffsetToEnd_stopsAtTheTotal_withoutAskingForAnEmptyPage() {
    Paged<Integer> paged = Paging.byOffsetToEnd(100, (offset, size) -> offsetPage(offset, size, 250, true));

    assertThat(paged.toList()).hasSize(250);
    assertThat(requests).containsExactly("offset=0&size=100", "offset=100&size=100", "offset=200&size=100");
  }

  @Test
  void byOffsetToEnd_takesAPageLongerThanAsked_asTheRestOfTheList() {
    Paged<Integer> paged = Paging.byOffsetToEnd(2, (offset, size) -> {
      requests.add("offset=" + offset);
      return Paging.Chunk.of(List.of(1, 2, 3));
    });

    assertThat(paged.toList()).containsExactly(1, 2, 3);
    assertThat(requests).containsExactly("offset=0");
  }

  @Test
  void byOffsetToEnd_isLazy_andStartsOverOnEachIteration() {
    Paged<Integer> paged = Paging.byOffsetToEnd(10, (offset, size) -> cappedPage(offset, size, 15, 10));
    Iterator<Integer> it = paged.iterator();
    assertThat(requests).isEmpty();
    it.next();
    assertThat(requests).containsExactly("offset=0&size=10");

    requests.clear();
    assertThat(paged.toList()).hasSize(15);
    assertThat(paged.limit(5).toList()).hasSize(5);
    assertThat(requests).containsExactly("offset=0&size=10", "offset=10&size=10", "offset=15&size=10",
        "offset=0&size=10");
  }

  @Test
  void byOffsetToEnd_whenTheServerIgnoresTheOffset_failsNamingBothOffsets() {
    Paged<Integer> paged = Paging.byOffsetToEnd(100, (offset, size) -> {
      requests.add("offset=" + offset);
      return Paging.Chunk.of(List.of(1, 2, 3, 4, 5));
    });

    org.assertj.core.api.Assertions.assertThatThrownBy(paged::toList)
        .isInstanceOf(io.trunkline.core.error.TrunkResponseException.class)
        .hasMessageContaining("same page twice")
        .hasMessageContaining("offset=5 with the same items as offset=0")
        .hasMessageContaining("ignores the offset");
    assertThat(requests).containsExactly("offset=0", "offset=5");
  }
  @Test
  void byOffsetToEnd_pagesThatShareTheirFirstAndLastItems_butNotTheMiddle_areNotTheSamePage() {
    List<List<Integer>> pages = List.of(List.of(1, 2, 3), List.of(1, 9, 3), List.of());
    Paged<Integer> paged = Paging.byOffsetToEnd(3, (offset, size) -> {
      requests.add("offset=" + offset);
      return Paging.Chunk.of(pages.get(requests.size() - 1));
    });

    assertThat(paged.toList()).containsExactly(1, 2, 3, 1, 9, 3);
    assertThat(requests).containsExactly("offset=0", "offset=3", "offset=6");
  }

  @Test
  void aPage_keepsACopy_unmodifiable_andRefusesNullItems() {
    List<Integer> source = new ArrayList<>(List.of(1, 2, 3));
    Page<Integer> page = new Page<>(source, 0, java.util.OptionalLong.empty());
    source.set(0, 7);
    source.add(4);

    assertThat(page.items()).containsExactly(1, 2, 3).isEqualTo(List.of(1, 2, 3));
    assertThat(page.items().hashCode()).isEqualTo(List.of(1, 2, 3).hashCode());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> page.items().add(5))
        .isInstanceOf(UnsupportedOperationException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> page.items().set(0, 5))
        .isInstanceOf(UnsupportedOperationException.class);
    List<Integer> withNull = new ArrayList<>(List.of(1));
    withNull.add(null);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Page<>(withNull, 0, java.util.OptionalLong.empty()))
        .isInstanceOf(NullPointerException.class);
    List<Integer> immutable = List.of(1, 2, 3);
    assertThat(new Page<>(immutable, 0, java.util.OptionalLong.empty()).items()).isSameAs(immutable);
  }
}

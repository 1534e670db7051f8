package io.trunkline.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A built trunk's {@link SipTrunk#allowedIps()} or {@link SipTrunk#numbers()}: the strings in an array, in order,
 * unmodifiable; equal to (and hashing as) any {@link List} with the same elements. A {@link Builder} fills the array
 * and hands it over at {@link Builder#build()}: no second copy. A JDK unmodifiable list ({@link List#of}) given
 * whole to an empty builder is kept as it is, not copied (it cannot change; nulls are still refused), and a trunk
 * holds it as it is ({@link Builder#list()}): such a list refuses {@code contains(null)} and {@code indexOf(null)} with
 * a {@code NullPointerException}, as {@code List.of} does.
 */
final class StringList extends AbstractList<String> implements RandomAccess {
  static final StringList EMPTY = new StringList(new String[0], 0);

  /** The classes of the JDK's unmodifiable lists ({@code List.of}, {@code List.copyOf}, {@code Stream.toList}). */
  private static final Class<?> LIST12 = List.of("").getClass();
  private static final Class<?> LISTN = List.of("", "", "").getClass();

  private final String[] elements;
  private final int size;
  /** A JDK unmodifiable list taken as it is, or null when the elements are in {@link #elements}. */
  private final List<String> kept;

  private StringList(String[] elements, int size) {
    this.elements = elements;
    this.size = size;
    this.kept = null;
  }

  private StringList(List<String> kept) {
    this.elements = null;
    this.size = kept.size();
    this.kept = kept;
  }

  /** Whether {@code elements} is one of the JDK's unmodifiable lists, which can be kept without a copy. */
  private static boolean unmodifiable(Iterable<String> elements) {
    Class<?> type = elements.getClass();
    return type == LIST12 || type == LISTN;
  }

  /** The elements of {@code list}, in order; nulls refused. How JSON arrives. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static StringList copyOf(List<String> list) {
    if (list instanceof StringList) {
      return (StringList) list;
    }
    Builder copy = new Builder("element");
    copy.addAll(list);
    return copy.build();
  }

  @Override
  public String get(int index) {
    Objects.checkIndex(index, size);
    return kept != null ? kept.get(index) : elements[index];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean add(String element) {
    throw unmodifiable();
  }

  @Override
  public void add(int index, String element) {
    throw unmodifiable();
  }

  @Override
  public boolean addAll(Collection<? extends String> elements) {
    throw unmodifiable();
  }

  @Override
  public boolean addAll(int index, Collection<? extends String> elements) {
    throw unmodifiable();
  }

  @Override
  public String set(int index, String element) {
    throw unmodifiable();
  }

  @Override
  public String remove(int index) {
    throw unmodifiable();
  }

  @Override
  public boolean remove(Object element) {
    throw unmodifiable();
  }

  @Override
  public boolean removeAll(Collection<?> elements) {
    throw unmodifiable();
  }

  @Override
  public boolean retainAll(Collection<?> elements) {
    throw unmodifiable();
  }

  @Override
  public boolean removeIf(Predicate<? super String> filter) {
    throw unmodifiable();
  }

  @Override
  public void replaceAll(UnaryOperator<String> operator) {
    throw unmodifiable();
  }

  @Override
  public void sort(Comparator<? super String> comparator) {
    throw unmodifiable();
  }

  @Override
  public void clear() {
    throw unmodifiable();
  }

  @Override
  protected void removeRange(int from, int to) {
    throw unmodifiable();
  }

  private static UnsupportedOperationException unmodifiable() {
    return new UnsupportedOperationException("a trunk's lists cannot be changed: use SipTrunk.builder().from(trunk)");
  }

  /**
   * Collects the elements of one list. {@link #build()} hands its array to the list it returns, without a copy (and
   * an empty builder given a whole {@link StringList} shares it); it is copied only if elements are added afterwards without {@link #clear()}, which starts afresh, sized for as many
   * elements as the last list held.
   */
  static final class Builder {
    private final String what;
    private String[] elements;
    private int size;
    private int capacity = 2;
    /** The list last built, which owns {@link #elements}; null when the builder owns it. */
    private StringList built;
    /** A JDK unmodifiable list taken whole ({@link #addAll}) while nothing else was added; else null. */
    private List<String> kept;

    /** {@code what}: the name of an element in null messages, e.g. {@code "allowedIps element"}. */
    Builder(String what) {
      this.what = what;
    }

    void add(String element) {
      Objects.requireNonNull(element, what);
      if (kept != null) {   // more than the list kept: its elements go into an array of the builder's own
        List<String> first = kept;
        kept = null;
        built = null;
        size = 0;
        elements = new String[Math.max(capacity, first.size() + 1)];
        for (String e : first) {
          elements[size++] = e;
        }
      }
      if (elements == null) {
        elements = new String[capacity];
      } else if (built != null || size == elements.length) {
        elements = Arrays.copyOf(elements, size == elements.length ? size * 2 : elements.length);
        built = null;
      }
      elements[size++] = element;
    }

    /** Adds every element; into an empty builder, a {@link StringList} is taken as it is (shared). */
    @SuppressWarnings("unchecked")
    void addAll(Iterable<String> elements) {
      if (size == 0 && kept == null && unmodifiable(elements)) {
        List<String> list = (List<String>) elements;
        if (list.isEmpty()) {
          return;
        }
        if (list.getClass() != LIST12) {   // List.of's one or two elements are never null; Stream.toList() keeps nulls
          for (int i = 0, n = list.size(); i < n; i++) {
            Objects.requireNonNull(list.get(i), what);
          }
        }
        kept = list;
        size = list.size();
        built = null;
        return;
      }
      if (elements instanceof StringList) {
        StringList other = (StringList) elements;
        if (other.size == 0) {
          return;
        }
        if (size == 0 && kept == null && other.kept != null) {
          kept = other.kept;
          size = other.size;
          built = other;
          return;
        }
        if (size == 0 && kept == null) {
          this.elements = other.elements;
          size = other.size;
          built = other;
          return;
        }
      }
      for (String element : elements) {
        add(element);
      }
    }

    void clear() {
      if (kept != null) {
        kept = null;
        built = null;
        size = 0;
        return;
      }
      if (built != null) {
        capacity = size;
        elements = null;
        built = null;
      } else if (elements != null) {
        Arrays.fill(elements, 0, size, null);
      }
      size = 0;
    }

    /**
     * The elements added so far, as a trunk holds them: the JDK unmodifiable list taken whole, as it is (no
     * {@link StringList} around it: 24 bytes less per trunk), else {@link #build()}.
     */
    List<String> list() {
      return kept != null ? kept : build();
    }

    /** The list of the elements added so far. */
    StringList build() {
      if (size == 0) {
        return EMPTY;
      }
      if (kept != null) {
        if (built == null) {
          built = new StringList(kept);
        }
        return built;
      }
      if (built == null) {
        built = new StringList(elements, size);
        capacity = size;
      }
      return built;
    }
  }
}

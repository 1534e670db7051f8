package io.trunkline.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A built trunk's {@link SipTrunk#attributes()}: keys and values in two arrays, in insertion order, unmodifiable;
 * equal to (and hashing as) any {@link Map} with the same entries, as the {@code LinkedHashMap} it replaces. It costs
 * no entry object per attribute and no hash table: lookups scan the keys (a trunk has a few dozen at most, and
 * {@code String} caches its hash). A {@link Builder} fills the arrays and hands them over at {@link Builder#build()}.
 */
final class AttributeMap extends AbstractMap<String, JsonNode> {
  static final AttributeMap EMPTY = new AttributeMap(new String[0], new JsonNode[0], 0);

  private final String[] keys;
  private final JsonNode[] values;
  private final int size;

  private AttributeMap(String[] keys, JsonNode[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.size = size;
  }

  /** The entries of {@code map}, in its order; nulls refused. How JSON and {@code from} arrive. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static AttributeMap copyOf(Map<String, ? extends JsonNode> map) {
    if (map instanceof AttributeMap) {
      return (AttributeMap) map;
    }
    Builder copy = new Builder();
    copy.putAll(map);
    return copy.build();
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return at(keys, size, key) >= 0;
  }

  @Override
  public JsonNode get(Object key) {
    int i = at(keys, size, key);
    return i < 0 ? null : values[i];
  }

  @Override
  public JsonNode getOrDefault(Object key, JsonNode defaultValue) {
    int i = at(keys, size, key);
    return i < 0 ? defaultValue : values[i];
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super JsonNode> action) {
    for (int i = 0; i < size; i++) {
      action.accept(keys[i], values[i]);
    }
  }

  @Override
  public Set<String> keySet() {
    return Collections.unmodifiableSet(super.keySet());
  }

  @Override
  public Collection<JsonNode> values() {
    return Collections.unmodifiableCollection(super.values());
  }

  @Override
  public Set<Map.Entry<String, JsonNode>> entrySet() {
    return Collections.unmodifiableSet(new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, JsonNode>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map.Entry<String, JsonNode> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }
    });
  }

  @Override
  public boolean equals(Object other) {
    if (other == this) {
      return true;
    }
    if (!(other instanceof Map) || ((Map<?, ?>) other).size() != size) {
      return false;
    }
    Map<?, ?> map = (Map<?, ?>) other;
    for (int i = 0; i < size; i++) {
      Object value = map.get(keys[i]);
      if (value == null || !value.equals(values[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < size; i++) {
      h += keys[i].hashCode() ^ values[i].hashCode();
    }
    return h;
  }

  @Override
  public JsonNode put(String key, JsonNode value) {
    throw unmodifiable();
  }

  @Override
  public JsonNode remove(Object key) {
    throw unmodifiable();
  }

  @Override
  public void putAll(Map<? extends String, ? extends JsonNode> map) {
    throw unmodifiable();
  }

  @Override
  public void clear() {
    throw unmodifiable();
  }

  @Override
  public void replaceAll(BiFunction<? super String, ? super JsonNode, ? extends JsonNode> function) {
    throw unmodifiable();
  }

  @Override
  public JsonNode putIfAbsent(String key, JsonNode value) {
    throw unmodifiable();
  }

  @Override
  public boolean remove(Object key, Object value) {
    throw unmodifiable();
  }

  @Override
  public boolean replace(String key, JsonNode oldValue, JsonNode newValue) {
    throw unmodifiable();
  }

  @Override
  public JsonNode replace(String key, JsonNode value) {
    throw unmodifiable();
  }

  @Override
  public JsonNode computeIfAbsent(String key, Function<? super String, ? extends JsonNode> function) {
    throw unmodifiable();
  }

  @Override
  public JsonNode computeIfPresent(String key,
      BiFunction<? super String, ? super JsonNode, ? extends JsonNode> function) {
    throw unmodifiable();
  }

  @Override
  public JsonNode compute(String key, BiFunction<? super String, ? super JsonNode, ? extends JsonNode> function) {
    throw unmodifiable();
  }

  @Override
  public JsonNode merge(String key, JsonNode value,
      BiFunction<? super JsonNode, ? super JsonNode, ? extends JsonNode> function) {
    throw unmodifiable();
  }

  private static UnsupportedOperationException unmodifiable() {
    return new UnsupportedOperationException("a trunk's attributes cannot be changed: use SipTrunk.builder().from(trunk)");
  }

  private static int at(String[] keys, int size, Object key) {
    if (key == null) {
      return -1;
    }
    int hash = key.hashCode();
    for (int i = 0; i < size; i++) {
      String k = keys[i];
      if (k == key || k.hashCode() == hash && k.equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Collects the entries of one map: a key put again keeps its place and takes the new value, as in
   * {@code LinkedHashMap}. {@link #build()} hands its arrays to the map it returns, without a copy (and an empty
   * builder given a whole {@link AttributeMap} shares it); they are copied only if entries are put afterwards without
   * {@link #clear()}, which starts afresh, sized for as many entries as the last map held (one builder serves a page
   * of like trunks without growing or trimming).
   */
  static final class Builder {
    /** Past this many entries, the builder finds a key through {@link #index}. */
    private static final int INDEXED = 64;
    private String[] keys;
    private JsonNode[] values;
    private int size;
    private int capacity = 4;
    /** The map last built, which owns {@link #keys} and {@link #values}; null when the builder owns them. */
    private AttributeMap built;
    /**
     * Each key's place, once more than {@link #INDEXED} are put: a trunk of very many attributes (a hostile answer
     * the JSON budget ends) is read in linear time, not quadratic. Real trunks never need it.
     */
    private Map<String, Integer> index;

    void put(String key, JsonNode value) {
      Objects.requireNonNull(key, "attributes key");
      Objects.requireNonNull(value, value == null ? "attributes value for key: " + key : null);
      int i = index != null ? index.getOrDefault(key, -1) : at(keys, size, key);
      if (built != null) {
        keys = Arrays.copyOf(keys, i >= 0 ? size : size + 1);
        values = Arrays.copyOf(values, keys.length);
        built = null;
      }
      if (i >= 0) {
        values[i] = value;
        return;
      }
      if (keys == null) {
        keys = new String[capacity];
        values = new JsonNode[capacity];
      } else if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      keys[size] = key;
      values[size] = value;
      size++;
      if (index != null) {
        index.put(key, size - 1);
      } else if (size > INDEXED) {
        index = new java.util.HashMap<>(size * 2);
        for (int k = 0; k < size; k++) {
          index.put(keys[k], k);
        }
      }
    }

    /** Puts every entry of {@code map}; into an empty builder, an {@link AttributeMap} is taken as it is (shared). */
    void putAll(Map<String, ? extends JsonNode> map) {
      if (map instanceof AttributeMap) {
        AttributeMap other = (AttributeMap) map;
        if (size == 0 && other.size > 0) {
          keys = other.keys;
          values = other.values;
          size = other.size;
          built = other;
          index = null;
          return;
        }
        for (int i = 0; i < other.size; i++) {
          put(other.keys[i], other.values[i]);
        }
        return;
      }
      for (Map.Entry<String, ? extends JsonNode> e : map.entrySet()) {
        put(e.getKey(), e.getValue());
      }
    }

    void clear() {
      if (built != null) {
        capacity = size;
        keys = null;
        values = null;
        built = null;
      } else if (keys != null) {
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
      }
      size = 0;
      index = null;
    }

    /** The map of the entries put so far. */
    AttributeMap build() {
      if (size == 0) {
        return EMPTY;
      }
      if (built == null) {
        built = new AttributeMap(keys, values, size);
        capacity = size;
      }
      return built;
    }
  }
}

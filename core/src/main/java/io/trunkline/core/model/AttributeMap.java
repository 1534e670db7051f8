package io.trunkline.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
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
 * {@code String} caches its hash); past {@link #INDEXED} entries an index by key is made on first use, so a hostile
 * answer with thousands of fields costs linear time, not quadratic. A {@link Builder} fills the arrays and hands them
 * over at {@link Builder#build()}. A JSON string value put as its text ({@link Builder#putText}) is kept as the
 * {@code String} and becomes its {@link TextNode} when first read (then kept): the same node, made only if asked for.
 */
final class AttributeMap extends AbstractMap<String, JsonNode> {
  /** Past this many entries, lookups go through an index by key rather than a scan. */
  static final int INDEXED = 32;

  static final AttributeMap EMPTY = new AttributeMap(new String[0], new Object[0], 0);

  private final String[] keys;
  /** Each a {@link JsonNode}, or the text of a JSON string not yet read (replaced by its node when first read). */
  private final Object[] values;
  private final int size;
  /** Positions by key, made on the first lookup of a map with more than {@link #INDEXED} entries. */
  private volatile Map<String, Integer> index;

  private AttributeMap(String[] keys, Object[] values, int size) {
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
    return indexOf(key) >= 0;
  }

  @Override
  public JsonNode get(Object key) {
    int i = indexOf(key);
    return i < 0 ? null : node(i);
  }

  @Override
  public JsonNode getOrDefault(Object key, JsonNode defaultValue) {
    int i = indexOf(key);
    return i < 0 ? defaultValue : node(i);
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super JsonNode> action) {
    for (int i = 0; i < size; i++) {
      action.accept(keys[i], node(i));
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
            return new SimpleImmutableEntry<>(keys[i], node(i));
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
      if (value == null || !value.equals(node(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < size; i++) {
      h += keys[i].hashCode() ^ node(i).hashCode();
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

  /**
   * The value at {@code i}: a text kept as such becomes its {@link TextNode} here, stored in its place (a race
   * between readers stores equal nodes, either of which is right: the node's only field is final).
   */
  private JsonNode node(int i) {
    Object value = values[i];
    if (value instanceof JsonNode) {
      return (JsonNode) value;
    }
    TextNode node = TextNode.valueOf((String) value);
    values[i] = node;
    return node;
  }

  private static UnsupportedOperationException unmodifiable() {
    return new UnsupportedOperationException("a trunk's attributes cannot be changed: use SipTrunk.builder().from(trunk)");
  }

  /** Where {@code key} is: a scan for the few entries trunks hold, an index (made on first use) for many. */
  private int indexOf(Object key) {
    if (size <= INDEXED || key == null) {
      return at(keys, size, key);
    }
    Map<String, Integer> at = index;
    if (at == null) {
      index = at = positions(keys, size);
    }
    Integer i = at.get(key);
    return i == null ? -1 : i;
  }

  private static Map<String, Integer> positions(String[] keys, int size) {
    Map<String, Integer> positions = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      positions.put(keys[i], i);
    }
    return positions;
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
    private String[] keys;
    private Object[] values;
    private int size;
    private int capacity = 4;
    /** The map last built, which owns {@link #keys} and {@link #values}; null when the builder owns them. */
    private AttributeMap built;
    /**
     * The keys of the map built before the last {@link #clear()}: while the entries put come under the same keys in
     * the same order (as the items of one page mostly do), {@link #keys} is that array, shared, not a new one.
     */
    private String[] template;
    private int templateSize;
    /** Whether {@link #keys} is the {@link #template}, which is never written. */
    private boolean sharedKeys;
    /** Positions by key once there are more than {@link #INDEXED} entries (a hostile answer may send thousands). */
    private Map<String, Integer> index;

    void put(String key, JsonNode value) {
      Objects.requireNonNull(key, "attributes key");
      Objects.requireNonNull(value, value == null ? "attributes value for key: " + key : null);
      putValue(key, value);
    }

    /** {@link #put} of a JSON string given as its text: kept as the text until the map's value is read. */
    void putText(String key, String text) {
      Objects.requireNonNull(key, "attributes key");
      Objects.requireNonNull(text, text == null ? "attributes value for key: " + key : null);
      putValue(key, text);
    }

    /** {@code value}: a {@link JsonNode} or a JSON string's text. */
    private void putValue(String key, Object value) {
      int i = find(key);
      if (built != null) {
        keys = Arrays.copyOf(keys, Math.max(keys.length, i >= 0 ? size : size + 1));
        values = Arrays.copyOf(values, keys.length);
        built = null;
        sharedKeys = false;
      }
      if (i >= 0) {
        values[i] = value;
        return;
      }
      if (values == null) {
        values = new Object[capacity];
        if (template != null && templateSize > 0) {
          keys = template;
          sharedKeys = true;
        } else {
          keys = new String[capacity];
        }
      } else if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      if (sharedKeys && (size >= templateSize || !key.equals(keys[size]))) {
        keys = Arrays.copyOf(keys, values.length);   // a key the template does not have here: keys of its own
        Arrays.fill(keys, size, keys.length, null);
        sharedKeys = false;
      }
      if (!sharedKeys) {
        if (size >= keys.length) {
          keys = Arrays.copyOf(keys, values.length);
        }
        keys[size] = key;
      }
      values[size] = value;
      size++;
      if (index != null) {
        index.put(key, size - 1);
      }
    }

    private int find(String key) {
      if (size <= INDEXED) {
        return at(keys, size, key);
      }
      if (index == null) {
        index = positions(keys, size);
      }
      Integer i = index.get(key);
      return i == null ? -1 : i;
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
          sharedKeys = false;
          index = null;
          return;
        }
        for (int i = 0; i < other.size; i++) {
          putValue(other.keys[i], other.values[i]);
        }
        return;
      }
      for (Map.Entry<String, ? extends JsonNode> e : map.entrySet()) {
        put(e.getKey(), e.getValue());
      }
    }

    void clear() {
      index = null;
      if (built != null) {
        capacity = size;
        template = keys;
        templateSize = size;
        keys = null;
        values = null;
        built = null;
      } else if (values != null) {
        if (!sharedKeys) {
          Arrays.fill(keys, 0, size, null);
        }
        Arrays.fill(values, 0, size, null);
      }
      size = 0;
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

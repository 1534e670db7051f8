package io.trunkline.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.AbstractCollection;
import java.util.AbstractMap.SimpleImmutableEntry;
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
 * A built trunk's {@link SipTrunk#attributes()}: keys and values in insertion order, unmodifiable; equal to (and
 * hashing as, and printed as) any {@link Map} with the same entries, as the {@code LinkedHashMap} it replaces. It
 * costs no entry object per attribute and no hash table: lookups scan the keys (a trunk has a few dozen at most, and
 * {@code String} caches its hash). Two layouts: up to {@link SmallAttributeMap#MAX} entries, the values are fields of
 * the map ({@link SmallAttributeMap}: 32 bytes, nothing else per trunk); more, in an array
 * ({@link ArrayAttributeMap}), where past {@link #INDEXED} entries an index by key is made on first use, so a hostile
 * answer with thousands of fields costs linear time, not quadratic. The keys are an array the map shares with the other
 * trunks of its page when they have the same keys in the same order. A {@link Builder} fills the arrays and hands them
 * over at {@link Builder#build()}. A JSON string value put as its text ({@link Builder#putText}) is kept as the
 * {@code String} and becomes its {@link TextNode} when first read (then kept): the same node, made only if asked for.
 * Not an {@code AbstractMap}, whose two view fields would cost 8 bytes per trunk.
 */
abstract sealed class AttributeMap implements Map<String, JsonNode> permits ArrayAttributeMap, SmallAttributeMap {
  /** Past this many entries, lookups go through an index by key rather than a scan. */
  static final int INDEXED = 32;

  static final AttributeMap EMPTY = new ArrayAttributeMap(new String[0], new Object[0], 0);

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

  /** The key at {@code i} (below {@link #size()}). */
  abstract String keyAt(int i);

  /** The value at {@code i}: a {@link JsonNode}, or the text of a JSON string not yet read. */
  abstract Object rawAt(int i);

  /** Puts {@code node}, the node of the text at {@code i}, in its place. */
  abstract void nodeAt(int i, JsonNode node);

  /** Where {@code key} is, or -1. */
  abstract int indexOf(Object key);

  /**
   * The value at {@code i}: a text kept as such becomes its {@link TextNode} here, stored in its place (a race
   * between readers stores equal nodes, either of which is right: the node's only field is final).
   */
  final JsonNode node(int i) {
    Object value = rawAt(i);
    if (value instanceof JsonNode) {
      return (JsonNode) value;
    }
    TextNode node = TextNode.valueOf((String) value);
    nodeAt(i, node);
    return node;
  }

  /** Where {@code key} is among the first {@code size} of {@code keys}, or -1: a scan. */
  static int at(String[] keys, int size, Object key) {
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

  static Map<String, Integer> positions(String[] keys, int size) {
    Map<String, Integer> positions = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      positions.put(keys[i], i);
    }
    return positions;
  }

  @Override
  public boolean isEmpty() {
    return size() == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return indexOf(key) >= 0;
  }

  @Override
  public boolean containsValue(Object value) {
    for (int i = 0, n = size(); i < n; i++) {
      if (node(i).equals(value)) {
        return true;
      }
    }
    return false;
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
    for (int i = 0, n = size(); i < n; i++) {
      action.accept(keyAt(i), node(i));
    }
  }

  @Override
  public Set<String> keySet() {
    return Collections.unmodifiableSet(new AbstractSet<>() {
      @Override
      public int size() {
        return AttributeMap.this.size();
      }

      @Override
      public boolean contains(Object key) {
        return containsKey(key);
      }

      @Override
      public Iterator<String> iterator() {
        return new Cursor<>() {
          @Override
          String at(int i) {
            return keyAt(i);
          }
        };
      }
    });
  }

  @Override
  public Collection<JsonNode> values() {
    return Collections.unmodifiableCollection(new AbstractCollection<>() {
      @Override
      public int size() {
        return AttributeMap.this.size();
      }

      @Override
      public Iterator<JsonNode> iterator() {
        return new Cursor<>() {
          @Override
          JsonNode at(int i) {
            return node(i);
          }
        };
      }
    });
  }

  @Override
  public Set<Map.Entry<String, JsonNode>> entrySet() {
    return Collections.unmodifiableSet(new AbstractSet<>() {
      @Override
      public int size() {
        return AttributeMap.this.size();
      }

      @Override
      public Iterator<Map.Entry<String, JsonNode>> iterator() {
        return new Cursor<>() {
          @Override
          Map.Entry<String, JsonNode> at(int i) {
            return new SimpleImmutableEntry<>(keyAt(i), node(i));
          }
        };
      }
    });
  }

  /** An iterator over the positions, in order, giving {@link #at} of each; no {@code remove}. */
  private abstract class Cursor<T> implements Iterator<T> {
    private int next;

    abstract T at(int i);

    @Override
    public boolean hasNext() {
      return next < size();
    }

    @Override
    public T next() {
      if (next >= size()) {
        throw new NoSuchElementException();
      }
      return at(next++);
    }
  }

  @Override
  public boolean equals(Object other) {
    if (other == this) {
      return true;
    }
    int size = size();
    if (!(other instanceof Map) || ((Map<?, ?>) other).size() != size) {
      return false;
    }
    Map<?, ?> map = (Map<?, ?>) other;
    for (int i = 0; i < size; i++) {
      Object value = map.get(keyAt(i));
      if (value == null || !value.equals(node(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0, n = size(); i < n; i++) {
      h += keyAt(i).hashCode() ^ node(i).hashCode();
    }
    return h;
  }

  /** As {@code AbstractMap} prints: {@code {key=value, key=value}}. */
  @Override
  public String toString() {
    int size = size();
    if (size == 0) {
      return "{}";
    }
    StringBuilder s = new StringBuilder().append('{');
    for (int i = 0; i < size; i++) {
      if (i > 0) {
        s.append(", ");
      }
      s.append(keyAt(i)).append('=').append(node(i));
    }
    return s.append('}').toString();
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

  /**
   * Collects the entries of one map: a key put again keeps its place and takes the new value, as in
   * {@code LinkedHashMap}. {@link #build()} hands its keys array to the map it returns, and, for a map of more than
   * {@link SmallAttributeMap#MAX} entries, its values array, without a copy (a small map takes its values as fields,
   * and the builder keeps its array for the next trunk); an empty builder given a whole {@link AttributeMap} shares
   * it. What was handed over is copied only if entries are put afterwards without {@link #clear()}, which starts
   * afresh, sized for as many entries as the last map held (one builder serves a page of like trunks without growing
   * or trimming).
   */
  static final class Builder {
    private String[] keys;
    /**
     * Whether {@link #keys} belongs to a built map or is the {@link #template}: never written; its first
     * {@link #sharedSize} keys may be taken as they are.
     */
    private boolean keysShared;
    private int sharedSize;
    private Object[] values;
    /** Whether {@link #values} belongs to a built map: never written. */
    private boolean valuesShared;
    private int size;
    private int capacity = 4;
    /** The map of the entries put so far, once built; null after any change. */
    private AttributeMap built;
    /**
     * The keys of the map built before the last {@link #clear()}: while the entries put come under the same keys in
     * the same order (as the items of one page mostly do), {@link #keys} is that array, shared, not a new one.
     */
    private String[] template;
    private int templateSize;
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

    /**
     * {@code value}: a {@link JsonNode} or a JSON string's text. A key that is, by identity, the next key of the
     * shared array (the keys of the map built before the last {@link #clear()}, as the items of a page mostly put
     * them) is put without looking for a repeat: it differs from every key before it, as the keys of a built map
     * do. Any other key takes {@link #putOther}.
     */
    private void putValue(String key, Object value) {
      int at = size;
      if (keysShared && at < sharedSize && keys[at] == key && index == null && !valuesShared && values != null
          && at < values.length) {
        values[at] = value;
        size = at + 1;
        built = null;
        return;
      }
      putOther(key, value);
    }

    /** {@link #putValue} of a key put again, of a key of its own, or into arrays not yet made or shared. */
    private void putOther(String key, Object value) {
      int i = find(key);
      built = null;
      if (i >= 0) {
        if (valuesShared) {
          values = values.clone();
          valuesShared = false;
        }
        values[i] = value;
        return;
      }
      if (values == null) {
        values = new Object[capacity];
      } else if (valuesShared || size == values.length) {
        values = Arrays.copyOf(values, size == values.length ? Math.max(4, size * 2) : values.length);
        valuesShared = false;
      }
      if (keys == null && template != null) {
        keys = template;
        keysShared = true;
        sharedSize = templateSize;
      }
      if (keysShared && (size >= sharedSize || !key.equals(keys[size]))) {
        keys = Arrays.copyOf(keys, Math.max(values.length, size + 1));   // a key not shared here: keys of its own
        Arrays.fill(keys, size, keys.length, null);
        keysShared = false;
      }
      if (!keysShared) {
        if (keys == null) {
          keys = new String[values.length];
        } else if (size >= keys.length) {
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
        int n = other.size();
        if (size == 0 && n > 0) {
          take(other, n);
          return;
        }
        for (int i = 0; i < n; i++) {
          putValue(other.keyAt(i), other.rawAt(i));
        }
        return;
      }
      for (Map.Entry<String, ? extends JsonNode> e : map.entrySet()) {
        put(e.getKey(), e.getValue());
      }
    }

    /** Makes the empty builder hold {@code other}'s {@code n} entries, sharing its arrays. */
    private void take(AttributeMap other, int n) {
      index = null;
      if (other instanceof ArrayAttributeMap) {
        ArrayAttributeMap array = (ArrayAttributeMap) other;
        keys = array.keyArray();
        values = array.valueArray();
        valuesShared = true;
      } else {
        SmallAttributeMap small = (SmallAttributeMap) other;
        keys = small.keyArray();
        if (values == null || valuesShared || values.length < n) {
          values = new Object[Math.max(capacity, n)];
          valuesShared = false;
        }
        for (int i = 0; i < n; i++) {
          values[i] = small.rawAt(i);
        }
      }
      keysShared = true;
      sharedSize = n;
      size = n;
      built = other;
    }

    void clear() {
      index = null;
      if (built != null) {
        template = keys;
        templateSize = size;
      }
      if (keysShared) {
        keys = null;
      } else if (keys != null) {
        Arrays.fill(keys, 0, size, null);
      }
      keysShared = false;
      if (template != null) {   // the next map's keys are taken from the last one's while they follow them
        keys = template;
        keysShared = true;
        sharedSize = templateSize;
      }
      if (valuesShared) {
        values = null;
      } else if (values != null) {
        Arrays.fill(values, 0, size, null);
      }
      valuesShared = false;
      built = null;
      size = 0;
    }

    /** The map of the entries put so far. */
    AttributeMap build() {
      if (size == 0) {
        return EMPTY;
      }
      if (built == null) {
        if (size <= SmallAttributeMap.MAX) {
          built = new SmallAttributeMap(keys, values, size);
        } else {
          built = new ArrayAttributeMap(keys, values, size);
          valuesShared = true;
          capacity = size;
        }
        keysShared = true;
        sharedSize = size;
      }
      return built;
    }
  }
}

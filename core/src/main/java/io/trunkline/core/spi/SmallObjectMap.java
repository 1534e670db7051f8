package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The property map of a nested JSON object in a trunk's attributes: keys and values in two arrays, in insertion
 * order, as {@link java.util.LinkedHashMap} keeps them, at a fraction of its footprint (no entry object per property,
 * no hash table for the few properties such objects hold). Lookups scan the keys; past {@link #INDEXED} properties
 * an index by key keeps them constant-time. A complete, mutable {@link Map}: {@link com.fasterxml.jackson.databind.node.ObjectNode}
 * uses every operation of it, and users may edit the nodes they get.
 */
final class SmallObjectMap extends AbstractMap<String, JsonNode> {
  /** Past this many properties, lookups go through {@link #index}. */
  static final int INDEXED = 16;

  private String[] keys;
  private JsonNode[] values;
  private int size;
  private int modifications;
  private Map<String, Integer> index;

  SmallObjectMap() {
    keys = new String[2];
    values = new JsonNode[2];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean containsKey(Object key) {
    return at(key) >= 0;
  }

  @Override
  public JsonNode get(Object key) {
    int i = at(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public JsonNode put(String key, JsonNode value) {
    Objects.requireNonNull(key, "key");
    int i = at(key);
    if (i >= 0) {
      JsonNode old = values[i];
      values[i] = value;
      return old;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    keys[size] = key;
    values[size] = value;
    size++;
    modifications++;
    if (index != null) {
      index.put(key, size - 1);
    } else if (size > INDEXED) {
      reindex();
    }
    return null;
  }

  @Override
  public JsonNode remove(Object key) {
    int i = at(key);
    if (i < 0) {
      return null;
    }
    JsonNode old = values[i];
    removeAt(i);
    return old;
  }

  @Override
  public void clear() {
    Arrays.fill(keys, 0, size, null);
    Arrays.fill(values, 0, size, null);
    size = 0;
    index = null;
    modifications++;
  }

  @Override
  public Set<Map.Entry<String, JsonNode>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Map.Entry<String, JsonNode>> iterator() {
        return new Entries();
      }
    };
  }

  private int at(Object key) {
    if (key == null) {
      return -1;
    }
    if (index != null) {
      Integer i = index.get(key);
      return i == null ? -1 : i;
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

  private void removeAt(int i) {
    int moved = size - i - 1;
    System.arraycopy(keys, i + 1, keys, i, moved);
    System.arraycopy(values, i + 1, values, i, moved);
    size--;
    keys[size] = null;
    values[size] = null;
    modifications++;
    if (index != null) {
      if (size > INDEXED) {
        reindex();
      } else {
        index = null;
      }
    }
  }

  private void reindex() {
    index = new HashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      index.put(keys[i], i);
    }
  }

  /** Iterates the properties in order; {@code remove} and {@code setValue} write through. */
  private final class Entries implements Iterator<Map.Entry<String, JsonNode>> {
    private int next;
    private int last = -1;
    private int expected = modifications;

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public Map.Entry<String, JsonNode> next() {
      if (expected != modifications) {
        throw new ConcurrentModificationException();
      }
      if (next >= size) {
        throw new NoSuchElementException();
      }
      last = next++;
      int i = last;
      return new SimpleEntry<>(keys[i], values[i]) {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonNode setValue(JsonNode value) {
          values[i] = value;
          return super.setValue(value);
        }
      };
    }

    @Override
    public void remove() {
      if (last < 0) {
        throw new IllegalStateException();
      }
      if (expected != modifications) {
        throw new ConcurrentModificationException();
      }
      removeAt(last);
      next = last;
      last = -1;
      expected = modifications;
    }
  }
}

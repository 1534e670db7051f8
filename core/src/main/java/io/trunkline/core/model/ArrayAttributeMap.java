package io.trunkline.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * An {@link AttributeMap} of more than {@link SmallAttributeMap#MAX} entries (or none): keys and values in two arrays
 * its builder filled, of which the first {@code size} count; an index by key made on the first lookup past
 * {@link AttributeMap#INDEXED} entries.
 */
final class ArrayAttributeMap extends AttributeMap {
  private final String[] keys;
  /** Each a {@link JsonNode}, or the text of a JSON string not yet read (replaced by its node when first read). */
  private final Object[] values;
  private final int size;
  /** Positions by key, made on the first lookup of a map with more than {@link #INDEXED} entries. */
  private volatile Map<String, Integer> index;

  ArrayAttributeMap(String[] keys, Object[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.size = size;
  }

  String[] keyArray() {
    return keys;
  }

  Object[] valueArray() {
    return values;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  String keyAt(int i) {
    return keys[i];
  }

  @Override
  Object rawAt(int i) {
    return values[i];
  }

  @Override
  void nodeAt(int i, JsonNode node) {
    values[i] = node;
  }

  /** A scan for the few entries trunks hold, an index (made on first use) for many. */
  @Override
  int indexOf(Object key) {
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
}

package io.trunkline.core.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An {@link AttributeMap} of one to {@link #MAX} entries: the keys an array (shared with the page's like trunks), the
 * values fields of the map, filled in order, so the entries are those up to the first null value (values are never
 * null). 32 bytes: the header, the keys and four values; no array of its own.
 */
final class SmallAttributeMap extends AttributeMap {
  /** The most entries a small map holds. */
  static final int MAX = 4;

  private final String[] keys;
  /** Each a {@link JsonNode}, or the text of a JSON string not yet read (replaced by its node when first read). */
  private Object v0;
  private Object v1;
  private Object v2;
  private Object v3;

  /** The first {@code size} (1 to {@link #MAX}) of {@code keys} and {@code values}; the values are copied. */
  SmallAttributeMap(String[] keys, Object[] values, int size) {
    this.keys = keys;
    this.v0 = values[0];
    this.v1 = size > 1 ? values[1] : null;
    this.v2 = size > 2 ? values[2] : null;
    this.v3 = size > 3 ? values[3] : null;
  }

  String[] keyArray() {
    return keys;
  }

  @Override
  public int size() {
    return v3 != null ? 4 : v2 != null ? 3 : v1 != null ? 2 : 1;
  }

  @Override
  String keyAt(int i) {
    return keys[i];
  }

  @Override
  Object rawAt(int i) {
    switch (i) {
      case 0:
        return v0;
      case 1:
        return v1;
      case 2:
        return v2;
      default:
        return v3;
    }
  }

  @Override
  void nodeAt(int i, JsonNode node) {
    switch (i) {
      case 0:
        v0 = node;
        break;
      case 1:
        v1 = node;
        break;
      case 2:
        v2 = node;
        break;
      default:
        v3 = node;
        break;
    }
  }

  @Override
  int indexOf(Object key) {
    return at(keys, size(), key);
  }
}

package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The elements of a deferred JSON array ({@link DeferredJson}): its text until first use, then a list read from
 * it, to which every operation goes. Safe to share between threads: the first use reads the text once.
 */
final class DeferredArrayList extends AbstractList<JsonNode> implements RandomAccess {
  private byte[] json;
  private volatile List<JsonNode> elements;

  DeferredArrayList(byte[] json) {
    this.json = json;
  }

  private List<JsonNode> elements() {
    List<JsonNode> read = elements;
    if (read == null) {
      synchronized (this) {
        read = elements;
        if (read == null) {
          List<JsonNode> list = new ArrayList<>();
          DeferredJson.readArray(json, list);
          json = null;
          elements = read = list;
        }
      }
    }
    return read;
  }

  @Override
  public JsonNode get(int index) {
    return elements().get(index);
  }

  @Override
  public int size() {
    return elements().size();
  }

  @Override
  public JsonNode set(int index, JsonNode element) {
    return elements().set(index, element);
  }

  @Override
  public void add(int index, JsonNode element) {
    elements().add(index, element);
    modCount++;
  }

  @Override
  public JsonNode remove(int index) {
    modCount++;
    return elements().remove(index);
  }
}

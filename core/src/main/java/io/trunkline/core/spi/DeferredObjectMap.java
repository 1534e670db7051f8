package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * The properties of a deferred JSON object ({@link DeferredJson}): its text until first use, then a
 * {@link SmallObjectMap} read from it, to which every operation goes. Safe to share between threads: the first
 * use reads the text once.
 */
final class DeferredObjectMap extends AbstractMap<String, JsonNode> {
  private byte[] json;
  private volatile Map<String, JsonNode> children;

  DeferredObjectMap(byte[] json) {
    this.json = json;
  }

  private Map<String, JsonNode> children() {
    Map<String, JsonNode> read = children;
    if (read == null) {
      synchronized (this) {
        read = children;
        if (read == null) {
          SmallObjectMap map = new SmallObjectMap();
          DeferredJson.readObject(json, map);
          json = null;
          children = read = map;
        }
      }
    }
    return read;
  }

  @Override
  public int size() {
    return children().size();
  }

  @Override
  public boolean containsKey(Object key) {
    return children().containsKey(key);
  }

  @Override
  public JsonNode get(Object key) {
    return children().get(key);
  }

  @Override
  public JsonNode put(String key, JsonNode value) {
    return children().put(key, value);
  }

  @Override
  public JsonNode remove(Object key) {
    return children().remove(key);
  }

  @Override
  public void clear() {
    children().clear();
  }

  @Override
  public Set<Map.Entry<String, JsonNode>> entrySet() {
    return children().entrySet();
  }
}

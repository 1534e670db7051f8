package io.trunkline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.spi.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A simulator's trunks in memory, as JSON objects in creation order, with numeric ids under {@code idField}:
 * what a stateful simulator needs to create, find, change, delete and page through them. Thread-safe.
 */
public final class TrunkStore {
  private final String idField;
  private final Map<Long, ObjectNode> trunks = new ConcurrentSkipListMap<>();
  private final AtomicLong ids = new AtomicLong();

  public TrunkStore(String idField) {
    this.idField = idField;
  }

  /** Stores a copy of {@code trunk} under a new id (written as a string) and returns the stored object. */
  public ObjectNode add(JsonNode trunk) {
    long id = ids.incrementAndGet();
    ObjectNode stored = Json.object().put(idField, String.valueOf(id));
    trunk.properties().forEach(e -> {
      if (!e.getKey().equals(idField)) {
        stored.set(e.getKey(), e.getValue());
      }
    });
    trunks.put(id, stored);
    return stored;
  }

  /** The trunk with {@code id}, if the id is a number that names one. */
  public Optional<ObjectNode> find(String id) {
    try {
      return Optional.ofNullable(trunks.get(Long.parseLong(id)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Removes the trunk with {@code id}; false when there was none. */
  public boolean remove(String id) {
    return find(id).map(t -> trunks.values().remove(t)).orElse(false);
  }

  public List<ObjectNode> all() {
    return new ArrayList<>(trunks.values());
  }

  /** {@code {"<items>": [...], "<total>": n}} with up to {@code limit} trunks from {@code offset}. */
  public ObjectNode page(long offset, long limit, String itemsField, String totalField) {
    List<ObjectNode> all = all();
    ObjectNode page = Json.object().put(totalField, all.size());
    int from = (int) Math.min(Math.max(offset, 0), all.size());
    page.putArray(itemsField).addAll(all.subList(from, (int) Math.min(from + Math.max(limit, 0), all.size())));
    return page;
  }
}

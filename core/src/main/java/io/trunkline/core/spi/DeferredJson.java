package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nested attribute values (the objects and arrays inside a trunk) kept as their compact JSON text until first
 * used: a listing hands out thousands of trunks whose nested values are mostly never read, and a tree per value is
 * what costs. The value is still an {@link ObjectNode} or {@link ArrayNode}, equal to the eagerly read one; its
 * children are read on first access ({@link DeferredObjectMap}, {@link DeferredArrayList}). Duplicate keys are
 * refused while capturing, as the eager reader refuses them, so reading later cannot fail.
 *
 * <p>One instance per page being read (it holds a reusable buffer and generator), closed after it; not
 * thread-safe.
 */
final class DeferredJson implements AutoCloseable {
  /** The reader the deferred text is read back with: the nodes of {@link CompactNodes}. */
  private static final ObjectReader VALUES = Json.mapper().reader()
      .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).with(CompactNodes.INSTANCE);

  /** Made at the first capture: most pages of most vendors hold no nested values. */
  private ByteArrayOutputStream buffer;
  private JsonGenerator generator;
  /** The property names seen so far in each open object, by depth. */
  private final List<Names> names = new ArrayList<>(2);

  /**
   * The object or array the parser is on (its start token), deferred; the parser ends on its end token. A
   * property name twice in one object is refused here, as the eager reader refuses it.
   */
  JsonNode capture(JsonParser p) throws IOException {
    if (generator == null) {
      buffer = new ByteArrayOutputStream(2048);
      generator = Json.mapper().getFactory().createGenerator(buffer);
      generator.setRootValueSeparator(null);
    }
    boolean object = p.isExpectedStartObjectToken();
    int depth = 0;
    JsonToken t = p.currentToken();
    do {
      if (t == JsonToken.FIELD_NAME) {
        requireFirst(p.currentName(), depth);
      } else if (t.isStructStart()) {
        depth++;
        if (t == JsonToken.START_OBJECT) {
          names(depth).clear();
        }
      } else if (t.isStructEnd()) {
        depth--;
      }
      generator.copyCurrentEventExact(p);
    } while (depth > 0 && (t = p.nextToken()) != null);
    generator.flush();
    byte[] json = buffer.toByteArray();
    buffer.reset();
    return object
        ? new ObjectNode(CompactNodes.INSTANCE, new DeferredObjectMap(json))
        : new ArrayNode(CompactNodes.INSTANCE, new DeferredArrayList(json));
  }

  /** Gives the generator's buffers back to Jackson's pool. */
  @Override
  public void close() throws IOException {
    if (generator != null) {
      generator.close();
    }
  }

  private Names names(int depth) {
    while (names.size() < depth) {
      names.add(new Names());
    }
    return names.get(depth - 1);
  }

  private void requireFirst(String name, int depth) {
    if (!names(depth).add(name)) {
      throw new IllegalArgumentException("it has '" + name + "' twice in a nested object");
    }
  }

  /** The names of one object: few, so a scan rather than a hash set per object, until they are many. */
  private static final class Names {
    private static final int FEW = 32;
    private final List<String> few = new ArrayList<>();
    private Set<String> many;

    boolean add(String name) {
      if (many != null) {
        return many.add(name);
      }
      for (int i = 0, n = few.size(); i < n; i++) {
        if (few.get(i).equals(name)) {
          return false;
        }
      }
      few.add(name);
      if (few.size() > FEW) {
        many = new HashSet<>(few);
      }
      return true;
    }

    void clear() {
      few.clear();
      many = null;
    }
  }

  /** Reads the properties of deferred object text into {@code into}, in order. */
  static void readObject(byte[] json, Map<String, JsonNode> into) {
    try (JsonParser p = VALUES.createParser(json)) {
      p.nextToken();
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        into.put(name, VALUES.readTree(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("deferred JSON unreadable (a bug in Trunkline)", e);
    }
  }

  /** Reads the elements of deferred array text into {@code into}, in order. */
  static void readArray(byte[] json, List<JsonNode> into) {
    try (JsonParser p = VALUES.createParser(json)) {
      p.nextToken();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        into.add(VALUES.readTree(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("deferred JSON unreadable (a bug in Trunkline)", e);
    }
  }
}

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
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nested attribute values (the objects and arrays inside a trunk) kept as their JSON text until first
 * used: a listing hands out thousands of trunks whose nested values are mostly never read, and a tree per value is
 * what costs. The value is still an {@link ObjectNode} or {@link ArrayNode}, equal to the eagerly read one; its
 * children are read on first access ({@link DeferredObjectMap}, {@link DeferredArrayList}). Duplicate keys are
 * refused while capturing, as the eager reader refuses them, so reading later cannot fail.
 *
 * <p>On a page whose bytes are recorded as they are read ({@link PageBuffer}) the text kept is the value's own
 * bytes, sliced from the recording: the value is only scanned (for duplicate keys), never decoded and written again.
 * Otherwise (no recording, or a body the parser reads as characters) it is copied token by token into compact text.
 * A slice equal byte for byte to one kept earlier on the page (a vendor's default settings, repeated in every trunk)
 * shares that one's array: the text is never written to, so the values read from it are the same.
 *
 * <p>One instance per page being read (it holds reusable buffers), closed after it; not thread-safe.
 */
final class DeferredJson implements AutoCloseable {
  /**
   * The reader the deferred text is read back with: the nodes of {@link CompactNodes}; made when a deferred value
   * is first read, not when one is captured.
   */
  private static final class Values {
    static final ObjectReader VALUES = Json.mapper().reader()
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).with(CompactNodes.INSTANCE);
  }

  /** How many distinct slices a page remembers: a trunk nests a few values, each mostly the same in every trunk. */
  private static final int KEPT = 4;

  /** What the parser has read of the page, or null when nothing records it. */
  private final PageBuffer.Recording page;
  /** Made at the first capture without a page: most pages of most vendors hold no nested values. */
  private ByteArrayOutputStream buffer;
  private JsonGenerator generator;
  /** The last few distinct slices kept on this page, shared by values equal to them byte for byte. */
  private final byte[][] kept = new byte[KEPT][];
  private int nextKept;
  /** The last few texts found to name no secret ({@link #secretFree}). */
  private final byte[][] secretFree = new byte[KEPT][];
  private int nextSecretFree;
  /** The property names seen so far in each open object, by depth. */
  private final List<Names> names = new ArrayList<>(2);

  /** For a parser on a body nothing records: values copied token by token. */
  DeferredJson() {
    this(null);
  }

  /** For a parser on {@code page} (from its first byte): values sliced from what it recorded. */
  DeferredJson(PageBuffer.Recording page) {
    this.page = page;
  }

  /**
   * The object or array the parser is on (its start token), deferred; the parser ends on its end token. A
   * property name twice in one object is refused here, as the eager reader refuses it. A value that may name a
   * secret ({@link NestedSecrets#mayHold}) is read now instead, without such names ({@link NestedSecrets#dropped}).
   */
  JsonNode capture(JsonParser p) throws IOException {
    boolean object = p.isExpectedStartObjectToken();
    byte[] json = text(p);
    if (!secretFree(json)) {
      return NestedSecrets.dropped(Values.VALUES.readTree(json));
    }
    return object
        ? new ObjectNode(CompactNodes.INSTANCE, new DeferredObjectMap(json))
        : new ArrayNode(CompactNodes.INSTANCE, new DeferredArrayList(json));
  }

  /**
   * True when {@code json} names no secret: known for a slice shared with an earlier value ({@link #kept}), so a
   * vendor's default settings repeated in every trunk are scanned once per page.
   */
  private boolean secretFree(byte[] json) {
    for (byte[] known : secretFree) {
      if (known == json) {
        return true;
      }
    }
    if (NestedSecrets.mayHold(json)) {
      return false;
    }
    secretFree[nextSecretFree] = json;
    nextSecretFree = (nextSecretFree + 1) % KEPT;
    return true;
  }

  /**
   * The JSON text of the object or array the parser is on, as {@link #capture} keeps it: a slice of the page (one
   * array for slices equal byte for byte), or compact text copied token by token.
   */
  byte[] text(JsonParser p) throws IOException {
    long start = page == null ? -1 : p.currentTokenLocation().getByteOffset();
    return start < 0 ? copied(p) : sliced(p, (int) start);
  }

  /**
   * The value's bytes in the page, from {@code start} (its first byte) to its end token, scanned for duplicates: read
   * as bytes when they can be ({@link JsonBudget#skipNested}), else token by token.
   */
  private byte[] sliced(JsonParser p, int start) throws IOException {
    if (!JsonBudget.skipNested(p)) {
      scan(p, false);
    }
    long end = p.currentLocation().getByteOffset();
    byte[] bytes = page.bytes();
    if (end <= start || end > page.length() || bytes[start] != '{' && bytes[start] != '['
        || bytes[(int) end - 1] != '}' && bytes[(int) end - 1] != ']') {
      throw new IllegalStateException("nested value at bytes " + start + " to " + end
          + " is not where the parser was (a bug in Trunkline)");
    }
    return kept(bytes, start, (int) end);
  }

  /** The bytes {@code [start, end)} of {@code page}: an equal slice kept before, or a new copy, then kept. */
  private byte[] kept(byte[] page, int start, int end) {
    int length = end - start;
    for (byte[] slice : kept) {
      if (slice != null && slice.length == length && Arrays.equals(slice, 0, length, page, start, end)) {
        return slice;
      }
    }
    byte[] slice = Arrays.copyOfRange(page, start, end);
    kept[nextKept] = slice;
    nextKept = (nextKept + 1) % KEPT;
    return slice;
  }

  /** The value written again as compact text, token by token, scanned for duplicates. */
  private byte[] copied(JsonParser p) throws IOException {
    if (generator == null) {
      buffer = new ByteArrayOutputStream(2048);
      generator = Json.mapper().getFactory().createGenerator(buffer);
      generator.setRootValueSeparator(null);
    }
    scan(p, true);
    generator.flush();
    byte[] json = buffer.toByteArray();
    buffer.reset();
    return json;
  }

  /** Reads the value to its end token, refusing a key twice in one object; each token copied if {@code copy}. */
  private void scan(JsonParser p, boolean copy) throws IOException {
    int depth = 0;
    Names open = null;   // the names of the innermost open object; looked up per object, not per name
    JsonToken t = p.currentToken();
    do {
      if (t == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (!open.add(name)) {
          throw new IllegalArgumentException("it has '" + name + "' twice in a nested object");
        }
      } else if (t == JsonToken.START_OBJECT) {
        open = names(++depth);
        open.clear();
      } else if (t == JsonToken.START_ARRAY) {
        depth++;
      } else if (t.isStructEnd()) {
        // back in the enclosing value: its names, if an object (an array's slot is never asked for names)
        open = --depth > 0 ? names(depth) : null;
      }
      if (copy) {
        generator.copyCurrentEventExact(p);
      }
    } while (depth > 0 && (t = p.nextToken()) != null);
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

  /**
   * The names of one object: few, so a scan of their hashes rather than a hash set per object, until they are many.
   */
  private static final class Names {
    private static final int FEW = 32;
    private String[] few = new String[8];
    private int[] hashes = new int[8];
    private int count;
    private Set<String> many;

    boolean add(String name) {
      if (many != null) {
        return many.add(name);
      }
      int hash = name.hashCode();
      for (int i = 0; i < count; i++) {
        if (hashes[i] == hash && few[i].equals(name)) {
          return false;
        }
      }
      if (count == FEW) {
        many = new HashSet<>(Arrays.asList(few).subList(0, count));
        return many.add(name);
      }
      if (count == few.length) {
        few = Arrays.copyOf(few, count * 2);
        hashes = Arrays.copyOf(hashes, count * 2);
      }
      few[count] = name;
      hashes[count++] = hash;
      return true;
    }

    void clear() {
      Arrays.fill(few, 0, count, null);
      count = 0;
      many = null;
    }
  }

  /** Reads the properties of deferred object text into {@code into}, in order. */
  static void readObject(byte[] json, Map<String, JsonNode> into) {
    try (JsonParser p = Values.VALUES.createParser(json)) {
      p.nextToken();
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        p.nextToken();
        into.put(name, Values.VALUES.readTree(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("deferred JSON unreadable (a bug in Trunkline)", e);
    }
  }

  /** Reads the elements of deferred array text into {@code into}, in order. */
  static void readArray(byte[] json, List<JsonNode> into) {
    try (JsonParser p = Values.VALUES.createParser(json)) {
      p.nextToken();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        into.add(Values.VALUES.readTree(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("deferred JSON unreadable (a bug in Trunkline)", e);
    }
  }
}

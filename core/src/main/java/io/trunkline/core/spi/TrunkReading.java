package io.trunkline.core.spi;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.error.TrunkResponseException;
import io.trunkline.core.model.AuthMode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Reads any shape a vendor sends a trunk in (list item, detail, envelope) into the same {@link SipTrunk}. An answer
 * whose declared type is not JSON is refused before it is parsed, as {@link ApiResponse#json} refuses it.
 */
final class TrunkReading {
  /**
   * The tree readers, made at the first value read as a tree: a page of flat trunks is streamed with
   * {@link Json#factory()} alone, so a first listing does not wait for the mapper.
   */
  private static final class Readers {
    /**
     * Reads values as trees. Streamed pages turn the parser's duplicate-key check off (it allocates a hash set per
     * object); duplicates are then refused by {@link #read(JsonParser)} (a bit per declared field, a set only for
     * the others), by the envelope loop, and inside nested values by {@code FAIL_ON_READING_DUP_TREE_KEY}.
     */
    static final ObjectReader TREES = Json.mapper().reader()
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** Reads nested attribute values (objects and arrays inside a trunk) with {@link CompactNodes}: the same nodes, smaller. */
    static final ObjectReader VALUES = TREES.with(CompactNodes.INSTANCE);
  }

  private static final List<String> ERROR_FIELDS = List.of("error", "errors", "error_identifier", "message", "code",
      "detail", "title", "hydra:description", "status", "success");

  /** The bit {@link #readProperty} reports the id with (the neutral fields' bits are below it). */
  private static final long ID = Long.MIN_VALUE;

  private final TrunkFields fields;
  /** Pages' bytes are recorded as they are read, so nested values are kept as slices of them. */
  private final PageBuffer pages = new PageBuffer();
  /** The size the next page's list starts at: the last page's (read by any thread; a hint only). */
  private int lastPageSize = 10;
  private static final int MAX_PRESIZED = 1000;
  /** The id's and each declared field's slot: what is done with a name, resolved once. */
  private final FieldSlots slots;
  /** A page's field order, kept for the next page (each page takes it, or makes one when another page has it). */
  private final AtomicReference<FieldOrder> spareOrder = new AtomicReference<>();

  TrunkReading(TrunkFields fields) {
    this.fields = fields;
    this.slots = new FieldSlots(fields);
  }

  /** One trunk object; {@link IllegalArgumentException} for a value of the wrong shape. */
  SipTrunk read(JsonNode item) {
    if (item == null || !item.isObject()) {
      throw new IllegalArgumentException("a " + fields.provider() + " trunk must be a JSON object");
    }
    SipTrunk.Builder trunk = SipTrunk.builder().provider(fields.provider());
    long read = 0;
    for (Map.Entry<String, JsonNode> property : item.properties()) {
      read |= readProperty(trunk, slots.resolve(property.getKey()), property.getValue(), read);
    }
    return built(trunk, read);
  }

  /**
   * One trunk object from a parser on its {@link JsonToken#START_OBJECT}, field by field as it streams in: only
   * the values are materialized, never the whole item. Ends on the object's {@link JsonToken#END_OBJECT}.
   * {@code trunk} is cleared first, so one builder serves a whole page. Nested values that only go to the
   * attributes are {@linkplain DeferredJson deferred}: kept as text until the caller reads them. Each name is
   * resolved, and refused when repeated, by {@code order} (the page's).
   */
  SipTrunk read(JsonParser p, SipTrunk.Builder trunk, DeferredJson deferred, FieldOrder order) throws IOException {
    trunk.clear().provider(fields.provider());
    long read = 0;
    order.startItem();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {   // null at the object's end
      FieldSlot slot = order.next(name);
      JsonToken token = p.nextToken();
      if (token == JsonToken.VALUE_STRING) {
        String text = p.getText();
        if (slot.plainText != null) {   // the trunk's text as sent: no conversion, nothing kept raw
          NeutralConversions.set(trunk, slot.plainText, text);
          read |= slot.targetBit;
        } else if (slot.textAttribute) {
          trunk.putTextAttribute(slot.name, text);   // an attribute as sent: its TextNode is made when read, if ever
        } else {
          read |= readText(trunk, slot, text, read);
        }
      } else if (token == JsonToken.VALUE_NUMBER_INT && slot.convertedAlone
          && p.getNumberType() == JsonParser.NumberType.INT) {
        if (slot.wholeNumber != null) {
          NeutralConversions.set(trunk, slot.wholeNumber, Conversions.WholeNumber.INSTANCE.readInt(p.getIntValue()));
          read |= slot.targetBit;
        } else {
          read |= readInt(trunk, slot, p.getIntValue());
        }
      } else if (slot.textAttribute && (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE)) {
        trunk.putAttributes(slot.name, token == JsonToken.VALUE_TRUE ? BooleanNode.TRUE : BooleanNode.FALSE);
      } else if (slot.attributeOnly && token.isStructStart()) {
        JsonNode captured = deferred.capture(p);   // secret-looking names inside dropped by the capture itself
        if (slot.textAttribute) {
          trunk.putAttributes(slot.name, captured);
        }
      } else {
        read |= readProperty(trunk, slot, node(p, true), read);
      }
    }
    order.endItem();
    return built(trunk, read);
  }

  /** {@link #spareOrder}, or a new order when another page has it. */
  private FieldOrder takeOrder() {
    FieldOrder order = spareOrder.getAndSet(null);
    return order != null ? order : new FieldOrder(slots);
  }

  private void giveBack(FieldOrder order) {
    spareOrder.set(order);
  }

  /**
   * The value the parser is on: strings, integers, booleans and nulls directly (the nodes {@link Readers#TREES}
   * makes), anything else as a tree — {@code compact} ({@link Readers#VALUES}) for a trunk's values, as
   * {@link Readers#TREES} reads it for an envelope's fields (so an envelope's count needs no mapper).
   */
  private static JsonNode node(JsonParser p, boolean compact) throws IOException {
    switch (p.currentToken()) {
      case VALUE_STRING:
        return TextNode.valueOf(p.getText());
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      case VALUE_NULL:
        return NullNode.getInstance();
      case VALUE_NUMBER_INT:
        if (p.getNumberType() == JsonParser.NumberType.INT) {
          return IntNode.valueOf(p.getIntValue());
        }
        return (compact ? Readers.VALUES : Readers.TREES).readTree(p);
      default:
        return (compact ? Readers.VALUES : Readers.TREES).readTree(p);
    }
  }

  /**
   * Reads one property into {@code trunk}. {@code read} says what the trunk's properties read so far set: the
   * {@link #ID} bit, and a bit per neutral field set by its own vendor field ({@link #bit}). Returns the bits this
   * property sets.
   */
  private long readProperty(SipTrunk.Builder trunk, FieldSlot slot, JsonNode value, long read) {
    if (slot.isId) {
      if (value.isNull() || value.isContainerNode() || value.asText().isEmpty()) {
        throw new IllegalArgumentException("its '" + slot.name + "' must be a string or number");
      }
      trunk.id(value.asText());
      return ID;
    }
    VendorField field = slot.field;
    if (field == null) {
      if (!slot.secret) {
        trunk.putAttributes(slot.name, NestedSecrets.dropped(value));
      }
      return 0;
    }
    if (field.writeOnly || field.absentWhenNull && value.isNull()) {
      return 0;
    }
    long set = readDeclared(trunk, field, value);
    if (field.fallbackFor != null && !value.isNull() && ((read | set) & bit(field.fallbackFor)) == 0) {
      Object fallback = converted(field, field.fallbackConversion, value);
      if (fallback != null) {
        NeutralConversions.set(trunk, field.fallbackFor, fallback);   // a later own field replaces it
      }
    }
    return set;
  }

  /**
   * {@link #readProperty} of a JSON string, given as its text: the id and a field read only as a neutral one take the
   * text without a {@link TextNode} (their conversion's {@link Conversion#readText}), and so does a string that only
   * goes to the attributes ({@link SipTrunk.Builder#putTextAttribute}); others as {@code readProperty}.
   */
  private long readText(SipTrunk.Builder trunk, FieldSlot slot, String text, long read) {
    if (slot.isId) {
      if (text.isEmpty()) {
        throw new IllegalArgumentException("its '" + slot.name + "' must be a string or number");
      }
      trunk.id(text);
      return ID;
    }
    if (slot.textAttribute) {
      trunk.putTextAttribute(slot.name, text);   // an attribute as sent: its TextNode is made when read, if ever
      return 0;
    }
    VendorField field = slot.field;
    if (!slot.convertedAlone) {
      return readProperty(trunk, slot, TextNode.valueOf(text), read);
    }
    Object neutral;
    try {
      neutral = field.conversion.readText(text);
    } catch (IllegalArgumentException e) {
      throw unreadable(field, e);
    }
    return placed(trunk, field, neutral, keepsRaw(neutral) ? TextNode.valueOf(text) : null);
  }

  /** {@link #readProperty} of a whole number of a {@link FieldSlot#convertedAlone} field, without an {@link IntNode}. */
  private long readInt(SipTrunk.Builder trunk, FieldSlot slot, int value) {
    if (slot.isId) {
      trunk.id(Integer.toString(value));
      return ID;
    }
    VendorField field = slot.field;
    Object neutral;
    try {
      neutral = field.conversion.readInt(value);
    } catch (IllegalArgumentException e) {
      throw unreadable(field, e);
    }
    return placed(trunk, field, neutral, keepsRaw(neutral) ? IntNode.valueOf(value) : null);
  }

  /** The bit {@link #readProperty} reports a neutral field set by its own vendor field with. */
  private static long bit(NeutralField field) {
    return 1L << field.ordinal();
  }

  private SipTrunk built(SipTrunk.Builder trunk, long read) {
    if ((read & ID) == 0) {
      throw new IllegalArgumentException("it has no '" + fields.idField + "'");
    }
    return trunk.build();
  }

  /** Reads a declared field; the bit of the neutral field it set, if any. */
  private static long readDeclared(SipTrunk.Builder trunk, VendorField field, JsonNode value) {
    NeutralField target = field.neutral != null ? field.neutral : field.readAs;
    if (target == null) {
      trunk.putAttributes(field.name, NestedSecrets.dropped(value));
      if (field.alsoReadAs != null && !value.isNull()) {
        Object also = converted(field, field.alsoConversion, value);
        if (also != null) {
          NeutralConversions.set(trunk, field.alsoReadAs, also);
          return bit(field.alsoReadAs);
        }
      }
      return 0;
    }
    if (value.isNull()) {
      return 0;
    }
    Object neutral = converted(field, field.conversion, value);
    return placed(trunk, field, neutral, keepsRaw(neutral) ? value : null);
  }

  /** A value its neutral field cannot hold (none, or an auth mode it only calls other) is kept as sent. */
  private static boolean keepsRaw(Object neutral) {
    return neutral == null || neutral == AuthMode.OTHER;
  }

  /**
   * Sets a declared field's neutral value, if any, and keeps {@code raw} (when not null) in the attributes; the bit
   * of the neutral field set.
   */
  private static long placed(SipTrunk.Builder trunk, VendorField field, Object neutral, JsonNode raw) {
    if (raw != null) {
      trunk.putAttributes(field.name, NestedSecrets.dropped(raw));
    }
    if (neutral == null) {
      return 0;
    }
    NeutralField target = field.neutral != null ? field.neutral : field.readAs;
    NeutralConversions.set(trunk, target, neutral);
    return bit(target);
  }

  private static Object converted(VendorField field, Conversion<Object> conversion, JsonNode value) {
    try {
      return conversion.read(value);
    } catch (IllegalArgumentException e) {
      throw unreadable(field, e);
    }
  }

  private static IllegalArgumentException unreadable(VendorField field, IllegalArgumentException e) {
    return new IllegalArgumentException("its '" + field.name + "' " + e.getMessage(), e);
  }

  /**
   * The whole body as one trunk, found at {@code envelope} (field names from the root), or the root itself. A bare
   * trunk is read as it streams in (nested values kept as their bytes, as a page's are); any other body (an error,
   * a duplicate key, trailing data, anything that does not read cleanly as one trunk) is read again whole as a tree,
   * from the bytes recorded, and judged exactly as a tree is.
   */
  ResponseReader<SipTrunk> item(String... envelope) {
    return response -> {
      if (envelope.length > 0) {
        return fromTree(response, response.jsonTree(), envelope);
      }
      PageBuffer.Recording body = pages.record(response.jsonBody(), response.declaredLength());
      try {
        SipTrunk trunk = streamedItem(response, body);
        if (trunk != null) {
          return trunk;
        }
        body.readRest();
        return fromTree(response, response.treeOf(new ByteArrayInputStream(body.bytes(), 0, body.length())), envelope);
      } finally {
        pages.release(body);
      }
    };
  }

  /** The trunk the body holds, read as it streams in; null when it is anything but one trunk object read cleanly. */
  private SipTrunk streamedItem(ApiResponse response, PageBuffer.Recording body) throws IOException {
    try (JsonParser p = response.parser(body)) {
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);   // a body that is not read cleanly is read again
      p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);   // the reader refuses duplicates itself
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      SipTrunk trunk;
      FieldOrder order = takeOrder();
      try (DeferredJson deferred = new DeferredJson(body)) {
        trunk = read(p, SipTrunk.builder(), deferred, order);
      } catch (IllegalArgumentException e) {
        return null;
      } finally {
        giveBack(order);
      }
      return p.nextToken() == null ? trunk : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  private SipTrunk fromTree(ApiResponse response, JsonNode root, String... envelope) {
    JsonNode item = root;
    for (String step : envelope) {
      item = item == null ? null : item.get(step);
    }
    if (item == null || !item.isObject() || !item.has(fields.idField) && looksLikeError(root)) {
      throw notATrunk(response, root, "no trunk object" + (envelope.length > 0 ? " at " + String.join(".", envelope)
          : ""));
    }
    return mapped(response, item);
  }

  /**
   * A page: the array under {@code itemsField} (or the whole body when null) read item by item as it streams in;
   * the total, if any, at the JSON pointer {@code totalPointer} of the envelope.
   */
  ResponseReader<Paging.Chunk<SipTrunk>> page(String itemsField, String totalPointer) {
    return page(itemsField, totalPointer, false);
  }

  /**
   * {@link #page(String, String)}; with {@code orEmpty}, a JSON null or a missing list under {@code itemsField} is
   * an empty page (unless the envelope looks like an error body, which stays an error).
   */
  ResponseReader<Paging.Chunk<SipTrunk>> page(String itemsField, String totalPointer, boolean orEmpty) {
    return page(itemsField, totalPointer, orEmpty, null);
  }

  /**
   * {@link #page(String, String, boolean)}; when {@code isError} is given and says the envelope's other fields are
   * an error body, the vendor's error is thrown ({@link ApiResponse#errorInSuccess}) instead of the page.
   */
  ResponseReader<Paging.Chunk<SipTrunk>> page(String itemsField, String totalPointer, boolean orEmpty,
      Predicate<JsonNode> isError) {
    JsonPointer total = totalPointer == null ? null : JsonPointer.compile(totalPointer);   // once, not per page
    return response -> {
      PageBuffer.Recording body = pages.record(response.jsonBody(), response.declaredLength());
      try (JsonParser p = response.parser(body)) {
        p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonToken first = p.nextToken();
        Paging.Chunk<SipTrunk> chunk;
        if (itemsField == null) {
          if (first != JsonToken.START_ARRAY) {
            throw notATrunk(response, first == JsonToken.START_OBJECT ? Readers.TREES.readTree(p) : null, "not a JSON array");
          }
          chunk = Paging.Chunk.of(items(response, p, body));
        } else {
          chunk = envelope(response, p, body, first, itemsField, total, orEmpty, isError);
        }
        if (p.nextToken() != null) {
          throw new TrunkResponseException(fields.provider() + " answered with more than one JSON value",
              response.method(), response.path(), response.status(), null);
        }
        return chunk;
      } finally {
        pages.release(body);
      }
    };
  }

  /**
   * A trunk answered bare (an object with the id field) or wrapped: in the first of {@code wrappers} (any letter
   * case) holding one, else in the answer's only field when that is one.
   */
  ResponseReader<SipTrunk> bareOrWrappedItem(List<String> wrappers) {
    return response -> {
      JsonNode root = response.jsonTree();
      JsonNode item = bareOrWrapped(root, wrappers);
      if (item == null) {
        throw notATrunk(response, root, "no trunk object (bare or wrapped)");
      }
      return mapped(response, item);
    };
  }

  private JsonNode bareOrWrapped(JsonNode root, List<String> wrappers) {
    if (isTrunk(root)) {
      return root;
    }
    for (String name : wrappers) {
      JsonNode wrapped = Json.field(root, name);
      if (isTrunk(wrapped)) {
        return wrapped;
      }
    }
    if (root != null && root.isObject() && root.size() == 1 && isTrunk(root.elements().next())) {
      return root.elements().next();
    }
    return null;
  }

  private boolean isTrunk(JsonNode node) {
    return node != null && node.isObject() && node.hasNonNull(fields.idField);
  }

  /**
   * A page answered as a bare array of trunks, or as an object holding it, streamed item by item. In an object the
   * list is under the first of {@code listFields} (any letter case) holding an array or a JSON null (an empty
   * page), else the object's only array; the total under the first of {@code totalFields} (any letter case) holding
   * a whole number or a string of digits. Several arrays and none of the names, or no array, are refused. An object
   * whose other fields (all but the list read) are an error body by {@code envelopeIsError} is the vendor's error
   * ({@link ApiResponse#errorInSuccess}), never the page.
   */
  ResponseReader<Paging.Chunk<SipTrunk>> bareOrWrappedPage(List<String> listFields, List<String> totalFields,
      Predicate<JsonNode> envelopeIsError) {
    return response -> {
      PageBuffer.Recording body = pages.record(response.jsonBody(), response.declaredLength());
      try (JsonParser p = response.parser(body)) {
        p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonToken first = p.nextToken();
        Paging.Chunk<SipTrunk> chunk;
        if (first == JsonToken.START_ARRAY) {
          chunk = Paging.Chunk.of(items(response, p, body));
        } else if (first == JsonToken.START_OBJECT) {
          chunk = wrappedList(response, p, body, listFields, totalFields, envelopeIsError);
        } else {
          throw notATrunk(response, null, "neither a JSON array nor an object");
        }
        if (p.nextToken() != null) {
          throw new TrunkResponseException(fields.provider() + " answered with more than one JSON value",
              response.method(), response.path(), response.status(), null);
        }
        return chunk;
      } finally {
        pages.release(body);
      }
    };
  }

  /** An envelope's field name seen once; the answer is refused when it holds the name twice. */
  private void requireFirst(Set<String> seen, String name, ApiResponse response) {
    if (!seen.add(name)) {
      throw new TrunkResponseException(fields.provider() + " answered with '" + name + "' twice",
          response.method(), response.path(), response.status(), null);
    }
  }

  private Paging.Chunk<SipTrunk> wrappedList(ApiResponse response, JsonParser p, PageBuffer.Recording body,
      List<String> listFields,
      List<String> totalFields, Predicate<JsonNode> envelopeIsError) throws IOException {
    ObjectNode rest = Json.object();
    List<SipTrunk> items = null;
    int rank = listFields.size();
    Set<String> seen = new HashSet<>(8);
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      requireFirst(seen, name, response);
      JsonToken value = p.nextToken();
      int at = rank(name, listFields);
      boolean list = value == JsonToken.START_ARRAY || value == JsonToken.VALUE_NULL;
      if (at >= 0 && list && at < rank) {
        items = value == JsonToken.START_ARRAY ? items(response, p, body) : List.of();
        rank = at;
      } else if (at >= 0 && list) {
        p.skipChildren();   // a list under a name ranked below the one already read
      } else {
        rest.set(name, node(p, false));
      }
    }
    if (envelopeIsError.test(rest)) {
      throw response.errorInSuccess(rest);
    }
    if (items == null) {
      JsonNode only = null;
      for (JsonNode value : rest) {
        if (value.isArray()) {
          if (only != null) {
            throw notATrunk(response, rest, "several arrays and none of " + listFields);
          }
          only = value;
        }
      }
      if (only == null) {
        throw notATrunk(response, rest, "an object without an array of trunks");
      }
      items = new ArrayList<>(only.size());
      for (JsonNode item : only) {
        if (!item.isObject()) {
          throw new TrunkResponseException(fields.provider() + " listed a trunk that is not a JSON object",
              response.method(), response.path(), response.status(), null);
        }
        items.add(mapped(response, item));
      }
    }
    for (String name : totalFields) {
      JsonNode total = Json.field(rest, name);
      if (total != null && (total.isIntegralNumber() && total.canConvertToLong()
          || total.isTextual() && total.asText().matches("\\d{1,18}")) && total.asLong() >= 0) {
        return Paging.Chunk.of(items, OptionalLong.of(total.asLong()));
      }
    }
    return Paging.Chunk.of(items);
  }

  private static int rank(String name, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private Paging.Chunk<SipTrunk> envelope(ApiResponse response, JsonParser p, PageBuffer.Recording body,
      JsonToken first, String itemsField,
      JsonPointer totalPointer, boolean orEmpty, Predicate<JsonNode> isError) throws IOException {
    if (first != JsonToken.START_OBJECT) {
      throw notATrunk(response, null, "not a JSON object");
    }
    ObjectNode rest = Json.object();
    List<SipTrunk> items = null;
    Set<String> seen = new HashSet<>(8);
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      requireFirst(seen, name, response);
      JsonToken value = p.nextToken();
      if (name.equals(itemsField) && value == JsonToken.START_ARRAY) {
        items = items(response, p, body);
      } else {
        rest.set(name, node(p, false));
      }
    }
    if (isError != null && isError.test(rest)) {
      throw response.errorInSuccess(rest);
    }
    if (items == null && orEmpty && (rest.path(itemsField).isMissingNode() || rest.path(itemsField).isNull())
        && !looksLikeError(rest)) {
      items = List.of();
    }
    if (items == null) {
      throw notATrunk(response, rest, "no '" + itemsField + "' list");
    }
    if (totalPointer == null) {
      return Paging.Chunk.of(items);
    }
    JsonNode total = rest.at(totalPointer);
    return Paging.Chunk.of(items, total.canConvertToLong() && total.isIntegralNumber()
        ? OptionalLong.of(total.longValue()) : OptionalLong.empty());
  }

  /** The trunks of the array the parser is on, read from {@code body} (the parser's input). */
  private List<SipTrunk> items(ApiResponse response, JsonParser p, PageBuffer.Recording body) throws IOException {
    List<SipTrunk> items = new ArrayList<>(lastPageSize);   // pages of a listing are mostly of one size
    SipTrunk.Builder builder = SipTrunk.builder(); // one for the page: build() hands over, clear() starts anew
    FieldOrder order = takeOrder();
    try (DeferredJson deferred = new DeferredJson(body)) {
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          throw new TrunkResponseException(fields.provider() + " listed a trunk that is not a JSON object",
              response.method(), response.path(), response.status(), null);
        }
        try {
          items.add(read(p, builder, deferred, order));
        } catch (IllegalArgumentException e) {
          throw unreadable(response, e);
        }
      }
    } finally {
      giveBack(order);
    }
    lastPageSize = Math.max(10, Math.min(items.size(), MAX_PRESIZED));
    return items;
  }

  private SipTrunk mapped(ApiResponse response, JsonNode item) {
    try {
      return read(item);
    } catch (IllegalArgumentException e) {
      throw unreadable(response, e);
    }
  }

  private TrunkResponseException unreadable(ApiResponse response, IllegalArgumentException e) {
    return new TrunkResponseException(fields.provider() + " sent a trunk Trunkline cannot read: " + e.getMessage(),
        response.method(), response.path(), response.status(), e);
  }

  /** An object with a field that error bodies of any vendor or framework carry. */
  static boolean looksLikeError(JsonNode body) {
    if (body == null || !body.isObject()) {
      return false;
    }
    for (String name : ERROR_FIELDS) {
      if (body.has(name)) {
        return true;
      }
    }
    return false;
  }

  /** An answer that is not a trunk: an error body in a 2xx if the vendor's decoder reads one, else unreadable. */
  private RuntimeException notATrunk(ApiResponse response, JsonNode body, String what) {
    if (looksLikeError(body)) {
      return response.errorInSuccess(body);
    }
    return new TrunkResponseException(fields.provider() + " answered with " + what + " where trunks were due",
        response.method(), response.path(), response.status(), null);
  }
}

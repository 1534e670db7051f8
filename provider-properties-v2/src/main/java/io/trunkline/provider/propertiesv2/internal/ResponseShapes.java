package io.trunkline.provider.propertiesv2.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.spi.ApiResponse;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.Paging;
import io.trunkline.core.spi.ResponseReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Finds the payload in the vendor's answers, whose envelopes the document does not show, for the typed client and
 * the neutral provider alike (the neutral list is streamed by the kit's reader with these names and {@link #isError}).
 * Messaging answers are wrapped ({@code {"Message": {…}}}), a sibling list sends
 * {@code TotalCount}, and the error body is ServiceStack's, whose answers carry {@code ResponseStatus} next to the
 * payload ({@code {"Result": {…}, "ResponseStatus": {}}}); so each shape is read tolerantly: a list as a bare array
 * or as an object holding the array, a trunk bare or wrapped. An answer that fits none of them is refused
 * ({@code TrunkResponseException}), never read as empty; one whose {@code ResponseStatus} names an error is that
 * error, whatever the HTTP status ({@link #isError}).
 */
final class ResponseShapes {
  /** Where a wrapped list is looked for first, in this order (any letter case). */
  static final List<String> LIST_FIELDS = List.of("SipTrunks", "Items", "Results", "Result", "Data", "Value",
      "hydra:member");
  /** Where a total count is looked for, in this order (any letter case). */
  static final List<String> TOTAL_FIELDS = List.of("TotalCount", "Total", "Results_Total", "hydra:totalItems");
  /** Where a wrapped trunk is looked for first, in this order (any letter case). */
  static final List<String> ITEM_FIELDS = List.of("SipTrunk", "Result");
  /** The number fields of a trunk: a JSON {@code null} in one is "not reported" and reads as absent. */
  static final List<String> NUMBER_FIELDS = List.of(PropertiesV2Fields.CREATED, PropertiesV2Fields.MODIFIED,
      PropertiesV2Fields.END_DATE, PropertiesV2Fields.TYPE, PropertiesV2Fields.CHANNEL_LIMIT,
      PropertiesV2Fields.PROVISIONING_STATE);
  static final String SID = PropertiesV2Fields.SID;
  private static final String STATUS = "ResponseStatus";
  private static final String ITEM_READER = "propertiesv2.item";

  /**
   * The mapper's readers, made at the first answer read with them (the typed client's, a details, create, update or
   * delete answer): the neutral listing streams its pages with the kit's reader and needs only these names, so
   * opening the provider and listing build no {@code ObjectMapper} (hundreds of milliseconds in a fresh JVM).
   */
  private static final class Readers {
    static final ObjectReader TREE = Json.mapper().readerFor(JsonNode.class);
    static final ObjectReader PAGE = Json.mapper().copy()
        .registerModule(new SimpleModule().addDeserializer(PageAnswer.class, new PageDeserializer()))
        .readerFor(PageAnswer.class);
  }

  private ResponseShapes() {}

  /**
   * A list answer, streamed: each trunk object read by {@code items} as it arrives; the total where the answer sends
   * one. A {@code ResponseStatus} error in the envelope is thrown as the vendor's error.
   */
  static <T> ResponseReader<Paging.Chunk<T>> page(DefaultPropertiesV2Client.ItemReader<T> items) {
    ObjectReader reader = Readers.PAGE.withAttribute(ITEM_READER, items);
    return response -> {
      PageAnswer answer = response.json(reader);
      if (answer.error != null) {
        throw response.errorInSuccess(answer.error);
      }
      @SuppressWarnings("unchecked")
      List<T> read = (List<T>) answer.items;
      return Paging.Chunk.of(read, answer.total);
    };
  }

  /** A details answer: its trunk object (bare or wrapped), read by {@code item}. */
  static <T> ResponseReader<T> item(DefaultPropertiesV2Client.ItemReader<T> item) {
    return response -> item.read(reported(trunk(checked(response, response.json(Readers.TREE)))));
  }

  /** A create answer: the new trunk's id. */
  static final ResponseReader<String> CREATED_SID =
      response -> createdSid(checked(response, response.json(Readers.TREE)));

  /**
   * An answer whose body is not documented (update, delete): any 2xx is success, with any or no body, unless the
   * body is the vendor's error.
   */
  static final ResponseReader<Void> NO_ERROR = response -> {
    byte[] body;
    try (InputStream in = response.body()) {
      body = in.readAllBytes();
    }
    JsonNode json;
    try {
      json = body.length == 0 ? null : Readers.TREE.readValue(body);
    } catch (IOException notJson) {
      return null;
    }
    checked(response, json);
    return null;
  };

  /**
   * True for the vendor's error body: a {@code ResponseStatus} (any letter case) naming an {@code ErrorCode}, a
   * {@code Message} or field {@code Errors}, or an {@code ErrorCode} at the top level. An empty
   * {@code ResponseStatus} is ServiceStack's "no error".
   */
  static boolean isError(JsonNode root) {
    if (root == null || !root.isObject()) {
      return false;
    }
    JsonNode status = Json.field(root, STATUS);
    JsonNode holder = status != null && status.isObject() ? status : root;
    if (holder != root && (hasText(holder, "Message") || nonEmpty(Json.field(holder, "Errors")))) {
      return true;
    }
    return hasText(holder, "ErrorCode");
  }

  private static JsonNode checked(ApiResponse response, JsonNode root) {
    if (isError(root)) {
      throw response.errorInSuccess(root);
    }
    return root;
  }

  /** {@code item} without the number fields it answers as JSON {@code null} ("not reported"). */
  static JsonNode reported(JsonNode item) {
    ObjectNode copy = null;
    for (String field : NUMBER_FIELDS) {
      if (item.has(field) && item.get(field).isNull()) {
        copy = copy == null ? ((ObjectNode) item).deepCopy() : copy;
        copy.remove(field);
      }
    }
    return copy == null ? item : copy;
  }

  /** The trunk object of a details answer: the answer itself, wrapped in {@link #ITEM_FIELDS}, or its only field. */
  static JsonNode trunk(JsonNode root) throws JsonMappingException {
    if (root.isObject() && root.hasNonNull(SID)) {
      return root;
    }
    for (String name : ITEM_FIELDS) {
      JsonNode wrapped = Json.field(root, name);
      if (wrapped != null && wrapped.isObject() && wrapped.hasNonNull(SID)) {
        return wrapped;
      }
    }
    JsonNode only = onlyObjectField(root);
    if (only != null && only.hasNonNull(SID)) {
      return only;
    }
    throw fail("the answer holds no SIP trunk (no " + SID + ")");
  }

  /** The new trunk's id from a create answer: an object holding only the id field, wrapped, or a bare JSON string. */
  static String createdSid(JsonNode root) throws JsonMappingException {
    JsonNode sid = root.isTextual() ? root : trunkOrNull(root);
    if (sid != null && sid.isObject()) {
      sid = sid.get(SID);
    }
    if (sid == null || !sid.isTextual() || sid.asText().isBlank()) {
      throw fail("the create answer holds no " + SID);
    }
    return sid.asText();
  }

  private static JsonNode trunkOrNull(JsonNode root) {
    try {
      return trunk(root);
    } catch (JsonMappingException e) {
      return null;
    }
  }

  private static JsonNode onlyObjectField(JsonNode root) {
    if (!root.isObject()) {
      return null;
    }
    JsonNode found = null;
    for (java.util.Map.Entry<String, JsonNode> field : root.properties()) {
      if (field.getKey().equalsIgnoreCase(STATUS)) {
        continue;
      }
      if (found != null || !field.getValue().isObject()) {
        return null;
      }
      found = field.getValue();
    }
    return found;
  }

  private static boolean hasText(JsonNode node, String name) {
    JsonNode value = Json.field(node, name);
    return value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank();
  }

  private static boolean nonEmpty(JsonNode node) {
    return node != null && node.isArray() && !node.isEmpty();
  }

  private static int rank(String name, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static JsonMappingException fail(String message) {
    return new JsonMappingException((Closeable) null, message);
  }

  /** A list answer as read: its items, the total if sent, and the envelope when it is an error body. */
  private static final class PageAnswer {
    final List<Object> items;
    final OptionalLong total;
    final JsonNode error;

    PageAnswer(List<Object> items, OptionalLong total, JsonNode error) {
      this.items = items;
      this.total = total;
      this.error = error;
    }
  }

  /**
   * Streams a list answer: a bare array, or an object whose list is under the first of {@link #LIST_FIELDS}
   * holding an array or a JSON null (an empty page), else in its only array. Each trunk object is read alone and
   * handed to the item reader, so a page is never held as one tree.
   */
  private static final class PageDeserializer extends StdDeserializer<PageAnswer> {
    private static final long serialVersionUID = 1L;

    PageDeserializer() {
      super(PageAnswer.class);
    }

    @Override
    public PageAnswer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      DefaultPropertiesV2Client.ItemReader<?> reader = (DefaultPropertiesV2Client.ItemReader<?>) ctxt.getAttribute(ITEM_READER);
      if (p.currentToken() == JsonToken.START_ARRAY) {
        return new PageAnswer(items(p, ctxt, reader), OptionalLong.empty(), null);
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw fail("the list answer is a " + p.currentToken() + ", neither an array nor an object");
      }
      ObjectNode rest = Json.object();
      List<Object> items = null;
      int itemsRank = LIST_FIELDS.size();
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        int at = rank(name, LIST_FIELDS);
        boolean list = value == JsonToken.START_ARRAY || value == JsonToken.VALUE_NULL;
        if (at >= 0 && list && at < itemsRank) {
          items = value == JsonToken.START_ARRAY ? items(p, ctxt, reader) : new ArrayList<>();
          itemsRank = at;
        } else if (rest.has(name)) {
          throw fail("the list answer holds '" + name + "' twice");
        } else {
          rest.set(name, ctxt.readTree(p));
        }
      }
      if (isError(rest)) {
        return new PageAnswer(List.of(), OptionalLong.empty(), rest);
      }
      if (items == null) {
        items = onlyArray(rest, reader);
      }
      return new PageAnswer(items, total(rest), null);
    }

    private static List<Object> items(JsonParser p, DeserializationContext ctxt,
        DefaultPropertiesV2Client.ItemReader<?> reader) throws IOException {
      List<Object> items = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t != JsonToken.START_OBJECT) {
          throw fail("the list of SIP trunks holds a " + t + " where an object was expected");
        }
        items.add(reader.read(reported(ctxt.readTree(p))));
      }
      return items;
    }

    private static List<Object> onlyArray(ObjectNode rest, DefaultPropertiesV2Client.ItemReader<?> reader)
        throws IOException {
      JsonNode found = null;
      for (JsonNode value : rest) {
        if (value.isArray()) {
          if (found != null) {
            throw fail("the list answer holds several arrays and none of " + LIST_FIELDS);
          }
          found = value;
        }
      }
      if (found == null) {
        throw fail("the list answer is an object without an array of SIP trunks");
      }
      List<Object> items = new ArrayList<>(found.size());
      for (JsonNode item : found) {
        if (!item.isObject()) {
          throw fail("the list of SIP trunks holds a " + item.getNodeType() + " where an object was expected");
        }
        items.add(reader.read(reported(item)));
      }
      return items;
    }

    private static OptionalLong total(JsonNode rest) {
      for (String name : TOTAL_FIELDS) {
        JsonNode value = Json.field(rest, name);
        if (value != null && (value.isIntegralNumber() && value.canConvertToLong()
            || value.isTextual() && value.asText().matches("\\d{1,18}")) && value.asLong() >= 0) {
          return OptionalLong.of(value.asLong());
        }
      }
      return OptionalLong.empty();
    }
  }
}

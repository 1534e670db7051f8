package io.trunkline.provider.propertiesv2;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.trunkline.core.spi.Json;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Finds the payload in the vendor's answers, whose envelopes the document does not show. Messaging answers are
 * wrapped ({@code {"Message": {…}}}), a sibling list sends {@code TotalCount}; so each shape is read tolerantly:
 * a list as a bare array or as an object holding the array, a trunk bare or wrapped in one object field. An answer
 * that fits none of them is refused ({@code TrunkResponseException}), never read as empty.
 */
final class ResponseShapes {
  /** Where a wrapped list is looked for first, in this order (any letter case). */
  static final List<String> LIST_FIELDS = List.of("SipTrunks", "Items", "Results", "Data", "Value");
  /** Where a total count is looked for, in this order (any letter case). */
  static final List<String> TOTAL_FIELDS = List.of("TotalCount", "Total", "Results_Total");
  static final String SID = PropertiesV2Fields.SID;

  private ResponseShapes() {}

  /** The items of a list answer. */
  static List<JsonNode> listItems(JsonNode root) throws JsonMappingException {
    JsonNode array = root.isArray() ? root : listArray(root);
    List<JsonNode> items = new ArrayList<>(array.size());
    for (JsonNode item : array) {
      if (!item.isObject()) {
        throw fail("the list of SIP trunks holds a " + item.getNodeType() + " where an object was expected");
      }
      items.add(item);
    }
    return items;
  }

  /** The total count a wrapped list answer sends, if any. */
  static OptionalLong total(JsonNode root) {
    for (String name : TOTAL_FIELDS) {
      JsonNode value = Json.field(root, name);
      if (value != null && (value.isIntegralNumber() || value.isTextual() && value.asText().matches("\\d{1,18}"))) {
        long total = value.asLong();
        if (total >= 0) {
          return OptionalLong.of(total);
        }
      }
    }
    return OptionalLong.empty();
  }

  /** The trunk object of a details answer: the answer itself, or the one object field holding a trunk. */
  static JsonNode trunk(JsonNode root) throws JsonMappingException {
    if (root.isObject() && root.hasNonNull(SID)) {
      return root;
    }
    JsonNode wrapped = Json.field(root, "SipTrunk");
    if (wrapped != null && wrapped.isObject() && wrapped.hasNonNull(SID)) {
      return wrapped;
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

  private static JsonNode listArray(JsonNode root) throws JsonMappingException {
    if (!root.isObject()) {
      throw fail("the list answer is a " + root.getNodeType() + ", neither an array nor an object");
    }
    for (String name : LIST_FIELDS) {
      JsonNode value = Json.field(root, name);
      if (value != null && value.isArray()) {
        return value;
      }
      if (value != null && value.isNull()) {
        return JsonNodeFactory.instance.arrayNode();
      }
    }
    JsonNode found = null;
    for (JsonNode value : root) {
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
    return found;
  }

  private static JsonNode onlyObjectField(JsonNode root) {
    if (!root.isObject() || root.size() != 1) {
      return null;
    }
    JsonNode value = root.elements().next();
    return value.isObject() ? value : null;
  }

  private static JsonMappingException fail(String message) {
    return new JsonMappingException((Closeable) null, message);
  }
}

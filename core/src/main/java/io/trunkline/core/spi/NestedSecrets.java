package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The rule that a value a trunk keeps in its attributes holds no name that looks like a secret's
 * ({@link SecretNames#looksSecret}) at any depth: such a property of a nested object is dropped, as a top-level one
 * is. For trees ({@link #dropped}) and for the JSON text of a deferred value ({@link #mayHold}).
 */
final class NestedSecrets {
  private NestedSecrets() {}

  /**
   * {@code value} itself when no object in it, at any depth, has a secret-looking name (a scalar never has); else a
   * copy of it without those properties, the rest in their order.
   */
  static JsonNode dropped(JsonNode value) {
    return value.isContainerNode() && holds(value) ? copied(value) : value;
  }

  private static boolean holds(JsonNode value) {
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> property : value.properties()) {
        if (SecretNames.looksSecret(property.getKey()) || property.getValue().isContainerNode()
            && holds(property.getValue())) {
          return true;
        }
      }
    } else if (value.isArray()) {
      for (JsonNode element : value) {
        if (element.isContainerNode() && holds(element)) {
          return true;
        }
      }
    }
    return false;
  }

  private static JsonNode copied(JsonNode value) {
    if (value.isObject()) {
      ObjectNode copy = CompactNodes.INSTANCE.objectNode();
      for (Map.Entry<String, JsonNode> property : value.properties()) {
        if (!SecretNames.looksSecret(property.getKey())) {
          copy.set(property.getKey(), copied(property.getValue()));
        }
      }
      return copy;
    }
    if (value.isArray()) {
      ArrayNode copy = CompactNodes.INSTANCE.arrayNode();
      for (JsonNode element : value) {
        copy.add(copied(element));
      }
      return copy;
    }
    return value;   // scalars are immutable
  }

  /**
   * False only when the JSON text {@code json} (one valid object or array) certainly has no secret-looking name at
   * any depth. A name this byte scan cannot judge as it is (an escape, a byte outside printable ASCII) is taken as
   * one that may: the caller then reads the value and applies {@link #dropped}, the exact rule.
   */
  static boolean mayHold(byte[] json) {
    int n = json.length;
    for (int i = 0; i < n; i++) {
      if (json[i] != '"') {
        continue;
      }
      int start = ++i;
      boolean plain = true;
      int letters = 0;   // the letters the text holds, for a first test that needs no String
      for (; json[i] != '"'; i++) {
        byte b = json[i];
        if (b == '\\') {
          plain = false;
          i++;   // the escaped character, a quote included
        } else if (b < 0x20) {   // bytes of 0x80 and above are negative: not plain ASCII either
          plain = false;
        }
        letters |= SecretNames.letterBit(b);
      }
      int end = i;
      int next = i + 1;
      while (next < n && (json[next] == ' ' || json[next] == '\t' || json[next] == '\n' || json[next] == '\r')) {
        next++;
      }
      if (next < n && json[next] == ':' && (!plain || SecretNames.mayLookSecret(letters)
          && SecretNames.looksSecret(new String(json, start, end - start, StandardCharsets.ISO_8859_1)))) {
        return true;
      }
    }
    return false;
  }
}

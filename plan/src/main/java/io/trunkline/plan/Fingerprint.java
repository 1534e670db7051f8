package io.trunkline.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash of the live values of the fields a plan compares for one desired trunk: the neutral fields the file
 * gives (lists as sorted sets, as they are compared) and its attributes. The password is never among them.
 */
final class Fingerprint {
  private Fingerprint() {}

  static String of(DesiredTrunk desired, SipTrunk live) {
    Map<String, JsonNode> fields = new TreeMap<>();
    for (NeutralField neutral : Planner.FIELDS) {
      if (neutral == NeutralField.PASSWORD || Planner.desiredValue(desired, neutral).isEmpty()) {
        continue;
      }
      JsonNode value = Planner.liveValue(live, neutral).orElse(NullNode.instance);
      if (value.isArray()) {
        com.fasterxml.jackson.databind.node.ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
        Planner.texts(value).forEach(sorted::add);
        value = sorted;
      }
      fields.put(neutral.property(), value);
    }
    for (String name : desired.attributes().keySet()) {
      fields.put("attributes." + name, live.attributes().getOrDefault(name, NullNode.instance));
    }
    ObjectNode canonical = JsonNodeFactory.instance.objectNode();
    fields.forEach(canonical::set);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

package io.trunkline.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 *
 * <p>A plan made now keeps the desired and the live trunk and hashes them when the hash is first asked for (a saved
 * plan written, or checked against a plan made now): a plan that is only printed or applied never pays for it. A
 * saved plan's hash is the text it holds. Two fingerprints are equal when their hashes are.
 */
final class Fingerprint {
  private final DesiredTrunk desired;
  private final SipTrunk live;
  private volatile String hex;

  private Fingerprint(DesiredTrunk desired, SipTrunk live, String hex) {
    this.desired = desired;
    this.live = live;
    this.hex = hex;
  }

  /** The fingerprint of {@code live} as compared with {@code desired}, hashed when first asked for. */
  static Fingerprint of(DesiredTrunk desired, SipTrunk live) {
    return new Fingerprint(desired, live, null);
  }

  /** The fingerprint a saved plan holds. */
  @JsonCreator
  static Fingerprint saved(String hex) {
    return new Fingerprint(null, null, hex);
  }

  /** The SHA-256 (hex) of the compared fields' live values. */
  @JsonValue
  String hex() {
    String h = hex;
    if (h == null) {
      h = hash(desired, live);
      hex = h;
    }
    return h;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fingerprint f && hex().equals(f.hex());
  }

  @Override
  public int hashCode() {
    return hex().hashCode();
  }

  @Override
  public String toString() {
    return hex();
  }

  private static String hash(DesiredTrunk desired, SipTrunk live) {
    Map<String, JsonNode> fields = new TreeMap<>();
    for (NeutralField neutral : Planner.FIELDS) {
      if (neutral == NeutralField.PASSWORD || Planner.desiredValue(desired, neutral).isEmpty()) {
        continue;
      }
      JsonNode value = Planner.liveValue(live, neutral).orElse(NullNode.instance);
      if (value.isArray()) {
        ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
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

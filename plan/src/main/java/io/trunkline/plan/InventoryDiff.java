package io.trunkline.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Compares two inventory snapshots (the JSON {@code trunkline inventory --output json} prints: an array of trunks
 * each with its {@code account}; or the demo's {@code {"trunks": [...]}}): the trunks added, removed, and changed
 * field by field, matched by account, provider and id. Lists compare as sets; {@code attributes} field by field. A
 * field whose name the caller's rule calls secret is shown as {@code (changed)}, never with its values (a snapshot
 * of Trunkline's holds none; a hand-edited one might).
 *
 * <pre>{@code
 * List<TrunkDiff> changes = new InventoryDiff(name -> name.contains("password")).compare(lastNight, now);
 * }</pre>
 */
public final class InventoryDiff {
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final Set<String> KEYS = Set.of("account", "provider", "id");
  private final Predicate<String> secretName;

  /** @param secretName true for a field name whose value must never be shown */
  public InventoryDiff(Predicate<String> secretName) {
    this.secretName = secretName;
  }

  /** Reads a snapshot's text; {@code source} (a file name) heads the error when it is not one. */
  public static JsonNode read(String text, String source) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw new IllegalArgumentException(source + ": line " + line + ", column " + column
          + ": not JSON (an inventory snapshot is what 'trunkline inventory --output json' prints)");
    }
    JsonNode trunks = root != null && root.isObject() ? root.get("trunks") : root;
    if (trunks == null || !trunks.isArray()) {
      throw new IllegalArgumentException(source + ": not an inventory snapshot: expected a JSON array of trunks (what"
          + " 'trunkline inventory --output json' prints) or an object with \"trunks\"");
    }
    for (int i = 0; i < trunks.size(); i++) {
      JsonNode trunk = trunks.get(i);
      if (!trunk.isObject() || !trunk.path("id").isValueNode() || !trunk.path("provider").isTextual()) {
        throw new IllegalArgumentException(source + ": trunk [" + i + "]: expected an object with provider and id");
      }
    }
    return trunks;
  }

  /** The trunks of {@code after} that are not in {@code before}, those gone, and those changed, in that order. */
  public List<TrunkDiff> compare(JsonNode before, JsonNode after) {
    Map<String, JsonNode> old = byKey(before);
    Map<String, JsonNode> now = byKey(after);
    List<TrunkDiff> diffs = new ArrayList<>();
    now.forEach((key, trunk) -> {
      if (!old.containsKey(key)) {
        diffs.add(diff(TrunkDiff.Kind.ADDED, trunk).build());
      }
    });
    old.forEach((key, trunk) -> {
      if (!now.containsKey(key)) {
        diffs.add(diff(TrunkDiff.Kind.REMOVED, trunk).build());
      }
    });
    now.forEach((key, trunk) -> {
      JsonNode was = old.get(key);
      if (was != null) {
        List<FieldChange> changes = changes(was, trunk);
        if (!changes.isEmpty()) {
          diffs.add(diff(TrunkDiff.Kind.CHANGED, trunk).changes(changes).build());
        }
      }
    });
    return diffs;
  }

  private List<FieldChange> changes(JsonNode was, JsonNode now) {
    Map<String, JsonNode> before = flatten(was);
    Map<String, JsonNode> after = flatten(now);
    Set<String> fields = new LinkedHashSet<>(after.keySet());
    fields.addAll(before.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      JsonNode a = before.getOrDefault(field, NullNode.instance);
      JsonNode b = after.getOrDefault(field, NullNode.instance);
      if (same(a, b)) {
        continue;
      }
      String name = field.startsWith("attributes.") ? field.substring("attributes.".length()) : field;
      FieldChange.Builder change = FieldChange.builder().field(field);
      if (secretName.test(name)) {
        change.after(TextNode.valueOf("(changed)")).secret(true);
      } else {
        if (!a.isNull()) {
          change.before(a);
        }
        if (!b.isNull()) {
          change.after(b);
        }
      }
      changes.add(change.build());
    }
    return changes;
  }

  private static Map<String, JsonNode> flatten(JsonNode trunk) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    trunk.properties().forEach(e -> {
      if (KEYS.contains(e.getKey())) {
        return;
      }
      if (e.getKey().equals("attributes") && e.getValue().isObject()) {
        e.getValue().properties().forEach(a -> fields.put("attributes." + a.getKey(), a.getValue()));
      } else {
        fields.put(e.getKey(), e.getValue());
      }
    });
    return fields;
  }

  private static boolean same(JsonNode a, JsonNode b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.isArray() && b.isArray()) {
      return sorted(a).equals(sorted(b));
    }
    return (a.isNull() && b.isArray() && b.isEmpty()) || (b.isNull() && a.isArray() && a.isEmpty());
  }

  private static Set<String> sorted(JsonNode array) {
    Set<String> out = new TreeSet<>();
    array.forEach(n -> out.add(n.toString()));
    return out;
  }

  private static TrunkDiff.Builder diff(TrunkDiff.Kind kind, JsonNode trunk) {
    return TrunkDiff.builder().kind(kind)
        .account(Optional.ofNullable(trunk.get("account")).filter(JsonNode::isTextual).map(JsonNode::asText))
        .provider(trunk.get("provider").asText()).id(trunk.get("id").asText())
        .name(Optional.ofNullable(trunk.get("name")).filter(JsonNode::isTextual).map(JsonNode::asText));
  }

  private static Map<String, JsonNode> byKey(JsonNode trunks) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode trunk : trunks) {
      out.put(trunk.path("account").asText("") + "\n" + trunk.get("provider").asText() + "\n"
          + trunk.get("id").asText(), trunk);
    }
    return out;
  }
}

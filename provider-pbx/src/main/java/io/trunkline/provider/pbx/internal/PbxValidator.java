package io.trunkline.provider.pbx.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.spi.Json;
import io.trunkline.core.spi.Validate;
import io.trunkline.provider.pbx.PbxAssignment;
import io.trunkline.provider.pbx.PbxListQuery;
import io.trunkline.provider.pbx.PbxTrunkSpec;
import io.trunkline.provider.pbx.PbxTrunkUpdate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PBX's input rules for the typed client, checked before a request is sent: the declaration's rules
 * ({@link PbxFields}) applied to the typed models, the fields the PBX requires on create, and nothing create-only
 * on update. Each failure is a {@link TrunkValidationException} naming the PBX field; none echoes a value.
 */
final class PbxValidator {
  private PbxValidator() {}

  static void spec(PbxTrunkSpec spec) {
    extra(spec.extra(), false);
    ObjectNode body = Json.mapper().valueToTree(spec);
    spec.password().ifPresent(p -> body.put(PbxFields.PASSWORD, p.reveal()));   // checked here, never sent
    for (String field : PbxFields.REQUIRED_ON_CREATE) {
      if (!body.hasNonNull(field)) {
        throw new TrunkValidationException(field, "is required to create a PBX trunk");
      }
    }
    rules(body);
  }

  /**
   * The body to send for {@code update}, checked: the fields it sets, less those whose value equals the trunk it
   * was started from ({@link PbxTrunkUpdate#origin()}). Only what is sent is checked, so values the PBX itself
   * returned (a bare address in {@code additional_ips}, an empty {@code outbound_server}) never block a change of
   * another field.
   */
  static ObjectNode update(PbxTrunkUpdate update) {
    ObjectNode body = Json.mapper().valueToTree(update);
    update.password().ifPresent(p -> body.put(PbxFields.PASSWORD, p.reveal()));   // checked as the value it is
    update.origin().ifPresent(origin -> {
      List<String> unchanged = new ArrayList<>();
      body.properties().forEach(f -> {
        if (f.getValue().equals(origin.get(f.getKey()))) {
          unchanged.add(f.getKey());
        }
      });
      body.remove(unchanged);
    });
    Map<String, JsonNode> extra = new LinkedHashMap<>(update.extra());
    extra.keySet().removeIf(name -> !body.has(name));
    extra(extra, true);
    rules(body);
    // sent as the Secret, which only the engine's wire writer reveals
    update.password().filter(p -> body.has(PbxFields.PASSWORD)).ifPresent(p -> body.putPOJO(PbxFields.PASSWORD, p));
    return body;
  }

  static void assignment(PbxAssignment assignment) {
    for (String key : assignment.extra().keySet()) {
      if (key.equals(PbxFields.DID_NUMBERS) || key.equals(PbxFields.CONCURRENCY)) {
        throw new TrunkValidationException("extra." + key, "is a typed field: set it with its own method");
      }
    }
    rules(Json.mapper().valueToTree(assignment));
  }

  static void listQuery(PbxListQuery query) {
    Validate.range("top", query.top(), 1, PbxListQuery.MAX_TOP);
    Validate.range("skip", query.skip(), 0, Integer.MAX_VALUE);
  }

  /** Each field of the body by its rule in the declaration. */
  private static void rules(ObjectNode body) {
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      String broken = PbxFields.broken(field.getKey(), field.getValue());
      if (broken != null) {
        throw new TrunkValidationException(field.getKey(), broken);
      }
    }
  }

  private static void extra(Map<String, JsonNode> extra, boolean update) {
    for (Map.Entry<String, JsonNode> e : extra.entrySet()) {
      String key = e.getKey();
      if (update && PbxFields.CREATE_ONLY.contains(key)) {
        throw new TrunkValidationException(key, "is set when a PBX trunk is created and cannot be changed by an"
            + " update; create a new trunk to change it");
      }
      if (PbxFields.READ_ONLY.contains(key)) {
        throw new TrunkValidationException(key, "is read-only (written by the PBX)");
      }
      if (key.equals(PbxFields.PASSWORD) || PbxFields.TYPED.contains(key) && !e.getValue().isNull()) {
        throw new TrunkValidationException("extra." + key, "is a typed field: set it with its own method"
            + " (an extra entry may only send it as an explicit JSON null)");
      }
    }
  }
}

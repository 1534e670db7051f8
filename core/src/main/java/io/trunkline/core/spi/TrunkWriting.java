package io.trunkline.core.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.trunkline.core.Secret;
import io.trunkline.core.error.TrunkValidationException;
import io.trunkline.core.model.NeutralField;
import io.trunkline.core.model.SipTrunk;
import io.trunkline.core.model.TrunkSpec;
import io.trunkline.core.model.TrunkUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Builds and checks create and update bodies from a vendor's declaration. Every refusal names the neutral field
 * and the vendor field and says how to supply it; none echoes a value. The vendor's id field is never sent from
 * attributes, even by a declaration that passes unknown attributes through.
 */
final class TrunkWriting {
  private final TrunkFields fields;

  TrunkWriting(TrunkFields fields) {
    this.fields = fields;
  }

  VendorBody create(TrunkSpec spec) {
    VendorBody body = VendorBody.empty();
    for (NeutralField neutral : NeutralField.values()) {
      putNeutral(body, neutral, NeutralConversions.of(spec, neutral), true);
    }
    putAttributes(body, spec.attributes(), true);
    for (VendorField field : fields.declared) {
      if (!body.has(field.name) && field.createDefault != null) {
        field.createDefault.apply(spec).ifPresent(value -> body.put(field.name, value));
      }
    }
    requireAll(body, true);
    check(body, true);
    return body;
  }

  VendorBody update(TrunkUpdate update) {
    VendorBody body = changes(update);
    requireAll(body, false);
    check(body, false);
    return body;
  }

  /**
   * What can be checked of a whole-trunk update without the trunk: each field {@code update} sets is sendable, of
   * its type and passes its own rules. Run before the kit reads the trunk, so a refused update costs no request.
   */
  void checkUpdateAlone(TrunkUpdate update) {
    VendorBody changes = changes(update);
    checkFieldRules(changes);
  }

  VendorBody replace(SipTrunk current, TrunkUpdate update) {
    VendorBody changes = changes(update);
    VendorBody body = VendorBody.empty().replacing(current);
    for (VendorField field : fields.declared) {
      if (field.readOnly || field.writeOnly) {
        continue;
      }
      Object value = field.neutral != null ? NeutralConversions.of(current, field.neutral)
          : current.attributes().get(field.name);
      if (value instanceof JsonNode) {
        body.put(field.name, (JsonNode) value);
      } else if (value != null) {
        try {
          body.put(field.name, field.conversion.write(value));
        } catch (IllegalArgumentException e) {
          if (changes.has(field.name)) {
            body.put(field.name, NullNode.getInstance());   // keeps the field's place; the update's value follows
            continue;
          }
          throw new TrunkValidationException(field.label(), "the trunk's current value cannot be sent back to "
              + fields.provider() + " (" + e.getMessage() + "); set it in this update");
        }
      }
    }
    for (String name : changes.names()) {
      Object value = changes.secret(name).map(Object.class::cast).orElseGet(() -> changes.get(name).get());
      if (value instanceof Secret) {
        body.put(name, (Secret) value);
      } else {
        body.put(name, (JsonNode) value);
      }
    }
    requireAll(body, false);
    check(body, false);
    return body;
  }

  /** The labels of the fields {@code update} would change on {@code current}; a secret always counts. */
  List<String> changed(SipTrunk current, TrunkUpdate update) {
    List<String> changed = new ArrayList<>();
    for (NeutralField neutral : NeutralField.values()) {
      Object wanted = NeutralConversions.of(update, neutral);
      if (wanted == null) {
        continue;
      }
      Object now = NeutralConversions.of(current, neutral);
      boolean emptyList = wanted instanceof List && ((List<?>) wanted).isEmpty() && now == null;
      VendorField field = fields.byNeutral.get(neutral);
      if ((wanted instanceof Secret || !Objects.equals(wanted, now) && !emptyList) && !ignored(field, current, update)) {
        changed.add(field != null ? field.label() : neutral.property());
      }
    }
    for (Map.Entry<String, JsonNode> attribute : update.attributes().entrySet()) {
      VendorField field = fields.byName.get(attribute.getKey());
      boolean differs = field != null && field.neutral != null
          ? NeutralConversions.of(current, field.neutral) != null   // a clear: a change when the trunk has a value
          : !attribute.getValue().equals(current.attributes().getOrDefault(attribute.getKey(), NullNode.getInstance()));
      if (differs && !ignored(field, current, update)) {
        changed.add("attributes." + attribute.getKey());
      }
    }
    return changed;
  }

  private boolean ignored(VendorField field, SipTrunk current, TrunkUpdate update) {
    if (field == null || field.ignoredWhenField == null) {
      return false;
    }
    JsonNode other = update.attributes().containsKey(field.ignoredWhenField)
        ? update.attributes().get(field.ignoredWhenField) : current.attributes().get(field.ignoredWhenField);
    return field.ignoredWhenValue.equals(other);
  }

  private VendorBody changes(TrunkUpdate update) {
    VendorBody body = VendorBody.empty();
    for (NeutralField neutral : NeutralField.values()) {
      putNeutral(body, neutral, NeutralConversions.of(update, neutral), false);
    }
    putAttributes(body, update.attributes(), false);
    return body;
  }

  private void putNeutral(VendorBody body, NeutralField neutral, Object value, boolean create) {
    if (value == null) {
      return;
    }
    VendorField field = fields.byNeutral.get(neutral);
    if (field == null) {
      if (fields.ignored.contains(neutral)) {
        return;
      }
      VendorField source = fields.readFrom.get(neutral);
      if (source != null) {
        throw new TrunkValidationException(neutral.property(), "is set by " + fields.provider() + " (read from its '"
            + source.name + "') and cannot be sent; leave it empty");
      }
      throw new TrunkValidationException(neutral.property(), fields.provider() + " has no such field; leave it"
          + " empty" + (fields.attributeNames(create).isEmpty() ? "" : " (its own fields go in attributes: "
          + String.join(", ", fields.attributeNames(create)) + ")"));
    }
    refuseUnsendable(field, create);
    if (value instanceof Secret) {
      body.put(field.name, (Secret) value);
      return;
    }
    try {
      body.put(field.name, field.conversion.write(value));
    } catch (IllegalArgumentException e) {
      throw new TrunkValidationException(field.label(), e.getMessage());
    }
  }

  private void putAttributes(VendorBody body, Map<String, JsonNode> attributes, boolean create) {
    for (Map.Entry<String, JsonNode> attribute : attributes.entrySet()) {
      String name = attribute.getKey();
      JsonNode value = attribute.getValue();
      VendorField field = fields.byName.get(name);
      String label = "attributes." + name;
      if (name.equals(fields.idField)) {
        throw new TrunkValidationException(label, "is the trunk's id and cannot be sent");
      }
      if (field == null) {
        if (SecretNames.looksSecret(name) || !fields.passUnknownAttributes) {
          throw new TrunkValidationException(label, "is not a " + fields.provider() + " field that can be sent;"
              + " accepted: " + String.join(", ", fields.attributeNames(create)));
        }
        body.put(name, value);
        continue;
      }
      if (field.neutral != null) {
        putNeutralClear(body, field, value, create);
        continue;
      }
      refuseUnsendable(field, create);
      if (value == null || value.isNull()) {
        if (create) {
          continue;
        }
        if (!field.clearable) {
          throw new TrunkValidationException(label, "cannot be cleared at " + fields.provider());
        }
        body.put(name, NullNode.getInstance());
        continue;
      }
      if (!field.type.accepts(value)) {
        throw new TrunkValidationException(label, "must be " + field.type.words);
      }
      body.put(name, value);
    }
  }

  /**
   * A neutral field's vendor name in attributes: only a JSON {@code null} that clears a clearable field on update
   * (a {@link TrunkUpdate} has no way to clear an optional neutral field), and not with the neutral field set too.
   */
  private void putNeutralClear(VendorBody body, VendorField field, JsonNode value, boolean create) {
    String label = "attributes." + field.name;
    if (create || !field.clearable || value == null || !value.isNull()) {
      throw new TrunkValidationException(label, "is the neutral field '" + field.neutral.property()
          + "'; set that instead" + (field.clearable ? " (a JSON null here clears it on update)" : ""));
    }
    if (body.has(field.name)) {
      throw new TrunkValidationException(label, "clears the neutral field '" + field.neutral.property()
          + "', which this update also sets; leave one out");
    }
    body.put(field.name, NullNode.getInstance());
  }

  private void refuseUnsendable(VendorField field, boolean create) {
    if (field.readOnly) {
      throw new TrunkValidationException(field.label(), "is set by " + fields.provider() + " and cannot be sent");
    }
    if (!create && field.createOnly) {
      throw new TrunkValidationException(field.label(), "cannot be changed after the trunk is created");
    }
  }

  private void requireAll(VendorBody body, boolean create) {
    StringJoiner missing = new StringJoiner(", ");
    StringJoiner rules = new StringJoiner("; ");
    List<VendorField> absent = new ArrayList<>();
    for (VendorField field : fields.declared) {
      if ((create ? field.requiredOnCreate : field.requiredOnUpdate) && !body.has(field.name)) {
        absent.add(field);
      }
    }
    int count = absent.size();
    for (VendorField field : absent) {
      missing.add(field.label());
      if (field.description != null) {
        rules.add(count == 1 ? field.description : field.label() + ": " + field.description);
      }
    }
    if (count > 0) {
      throw new TrunkValidationException(missing.toString(), (count > 1 ? "are" : "is") + " required by "
          + fields.provider() + (create ? " to create a trunk" : " on every update (it replaces the whole trunk)")
          + (rules.length() > 0 ? " (" + rules + ")" : ""));
    }
  }

  private void check(VendorBody body, boolean create) {
    checkFieldRules(body);
    for (BodyRule rule : fields.bodyRules) {
      BodyRule.Refusal refusal = rule.check(body, create);
      if (refusal != null) {
        throw new TrunkValidationException(refusal.field, refusal.rule);
      }
    }
  }

  private void checkFieldRules(VendorBody body) {
    for (String name : body.names()) {
      VendorField field = fields.byName.get(name);
      if (field == null || field.rules.isEmpty()) {
        continue;
      }
      JsonNode value = body.secret(name).<JsonNode>map(s -> TextNode.valueOf(s.reveal()))
          .orElseGet(() -> body.get(name).get());
      if (value.isNull()) {
        continue;
      }
      for (FieldRule rule : field.rules) {
        String broken = rule.check(value);
        if (broken != null) {
          throw new TrunkValidationException(field.label(), broken);
        }
      }
    }
  }
}

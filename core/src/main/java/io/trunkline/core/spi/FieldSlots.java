package io.trunkline.core.spi;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@link FieldSlot}s of one {@link TrunkFields} declaration: the id's and each declared field's, made once.
 * While the id and the declared fields fit in a {@code long}, each has a bit (the id 0, the fields from 1 in
 * declaration order).
 */
final class FieldSlots {
  private final Map<String, FieldSlot> byName = new HashMap<>();

  FieldSlots(TrunkFields fields) {
    boolean bits = fields.byName.size() < Long.SIZE;
    byName.put(fields.idField, FieldSlot.id(fields.idField, bits ? 0 : -1));
    for (VendorField field : fields.byName.values()) {
      byName.put(field.name, FieldSlot.declared(field, bits ? byName.size() : -1));
    }
  }

  /** The slot of {@code name}: the id's or a declared field's, else a new undeclared one. */
  FieldSlot resolve(String name) {
    FieldSlot slot = byName.get(name);
    return slot != null ? slot : FieldSlot.undeclared(name);
  }

  /** The id's or a declared field's slot, or null for a name the declaration does not know. */
  FieldSlot declared(String name) {
    return byName.get(name);
  }
}

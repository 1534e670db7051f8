package io.trunkline.core.spi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link FieldSlot}s of one {@link TrunkFields} declaration: the id's and each declared field's, made once, and
 * those of the undeclared names read so far, up to {@link #UNDECLARED_KEPT} of at most {@link #LONGEST_KEPT}
 * characters (so hostile names cannot grow it; any other name gets a new slot each time it is looked up). While the id and the declared fields fit in a
 * {@code long}, each has a bit (the id 0, the fields from 1 in declaration order).
 */
final class FieldSlots {
  static final int UNDECLARED_KEPT = 256;
  static final int LONGEST_KEPT = 64;
  private final Map<String, FieldSlot> byName = new ConcurrentHashMap<>();
  private final int kept;

  FieldSlots(TrunkFields fields) {
    boolean bits = fields.byName.size() < Long.SIZE;
    byName.put(fields.idField, FieldSlot.id(fields.idField, bits ? 0 : -1));
    for (VendorField field : fields.byName.values()) {
      byName.put(field.name, FieldSlot.declared(field, bits ? byName.size() : -1));
    }
    kept = byName.size() + UNDECLARED_KEPT;
  }

  /** The slot of {@code name}: the id's, a declared field's, or an undeclared name's. */
  FieldSlot resolve(String name) {
    FieldSlot slot = byName.get(name);
    if (slot == null) {
      slot = FieldSlot.undeclared(name);
      if (name.length() <= LONGEST_KEPT && byName.size() < kept) {
        FieldSlot raced = byName.putIfAbsent(name, slot);
        return raced != null ? raced : slot;
      }
    }
    return slot;
  }
}

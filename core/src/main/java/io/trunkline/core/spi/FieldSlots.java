package io.trunkline.core.spi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link FieldSlot}s of one {@link TrunkFields} declaration: the id's and each declared field's, made once, and
 * those of the undeclared names read so far, up to {@link #UNDECLARED_KEPT} of at most {@link #LONGEST_KEPT}
 * characters (so hostile names cannot grow it; any other name gets a new slot each time it is looked up). While the id and the declared fields fit in a
 * {@code long}, each has a bit (the id 0, the fields from 1 in declaration order), and so do the undeclared names
 * kept, in the order first read, while bits are left: a repeat of such a name is refused by its bit, not a set.
 */
final class FieldSlots {
  static final int UNDECLARED_KEPT = 256;
  static final int LONGEST_KEPT = 64;
  private final Map<String, FieldSlot> byName = new ConcurrentHashMap<>();
  private final int kept;
  /** The next undeclared name's bit (none once it reaches {@link Long#SIZE}). */
  private final AtomicInteger nextBit;

  FieldSlots(TrunkFields fields) {
    boolean bits = fields.byName.size() < Long.SIZE;
    byName.put(fields.idField, FieldSlot.id(fields.idField, bits ? 0 : -1));
    for (VendorField field : fields.byName.values()) {
      byName.put(field.name, FieldSlot.declared(field, bits ? byName.size() : -1));
    }
    kept = byName.size() + UNDECLARED_KEPT;
    nextBit = new AtomicInteger(bits ? byName.size() : Long.SIZE);
  }

  /** The slot of {@code name}: the id's, a declared field's, or an undeclared name's. */
  FieldSlot resolve(String name) {
    FieldSlot slot = byName.get(name);
    if (slot == null) {
      if (name.length() <= LONGEST_KEPT && byName.size() < kept) {
        slot = FieldSlot.undeclared(name, nextBit());   // a racing thread's slot may win: a bit left unused
        FieldSlot raced = byName.putIfAbsent(name, slot);
        return raced != null ? raced : slot;
      }
      return FieldSlot.undeclared(name, -1);
    }
    return slot;
  }

  /** A bit for a kept undeclared name, or -1 when none is left. */
  private int nextBit() {
    int bit = nextBit.get() < Long.SIZE ? nextBit.getAndIncrement() : Long.SIZE;
    return bit < Long.SIZE ? bit : -1;
  }
}

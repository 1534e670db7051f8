package io.trunkline.core.spi;

import java.util.HashSet;
import java.util.Set;

/**
 * Resolves the field names of one page's items, in order, to their {@link FieldSlot}s, and refuses a name an item
 * holds twice. The items of a page mostly send their fields in one order, and the parser hands out one canonical
 * {@code String} per distinct name: so each name is compared, by identity, with the name the previous item had at
 * the same position (shifted by the fields one item has and the other lacks), and only looked up when that misses,
 * as Jackson matches a bean's properties by their order.
 *
 * <p>Duplicates: the id and each declared name (while they fit in a {@code long}) have a bit. Any other name is
 * checked by a set, but only once the item has left the previous item's order (and the set is made only when such
 * a name comes): while every name so far is the previous item's, position by position, they were all different
 * there. One instance per page (not thread-safe);
 * at most {@link #REMEMBERED} positions are kept, so a hostile item with many names costs no more memory than the
 * set it needs anyway.
 */
final class FieldOrder {
  static final int REMEMBERED = 64;
  private final FieldSlots slots;
  /**
   * The last item's names and slots by position (read to its end), and the current item's, written only once it
   * leaves the last one's order.
   */
  private String[] lastNames = new String[REMEMBERED];
  private FieldSlot[] lastSlots = new FieldSlot[REMEMBERED];
  private String[] names = new String[REMEMBERED];
  private FieldSlot[] resolved = new FieldSlot[REMEMBERED];
  /** How many of the last item's positions are kept (0 before the first item ends). */
  private int lastCount;
  private int at;
  /** The last item's position of this item's next name, less its position here. */
  private int shift;
  private boolean inStep;
  private long seenBits;
  private Set<String> seenOthers;
  private int lookups;
  /**
   * The slots of names resolved so far on this order's pages, by the name's identity (an open-addressed table):
   * a page whose items differ in their optional fields finds those names here, not in {@link FieldSlots}' map. At
   * most {@link #KNOWN} names, written once each (this order lives as long as its listing).
   */
  private final String[] knownNames = new String[KNOWN * 2];
  private final FieldSlot[] knownSlots = new FieldSlot[KNOWN * 2];
  private int knownCount;
  static final int KNOWN = 64;

  FieldOrder(FieldSlots slots) {
    this.slots = slots;
  }

  /**
   * Starts an item. The last item's order stays from page to page (an instance serves one page at a time, then
   * the next: {@link TrunkReading} keeps one spare).
   */
  void startItem() {
    at = 0;
    shift = 0;
    inStep = true;
    seenBits = 0;
    seenOthers = null;
  }

  /**
   * Ends the item started last, read to its end: its order predicts the next item's. An item read in step holds
   * the last item's first names, which stay as they are: only an item that left the step is kept in place of them.
   */
  void endItem() {
    if (inStep) {
      lastCount = Math.min(at, REMEMBERED);
      return;
    }
    String[] n = lastNames;
    lastNames = names;
    names = n;
    FieldSlot[] s = lastSlots;
    lastSlots = resolved;
    resolved = s;
    lastCount = Math.min(at, REMEMBERED);
  }

  /** The slot of the item's next field, named {@code name}; {@link IllegalArgumentException} when it is a repeat. */
  FieldSlot next(String name) {
    int i = at++;
    boolean wasInStep = inStep;
    FieldSlot slot = predicted(i, name);
    if (slot == null) {
      slot = known(name);
    }
    if (!inStep) {
      record(i, name, slot, wasInStep);
    }
    if (slot.bit >= 0) {
      long bit = 1L << slot.bit;
      if ((seenBits & bit) != 0) {
        throw twice(name);
      }
      seenBits |= bit;
    } else if (!inStep && !others(i).add(name)) {
      throw twice(name);
    }
    return slot;
  }

  /**
   * Keeps the name at position {@code i} of an item out of step; at the position where it left the step, first the
   * names before it, which are the last item's. Positions read in step are not written: this order lives as long as
   * its listing, and every reference stored into it costs the collector's write barrier.
   */
  private void record(int i, String name, FieldSlot slot, boolean leftHere) {
    if (leftHere) {
      int before = Math.min(i, REMEMBERED);
      System.arraycopy(lastNames, 0, names, 0, before);
      System.arraycopy(lastSlots, 0, resolved, 0, before);
    }
    if (i < REMEMBERED) {
      names[i] = name;
      resolved[i] = slot;
    }
  }

  /** The slot of {@code name} remembered by identity, else resolved by {@link FieldSlots} and remembered. */
  private FieldSlot known(String name) {
    int mask = knownNames.length - 1;
    int h = name.hashCode();
    int k = (h ^ h >>> 16) & mask;
    for (String at = knownNames[k]; at != null; at = knownNames[k]) {
      if (at == name) {
        return knownSlots[k];
      }
      k = k + 1 & mask;
    }
    lookups++;
    FieldSlot slot = slots.resolve(name);
    if (knownCount < KNOWN) {   // at most half full: a miss ends at an empty cell soon
      knownNames[k] = name;
      knownSlots[k] = slot;
      knownCount++;
    }
    return slot;
  }

  /** The names looked up so far in {@link FieldSlots}: neither predicted nor remembered (for tests). */
  int lookups() {
    return lookups;
  }

  /**
   * The slot of {@code name} at position {@code i} when the last item had it at {@code i + shift}, or next to it
   * (this item lacks a field the last had, or has one more: {@link #shift} follows); else null. Anything but the
   * last item's name at the same position leaves the step for the rest of the item. A name's slot says the same
   * wherever it is found, so a prediction is never wrong, only missing.
   */
  private FieldSlot predicted(int i, String name) {
    int j = i + shift;   // never below 0: shift only falls where j - 1 is
    if (j < lastCount && lastNames[j] == name) {
      return lastSlots[j];
    }
    inStep = false;
    if (j + 1 < lastCount && lastNames[j + 1] == name) {
      shift++;
      return lastSlots[j + 1];
    }
    if (j >= 1 && j - 1 < lastCount && lastNames[j - 1] == name) {
      shift--;
      return lastSlots[j - 1];
    }
    return null;
  }

  /**
   * The names without a bit read so far (before position {@code i}), once the item has left the last one's order:
   * made at the first such name read then, from the names before it. All of them are kept: those before
   * {@link #REMEMBERED} are, and any later one, read out of step, made the set when it came.
   */
  private Set<String> others(int i) {
    if (seenOthers == null) {
      seenOthers = new HashSet<>(8);
      for (int k = 0, n = Math.min(i, REMEMBERED); k < n; k++) {
        if (resolved[k].bit < 0) {
          seenOthers.add(names[k]);
        }
      }
    }
    return seenOthers;
  }

  private static IllegalArgumentException twice(String name) {
    return new IllegalArgumentException("it has '" + name + "' twice");
  }
}

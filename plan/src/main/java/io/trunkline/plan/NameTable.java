package io.trunkline.plan;

/**
 * The positions of names in an array, found by name: an open-addressed table of {@code int}s over the array, with
 * no entry object per name (a plan looks up each listed name that is not the one expected next). The first position
 * of a name given twice wins.
 */
final class NameTable {
  private final String[] names;
  /** Position + 1 of a name, 0 for a free slot; a power of two at least twice as long as {@link #names}. */
  private final int[] slots;

  NameTable(String[] names) {
    this.names = names;
    this.slots = new int[Integer.highestOneBit(Math.max(8, names.length) * 2 - 1) << 1];
    for (int i = 0; i < names.length; i++) {
      int slot = find(names[i]);
      if (slots[slot] == 0) {
        slots[slot] = i + 1;
      }
    }
  }

  /** The first position of {@code name}, or -1. */
  int positionOf(String name) {
    return slots[find(name)] - 1;
  }

  /** The slot holding {@code name}, or the free slot where it would go. */
  private int find(String name) {
    int mask = slots.length - 1;
    int h = name.hashCode();
    int slot = (h ^ h >>> 16) & mask;
    while (slots[slot] != 0 && !names[slots[slot] - 1].equals(name)) {
      slot = slot + 1 & mask;
    }
    return slot;
  }
}

package io.trunkline.plan;

import java.util.Arrays;

/** Positions in a list, in the order added: a growable array of {@code int}s, with no boxed value per position. */
final class Positions {
  private int[] at;
  private int size;

  /** Room for {@code expected} positions before the array grows. */
  Positions(int expected) {
    at = new int[Math.max(8, expected)];
  }

  Positions() {
    this(8);
  }

  void add(int position) {
    if (size == at.length) {
      at = Arrays.copyOf(at, size * 2);
    }
    at[size++] = position;
  }

  /** {@code before} followed by these positions, in a new array. */
  int[] appendTo(int[] before) {
    int[] all = Arrays.copyOf(before, before.length + size);
    System.arraycopy(at, 0, all, before.length, size);
    return all;
  }
}

package io.trunkline.plan;

import io.trunkline.core.model.SipTrunk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live trunks one account's listing showed under the names of its desired trunks, by slot (a desired trunk's
 * place among its account's, in the file's order): the first trunk listed under the name and its position in the
 * listing, every one when there are several (a name the plan refuses), the first one's full read and what its listing
 * said of it ({@link Wanted#asListed}). Held in arrays, not an object per trunk: thousands of trunks unchanged as
 * listed cost a few arrays.
 */
final class Matches {
  private final SipTrunk[] first;
  private final int[] position;
  private final int[] read;
  private final byte[] verdict;
  /** By slot, when a name is listed more than once; null until one is. */
  private Map<Integer, List<SipTrunk>> several;

  Matches(int count) {
    first = new SipTrunk[count];
    position = new int[count];
    read = new int[count];
    Arrays.fill(read, -1);
    verdict = new byte[count];
  }

  /** Adds {@code trunk}, listed at {@code at} under the name of {@code slot}; true if it is the first. */
  boolean add(int slot, SipTrunk trunk, int at) {
    if (first[slot] == null) {
      first[slot] = trunk;
      position[slot] = at;
      return true;
    }
    if (several == null) {
      several = new HashMap<>();
    }
    several.computeIfAbsent(slot, s -> new ArrayList<>(List.of(first[slot]))).add(trunk);
    return false;
  }

  /** The first trunk listed under the name of {@code slot}, or null. */
  SipTrunk first(int slot) {
    return first[slot];
  }

  /** The first trunk's position in the listing. */
  int position(int slot) {
    return position[slot];
  }

  /** Every trunk listed under the name, in the listing's order, when there are several; else null. */
  List<SipTrunk> several(int slot) {
    return several == null ? null : several.get(slot);
  }

  /** Of the first trunk's full read ({@link FullReads#start}), or -1 if it is compared as listed. */
  int read(int slot) {
    return read[slot];
  }

  void read(int slot, int at) {
    read[slot] = at;
  }

  /** What the listing said of the first trunk ({@link Wanted#asListed}); {@link Wanted#COMPARE} unless set. */
  int verdict(int slot) {
    return verdict[slot];
  }

  void verdict(int slot, int of) {
    verdict[slot] = (byte) of;
  }

  /** The slots. */
  int count() {
    return first.length;
  }
}

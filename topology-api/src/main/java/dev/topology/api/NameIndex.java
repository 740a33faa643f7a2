package dev.topology.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Every name of every service of a topology to the service's position in it: an open-addressing
 * table of names and positions, between a quarter and a half full. A lookup reads one slot of
 * each array where a {@code HashMap<String, Service>} reads a table slot, a node and the service;
 * the table takes 16 to 32 bytes per name against about 40 to 48. Filled once while a topology is
 * built, never changed afterwards.
 */
final class NameIndex {
  private final String[] names;
  private final int[] positions;
  private final int mask;
  private int size;

  /** An empty index with room for {@code expected} names. */
  NameIndex(int expected) {
    // The least power of two that is at least twice the names (at most 2^30 slots).
    int capacity = Integer.highestOneBit(Math.max(2, Math.min(expected, 1 << 29)) * 2 - 1) << 1;
    this.names = new String[capacity];
    this.positions = new int[capacity];
    this.mask = capacity - 1;
  }

  /**
   * Adds a name unless it is there already.
   *
   * @return the position the name had, or -1 if it is new
   */
  int putIfAbsent(String name, int position) {
    int slot = slot(name);
    if (names[slot] != null) {
      return positions[slot];
    }
    names[slot] = name;
    positions[slot] = position;
    size++;
    return -1;
  }

  /** The position of the service of this name, or -1. */
  int get(String name) {
    int slot = slot(name);
    return names[slot] == null ? -1 : positions[slot];
  }

  /** The slot of {@code name}, or the empty slot where it would go. */
  private int slot(String name) {
    int h = name.hashCode();
    int slot = (h ^ h >>> 16) & mask;
    while (names[slot] != null && !names[slot].equals(name)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Every name, in no order. */
  List<String> names() {
    List<String> all = new ArrayList<>(size);
    for (String name : names) {
      if (name != null) {
        all.add(name);
      }
    }
    return all;
  }
}

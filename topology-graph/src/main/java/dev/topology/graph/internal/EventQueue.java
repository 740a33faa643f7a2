package dev.topology.graph.internal;

import java.util.Arrays;

/**
 * The pending events of a simulation: an indexed binary min-heap over a fixed set of slots,
 * each holding at most one event, ordered by time and then by the order they were scheduled.
 *
 * <p>Primitive arrays only: a slot's time and sequence number, the heap of slots and each slot's
 * place in it, so that scheduling, moving and cancelling an event cost O(log slots) without an
 * object per event and without stale entries. Ties in time go to the event scheduled first,
 * which makes the order a function of the seed alone. Not thread-safe: one per run.
 */
final class EventQueue {
  private final double[] time;
  private final long[] sequence;
  /** Per slot, its index in {@link #heap}, or -1 when it holds no event. */
  private final int[] place;
  private final int[] heap;
  private int size;
  private long scheduled;

  EventQueue(int slots) {
    this.time = new double[slots];
    this.sequence = new long[slots];
    this.place = new int[slots];
    this.heap = new int[slots];
    Arrays.fill(place, -1);
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The slot of the earliest event; only when not empty. */
  int first() {
    return heap[0];
  }

  double time(int slot) {
    return time[slot];
  }

  boolean holds(int slot) {
    return place[slot] >= 0;
  }

  /** Puts the slot's event at {@code when}, replacing any it held. */
  void schedule(int slot, double when) {
    time[slot] = when;
    sequence[slot] = scheduled++;
    int i = place[slot];
    if (i < 0) {
      i = size++;
      heap[i] = slot;
      place[slot] = i;
      up(i);
    } else {
      down(i);
      up(place[slot]);
    }
  }

  /** Removes the slot's event, if it holds one. */
  void cancel(int slot) {
    int i = place[slot];
    if (i < 0) {
      return;
    }
    place[slot] = -1;
    int last = heap[--size];
    if (i < size) {
      heap[i] = last;
      place[last] = i;
      down(i);
      up(place[last]);
    }
  }

  private boolean before(int a, int b) {
    return time[a] < time[b] || time[a] == time[b] && sequence[a] < sequence[b];
  }

  private void up(int i) {
    int slot = heap[i];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(slot, heap[parent])) {
        break;
      }
      heap[i] = heap[parent];
      place[heap[i]] = i;
      i = parent;
    }
    heap[i] = slot;
    place[slot] = i;
  }

  private void down(int i) {
    int slot = heap[i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && before(heap[child + 1], heap[child])) {
        child++;
      }
      if (!before(heap[child], slot)) {
        break;
      }
      heap[i] = heap[child];
      place[heap[i]] = i;
      i = child;
    }
    heap[i] = slot;
    place[slot] = i;
  }
}

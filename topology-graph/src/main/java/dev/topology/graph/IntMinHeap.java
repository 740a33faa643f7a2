package dev.topology.graph;

/** A binary min-heap of ints with a fixed capacity; no boxing for a million services. */
final class IntMinHeap {
  private final int[] heap;
  private int size;

  IntMinHeap(int capacity) {
    heap = new int[Math.max(1, capacity)];
  }

  boolean isEmpty() {
    return size == 0;
  }

  void add(int value) {
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heap[parent] <= value) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = value;
  }

  int poll() {
    int top = heap[0];
    int last = heap[--size];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[child + 1] < heap[child]) {
        child++;
      }
      if (last <= heap[child]) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = last;
    return top;
  }
}

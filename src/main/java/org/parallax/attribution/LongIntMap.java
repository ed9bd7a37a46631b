package org.parallax.attribution;

import java.util.Arrays;

/** Open-addressing map from feature hash to feature index; -1 when absent. No boxing. */
final class LongIntMap {
  private long[] keys;
  private int[] values;
  private boolean[] used;
  private int size;

  LongIntMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    values = new int[cap];
    used = new boolean[cap];
  }

  int size() {
    return size;
  }

  int get(long key) {
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; used[i]; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    return -1;
  }

  void put(long key, int value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    while (used[i]) {
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    keys[i] = key;
    values[i] = value;
    size++;
  }

  /** Adds {@code delta} to the value of {@code key} (0 when absent). */
  void add(long key, int delta) {
    int v = get(key);
    put(key, (v < 0 ? 0 : v) + delta);
  }

  /** The keys in ascending order, for a deterministic feature numbering. */
  long[] sortedKeys() {
    long[] out = new long[size];
    int k = 0;
    for (int i = 0; i < keys.length; i++) {
      if (used[i]) {
        out[k++] = keys[i];
      }
    }
    Arrays.sort(out);
    return out;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    used = new boolean[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}

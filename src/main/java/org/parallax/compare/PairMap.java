package org.parallax.compare;

/**
 * Scores by unit pair, the pair packed into a long as {@code (low << 32) | high}. A
 * {@code HashMap<Long, Double>} hashes such keys to {@code low ^ high}, which takes only a few
 * thousand values for the million pairs of a large story, so its buckets turned into trees and
 * look-ups into comparisons; here the key is mixed before probing, and nothing is boxed.
 */
final class PairMap {
  private long[] keys;
  private double[] values;
  private boolean[] used;
  private int size;

  PairMap() {
    keys = new long[1024];
    values = new double[1024];
    used = new boolean[1024];
  }

  int size() {
    return size;
  }

  double get(long key, double absent) {
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; used[i]; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
    }
    return absent;
  }

  boolean contains(long key) {
    int mask = keys.length - 1;
    for (int i = mix(key) & mask; used[i]; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return true;
      }
    }
    return false;
  }

  void put(long key, double value) {
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

  interface Consumer {
    void accept(long key, double value);
  }

  /** Visits every entry, in no particular order. */
  void forEach(Consumer action) {
    for (int i = 0; i < keys.length; i++) {
      if (used[i]) {
        action.accept(keys[i], values[i]);
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    double[] oldValues = values;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    values = new double[oldKeys.length * 2];
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

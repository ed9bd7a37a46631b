package org.parallax.dedup;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle sets: {@code k} independent hash permutations (multiply-shift
 * over 64-bit shingle hashes), each keeping its minimum. The fraction of equal positions of two
 * signatures estimates the Jaccard resemblance of their sets.
 */
final class MinHash {
  private final long[] multipliers;
  private final long[] offsets;

  MinHash(int k, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    multipliers = new long[k];
    offsets = new long[k];
    for (int i = 0; i < k; i++) {
      multipliers[i] = random.nextLong() | 1L;
      offsets[i] = random.nextLong();
    }
  }

  int size() {
    return multipliers.length;
  }

  long[] signature(long[] shingles) {
    long[] sig = new long[multipliers.length];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < sig.length; i++) {
        long h = mix(s * multipliers[i] + offsets[i]);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** A finalizer (from SplitMix64) so that nearby inputs give unrelated outputs. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return (z ^ (z >>> 31)) & Long.MAX_VALUE;
  }
}

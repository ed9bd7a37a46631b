package org.parallax.text;

/** Sets of hashes kept as sorted arrays of distinct longs: compact, and compared in one merge. */
public final class SortedLongs {
  private SortedLongs() {}

  /** Size of the intersection of two sorted arrays of distinct values. */
  public static int common(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        n++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }
}

package org.parallax.cluster;

/** Unit-length sparse vector over term ids, ids ascending, for fast merge dot products. */
record SparseVector(int[] ids, float[] weights) {
  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  double dot(SparseVector o) {
    int i = 0;
    int j = 0;
    double s = 0;
    int[] a = ids;
    int[] b = o.ids;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        s += weights[i] * o.weights[j];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return s;
  }
}

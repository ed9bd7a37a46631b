package org.parallax.embed;

import java.util.List;

/** Maps texts to unit-length vectors whose dot product is their cosine similarity. */
public interface Embedder extends AutoCloseable {
  int dimension();

  /** One unit vector per text, in order. Long texts are truncated to the model's window. */
  float[][] embed(List<String> texts);

  /** Sentence vectors with, per text, unit-length vectors of its word pieces. */
  record WithTokens(float[][] sentences, float[][][] tokens, int[][] pieceStarts,
      int[][] pieceEnds) {}

  /**
   * Like {@link #embed}, also keeping each text's word-piece vectors from the same forward pass
   * (special tokens and padding left out), for token-level comparison of two sentences.
   */
  default WithTokens embedWithTokens(List<String> texts) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " has no token vectors");
  }

  @Override
  default void close() {}

  /** Scales {@code v} to unit length in place and returns it. */
  static float[] normalize(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float inv = (float) (1 / Math.sqrt(Math.max(n, 1e-12)));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
    return v;
  }

  /** The vectors as columns: {@code out[k][i]} is component k of vector i. */
  static float[][] columns(float[][] vectors) {
    int n = vectors.length == 0 ? 0 : vectors[0].length;
    float[][] out = new float[n][vectors.length];
    for (int i = 0; i < vectors.length; i++) {
      for (int k = 0; k < n; k++) {
        out[k][i] = vectors[i][k];
      }
    }
    return out;
  }

  /**
   * Rows {@code from..to-1} of the cosine matrix of {@code vectors} against all of them, given
   * their {@link #columns}. Written as a scaled sum of columns, a loop the JIT turns into SIMD
   * (it does not for the float sum of a dot product), over a few rows at a time so that each
   * column read from memory serves them all: about seven times faster than a dot product a cell.
   */
  static float[][] cosineRows(float[][] vectors, float[][] columns, int from, int to) {
    int d = vectors.length;
    float[][] out = new float[to - from][d];
    for (int k = 0; k < columns.length; k++) {
      float[] column = columns[k];
      for (int r = from; r < to; r++) {
        float s = vectors[r][k];
        float[] row = out[r - from];
        for (int u = 0; u < d; u++) {
          row[u] += s * column[u];
        }
      }
    }
    return out;
  }

  static float dot(float[] a, float[] b) {
    // Four independent sums let the CPU overlap the multiply-adds (one running sum makes every
    // step wait for the last); the comparison of a story computes millions of these.
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int i = 0;
    for (int end = a.length - 3; i < end; i += 4) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
    }
    for (; i < a.length; i++) {
      s0 += a[i] * b[i];
    }
    return (s0 + s1) + (s2 + s3);
  }
}

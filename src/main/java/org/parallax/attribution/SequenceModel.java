package org.parallax.attribution;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A first-order linear-chain tagger trained as an averaged structured perceptron (Collins 2002):
 * cheap to train on a CPU in seconds, decoded by Viterbi with BIO constraints, and small on disk
 * because only features seen in training keep weights.
 */
final class SequenceModel {
  /** O, then B/I for source, cue and content. */
  static final String[] LABELS = {"O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON"};
  static final int L = LABELS.length;
  private static final int MAGIC = 0x50415835; // "PAX5": hashed features, syntax flag

  final LongIntMap index;
  final float[] weights; // feature * L + label
  final float[] transitions; // (previous + 1) * L + label; previous -1 is the sequence start
  final Features.Lexicon lexicon;
  /** Whether the features include the dependency parse's (see {@link Syntax}). */
  final boolean syntax;

  SequenceModel(LongIntMap index, float[] weights, float[] transitions,
      Features.Lexicon lexicon, boolean syntax) {
    this.index = index;
    this.weights = weights;
    this.transitions = transitions;
    this.lexicon = lexicon;
    this.syntax = syntax;
  }

  static boolean allowed(int previous, int label) {
    // I-X only continues X: a content span never starts with an inside tag.
    if (label == 2 || label == 4 || label == 6) {
      return previous == label || previous == label - 1;
    }
    return true;
  }

  int[] decode(List<long[]> features) {
    return viterbi(emissions(features), transitions);
  }

  /** Per token, the label scores of its features (before transitions). */
  float[][] emissions(List<long[]> features) {
    float[][] emissions = new float[features.size()][L];
    addEmissions(features, emissions, 1f);
    return emissions;
  }

  /** Adds {@code weight} times this model's label scores of each token to {@code emissions}. */
  void addEmissions(List<long[]> features, float[][] emissions, float weight) {
    int[] table = packed();
    int n = features.size();
    for (int i = 0; i < n; i++) {
      float[] emit = emissions[i];
      for (long s : features.get(i)) {
        int at = find(table, s);
        if (at >= 0) {
          for (int y = 0; y < L; y++) {
            emit[y] += weight * Float.intBitsToFloat(table[at + 2 + y]);
          }
        } else if (s == EMPTY) {
          int id = index.get(s);
          for (int y = 0; id >= 0 && y < L; y++) {
            emit[y] += weight * weights[id * L + y];
          }
        }
      }
    }
  }

  // Decoding looks up some sixty features a token in a table of half a million: each feature's
  // hash and its weights side by side in one array, so a look-up touches one place in memory
  // where the index map and the weight array touched four.
  private static final int STRIDE = 2 + L;
  private volatile int[] packed;

  private int[] packed() {
    int[] table = packed;
    if (table == null) {
      long[] keys = index.sortedKeys();
      int slots = Integer.highestOneBit(Math.max(16, (int) (keys.length / 0.7))) << 1;
      table = new int[slots * STRIDE];
      int mask = slots - 1;
      for (int k = 0; k < slots; k++) {
        table[k * STRIDE] = EMPTY_LO;
        table[k * STRIDE + 1] = EMPTY_HI;
      }
      for (long key : keys) {
        if (key == EMPTY) {
          continue;
        }
        int slot = mix(key) & mask;
        while (!(table[slot * STRIDE] == EMPTY_LO && table[slot * STRIDE + 1] == EMPTY_HI)) {
          slot = (slot + 1) & mask;
        }
        int at = slot * STRIDE;
        table[at] = (int) key;
        table[at + 1] = (int) (key >>> 32);
        int base = index.get(key) * L;
        for (int y = 0; y < L; y++) {
          table[at + 2 + y] = Float.floatToRawIntBits(weights[base + y]);
        }
      }
      packed = table;
    }
    return table;
  }

  // (a feature hash equal to the empty mark is looked up in the index instead: one in 2^64)
  private static final long EMPTY = Long.MIN_VALUE;
  private static final int EMPTY_LO = (int) EMPTY;
  private static final int EMPTY_HI = (int) (EMPTY >>> 32);

  private int find(int[] table, long key) {
    int lo = (int) key;
    int hi = (int) (key >>> 32);
    if (lo == EMPTY_LO && hi == EMPTY_HI) {
      return -1;
    }
    int mask = table.length / STRIDE - 1;
    for (int slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
      int at = slot * STRIDE;
      if (table[at] == lo && table[at + 1] == hi) {
        return at;
      }
      if (table[at] == EMPTY_LO && table[at + 1] == EMPTY_HI) {
        return -1;
      }
    }
  }

  private static int mix(long key) {
    long h = key * 0x9e3779b97f4a7c15L;
    return (int) (h ^ (h >>> 32));
  }

  static int[] viterbi(int[][] ids, float[] weights, float[] transitions) {
    int n = ids.length;
    float[][] emissions = new float[n][L];
    for (int i = 0; i < n; i++) {
      float[] emit = emissions[i];
      for (int id : ids[i]) {
        int base = id * L;
        for (int y = 0; y < L; y++) {
          emit[y] += weights[base + y];
        }
      }
    }
    return viterbi(emissions, transitions);
  }

  /** The best label sequence for per-token label scores under the BIO constraints. */
  static int[] viterbi(float[][] emissions, float[] transitions) {
    int n = emissions.length;
    int[] out = new int[n];
    if (n == 0) {
      return out;
    }
    float[][] score = new float[n][L];
    int[][] back = new int[n][L];
    for (int i = 0; i < n; i++) {
      float[] emit = emissions[i];
      for (int y = 0; y < L; y++) {
        if (i == 0) {
          score[0][y] = allowed(-1, y) ? emit[y] + transitions[y] : Float.NEGATIVE_INFINITY;
          continue;
        }
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int x = 0; x < L; x++) {
          if (!allowed(x, y)) {
            continue;
          }
          float s = score[i - 1][x] + transitions[(x + 1) * L + y];
          if (s > best) {
            best = s;
            arg = x;
          }
        }
        score[i][y] = best + emit[y];
        back[i][y] = arg;
      }
    }
    int y = 0;
    for (int k = 1; k < L; k++) {
      if (score[n - 1][k] > score[n - 1][y]) {
        y = k;
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      out[i] = y;
      y = back[i][y];
    }
    return out;
  }

  /** Trains on sequences of feature strings with gold labels; deterministic for a seed. */
  static SequenceModel train(List<List<long[]>> sequences, List<int[]> gold,
      Features.Lexicon lexicon, boolean syntax, int epochs, long seed, int minCount) {
    LongIntMap counts = new LongIntMap(1 << 20);
    for (List<long[]> seq : sequences) {
      for (long[] f : seq) {
        for (long s : f) {
          counts.add(s, 1);
        }
      }
    }
    LongIntMap index = new LongIntMap(counts.size());
    for (long s : counts.sortedKeys()) {
      if (counts.get(s) >= minCount) {
        index.put(s, index.size());
      }
    }
    counts = null;
    int[][][] ids = new int[sequences.size()][][];
    for (int q = 0; q < sequences.size(); q++) {
      List<long[]> seq = sequences.get(q);
      ids[q] = new int[seq.size()][];
      for (int i = 0; i < seq.size(); i++) {
        int[] row = new int[seq.get(i).length];
        int k = 0;
        for (long s : seq.get(i)) {
          int id = index.get(s);
          if (id >= 0) {
            row[k++] = id;
          }
        }
        ids[q][i] = Arrays.copyOf(row, k);
      }
    }
    int nf = index.size();
    float[] w = new float[nf * L];
    float[] wSum = new float[nf * L]; // sum of c * update, for averaging
    float[] t = new float[(L + 1) * L];
    float[] tSum = new float[(L + 1) * L];
    int c = 1;
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      java.util.Collections.shuffle(Arrays.asList(order), random);
      for (int q : order) {
        int[] predicted = viterbi(ids[q], w, t);
        int[] y = gold.get(q);
        if (!Arrays.equals(predicted, y)) {
          for (int i = 0; i < y.length; i++) {
            if (predicted[i] != y[i]) {
              for (int id : ids[q][i]) {
                w[id * L + y[i]] += 1;
                wSum[id * L + y[i]] += c;
                w[id * L + predicted[i]] -= 1;
                wSum[id * L + predicted[i]] -= c;
              }
            }
            int gp = i == 0 ? 0 : y[i - 1] + 1;
            int pp = i == 0 ? 0 : predicted[i - 1] + 1;
            if (gp != pp || y[i] != predicted[i]) {
              t[gp * L + y[i]] += 1;
              tSum[gp * L + y[i]] += c;
              t[pp * L + predicted[i]] -= 1;
              tSum[pp * L + predicted[i]] -= c;
            }
          }
        }
        c++;
      }
    }
    for (int i = 0; i < w.length; i++) {
      w[i] -= wSum[i] / c;
    }
    for (int i = 0; i < t.length; i++) {
      t[i] -= tSum[i] / c;
    }
    return prune(index, w, t, lexicon, syntax, PRUNE_BELOW);
  }

  /** This model without the features whose weights all stay below {@code threshold}. */
  SequenceModel pruned(float threshold) {
    return prune(index, weights, transitions, lexicon, syntax, threshold);
  }

  /**
   * Averaged weights below this in every label are dropped: a fifth of the features that 0.01
   * kept (an eighth of those that 1 kept), whose loss leaves PolNeAR dev unchanged to four
   * decimals in both taggers (at 3: cue exact F1 -0.0003; at 5: -0.0007), and which makes room
   * in the 20 MB model budget for the encoder's adaptations (BENCHMARKS.md). It was 1 in
   * session 24, 0.01 before.
   */
  static final float PRUNE_BELOW = 2f;

  /** Drops features whose averaged weights are all below {@code threshold} in size. */
  private static SequenceModel prune(LongIntMap index, float[] w, float[] t,
      Features.Lexicon lexicon, boolean syntax, float threshold) {
    LongIntMap kept = new LongIntMap(index.size() / 2);
    List<float[]> rows = new ArrayList<>();
    for (long s : index.sortedKeys()) {
      int id = index.get(s);
      float max = 0;
      for (int y = 0; y < L; y++) {
        max = Math.max(max, Math.abs(w[id * L + y]));
      }
      if (max >= threshold) {
        kept.put(s, kept.size());
        rows.add(Arrays.copyOfRange(w, id * L, id * L + L));
      }
    }
    float[] out = new float[rows.size() * L];
    for (int i = 0; i < rows.size(); i++) {
      System.arraycopy(rows.get(i), 0, out, i * L, L);
    }
    return new SequenceModel(kept, out, t, lexicon, syntax);
  }

  void write(OutputStream os) throws IOException {
    long[] names = new long[index.size()];
    for (long k : index.sortedKeys()) {
      names[index.get(k)] = k;
    }
    // Scaling every weight by one constant leaves every decision unchanged and keeps the
    // largest inside half precision's range.
    float max = 1e-6f;
    for (float v : weights) {
      max = Math.max(max, Math.abs(v));
    }
    for (float v : transitions) {
      max = Math.max(max, Math.abs(v));
    }
    float scale = Math.min(1f, 30000f / max);
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(os))) {
      out.writeInt(MAGIC);
      out.writeInt(L);
      out.writeBoolean(syntax);
      for (Set<String> words : List.of(lexicon.cues(), lexicon.sources())) {
        out.writeInt(words.size());
        for (String s : new TreeSet<>(words)) {
          out.writeUTF(s);
        }
      }
      for (float v : transitions) {
        out.writeFloat(v * scale);
      }
      out.writeInt(names.length);
      long previous = 0;
      for (int i = 0; i < names.length; i++) {
        // Features are kept in key order, so the gaps between keys, written in seven-bit groups,
        // take six bytes where a whole key takes eight (hashes do not compress).
        writeVarLong(out, names[i] - previous);
        previous = names[i];
        // Half precision is plenty for perceptron weights and halves the shipped file.
        for (int y = 0; y < L; y++) {
          out.writeShort(Float.floatToFloat16(weights[i * L + y] * scale));
        }
      }
    }
  }

  static SequenceModel read(InputStream is) throws IOException {
    try (DataInputStream in = new DataInputStream(new GZIPInputStream(is, 1 << 16))) {
      if (in.readInt() != MAGIC || in.readInt() != L) {
        throw new IOException("not an attribution model (bad header)");
      }
      boolean syntax = in.readBoolean();
      List<Set<String>> sets = new ArrayList<>();
      for (int k = 0; k < 2; k++) {
        int size = in.readInt();
        Set<String> words = new java.util.HashSet<>();
        for (int i = 0; i < size; i++) {
          words.add(in.readUTF());
        }
        sets.add(Set.copyOf(words));
      }
      Features.Lexicon lexicon = new Features.Lexicon(sets.get(0), sets.get(1));
      float[] t = new float[(L + 1) * L];
      for (int i = 0; i < t.length; i++) {
        t[i] = in.readFloat();
      }
      int nf = in.readInt();
      long key = 0;
      LongIntMap index = new LongIntMap(nf);
      float[] w = new float[nf * L];
      for (int i = 0; i < nf; i++) {
        key += readVarLong(in);
        index.put(key, i);
        for (int y = 0; y < L; y++) {
          w[i * L + y] = Float.float16ToFloat(in.readShort());
        }
      }
      return new SequenceModel(index, w, t, lexicon, syntax);
    }
  }

  private static void writeVarLong(DataOutputStream out, long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  private static long readVarLong(DataInputStream in) throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return v;
      }
    }
    throw new IOException("not an attribution model (bad feature key)");
  }
}

package org.parallax.compare;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.attribution.WordClasses;

/**
 * Which words, word pairs and word classes two sentences share, and which only one of them has,
 * weighed by what labelled pairs teach about each: "said" or "the" left unmatched says nothing,
 * a date or an "only" left unmatched in the longer sentence says the two differ. The overlap
 * features of {@link PairFeatures} count every word alike or by rarity; here each word earns its
 * own weight from MSRP (a sparse logistic regression over shared / unshared-in-longer /
 * unshared-in-shorter indicators, and naive-Bayes log odds of a word being shared), and the
 * resulting scores join the boosted trees' inputs (stacking, after Ji and Eisenstein's
 * discriminative term weighting for paraphrase, 2013).
 */
final class WordMatches {
  /** Scores per pair: regression logit, log odds over all, shared, unshared, per feature. */
  static final int FEATURES = 5;

  private static final Pattern TOKEN = Pattern.compile(
      "\\p{L}[\\p{L}\\p{M}'’\\-]*|\\d[\\d.,]*\\d|\\d|[^\\s\\p{L}\\d]");
  /** Pseudo-count pulling a feature's shared rate towards the rate over all features. */
  private static final double PRIOR = 2;
  private static final double L2 = 1e-4;
  private static final int EPOCHS = 15;
  private static final double RATE = 0.1;
  private static final long SHUFFLE_SEED = 11;
  /**
   * A feature seen in fewer training pairs is not kept. One: a word seen once still soaks up
   * its pair's peculiarity in training, which leaves the weights of common words cleaner
   * (dropping such words read 0.7954 against 0.7983 on MSRP train cv10).
   */
  static final int MIN_PAIRS = 1;
  /** A correspondence seen in fewer training pairs is not kept: it was learnt by heart. */
  static final int CROSS_MIN_PAIRS = 2;
  /** Pairs with more unmatched-word combinations than this get none (long unrelated pairs). */
  static final int MAX_CROSS = 150;
  // The low two bits of a key say what it stands for.
  private static final long WORD = 0;
  private static final long WORD_PAIR = 1;
  private static final long WORD_CLASS = 2;
  private static final long CROSS = 3;

  // Open addressing from feature key to slot; per slot the regression's three weights (shared,
  // unshared in the longer sentence, unshared in the shorter) and the two log odds.
  private final long[] keys;
  private final boolean[] used;
  private final float[] weights;
  private final float[] logOdds;
  // Correspondences apart, in a table of their own: a pair looks up to 300 of them and nearly
  // all miss, so their keys alone (0 for a free slot; a correspondence's low bits are never 0)
  // are kept small enough to stay in cache.
  private final long[] crossKeys;
  private final float[] crossWeights;
  private final double bias;
  private final double sharedPrior;
  private final double unsharedPrior;

  private WordMatches(long[] featureKeys, float[] w, float[] odds, double bias,
      double sharedPrior, double unsharedPrior) {
    int crossCount = 0;
    for (long k : featureKeys) {
      crossCount += (k & 3) == CROSS ? 1 : 0;
    }
    int own = featureKeys.length - crossCount;
    int cap = Integer.highestOneBit(Math.max(16, own * 2 - 1)) << 1;
    keys = new long[cap];
    used = new boolean[cap];
    weights = new float[cap * 3];
    logOdds = new float[cap * 2];
    int crossCap = Integer.highestOneBit(Math.max(16, crossCount * 2 - 1)) << 1;
    crossKeys = new long[crossCap];
    crossWeights = new float[crossCap];
    for (int k = 0; k < featureKeys.length; k++) {
      if ((featureKeys[k] & 3) == CROSS) {
        int s = crossSlot(featureKeys[k]);
        crossKeys[s] = featureKeys[k];
        crossWeights[s] = w[3 * k];
        continue;
      }
      int s = slotFor(featureKeys[k]);
      used[s] = true;
      keys[s] = featureKeys[k];
      System.arraycopy(w, 3 * k, weights, 3 * s, 3);
      System.arraycopy(odds, 2 * k, logOdds, 2 * s, 2);
    }
    this.bias = bias;
    this.sharedPrior = sharedPrior;
    this.unsharedPrior = unsharedPrior;
  }

  /** Where correspondence {@code key} is, or the free slot where it would go. */
  private int crossSlot(long key) {
    int mask = crossKeys.length - 1;
    long h = key * 0x9E3779B97F4A7C15L;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (crossKeys[i] != 0 && crossKeys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** Where {@code key} is, or the free slot where it would go. */
  private int slotFor(long key) {
    int mask = keys.length - 1;
    long h = key * 0x9E3779B97F4A7C15L;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (used[i] && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /**
   * The sentence's features, sorted and distinct: lower-cased tokens (punctuation included, since
   * a quotation mark or a dollar sign on one side only is telling), adjacent token pairs, and the
   * fine word class of each token, which carries what is learnt to words MSRP never saw.
   */
  static long[] keys(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group().toLowerCase(Locale.ROOT));
    }
    long[] out = new long[tokens.size() * 3];
    int n = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i);
      out[n++] = typed(PairFeatures.hash(w), WORD);
      if (i + 1 < tokens.size()) {
        out[n++] = typed(PairFeatures.hash(w + " " + tokens.get(i + 1)), WORD_PAIR);
      }
      int[] c = WordClasses.of(w);
      if (c != null) {
        out[n++] = typed(PairFeatures.hash("C:" + c[0]), WORD_CLASS);
      }
    }
    return Arrays.stream(out, 0, n).sorted().distinct().toArray();
  }

  private static long typed(long hash, long type) {
    return (hash & ~3L) | type;
  }

  /**
   * Every word only one side has, paired with every word only the other has ("killed" with
   * "died", "percent" with "%"): the regression learns which such correspondences MSRP's
   * paraphrases make. None when there are more than {@link #MAX_CROSS}.
   */
  static long[] cross(long[] a, long[] b) {
    long[] classes = pairings(onlyOf(a, b, WORD_CLASS), onlyOf(b, a, WORD_CLASS));
    long[] words = pairings(onlyOf(a, b, WORD), onlyOf(b, a, WORD));
    long[] out = Arrays.copyOf(classes, classes.length + words.length);
    System.arraycopy(words, 0, out, classes.length, words.length);
    return out;
  }

  /** Each of {@code x} with each of {@code y}, or none when that is more than MAX_CROSS. */
  private static long[] pairings(long[] x, long[] y) {
    if (x.length * y.length > MAX_CROSS) {
      return new long[0];
    }
    long[] out = new long[x.length * y.length];
    int n = 0;
    for (long u : x) {
      for (long v : y) {
        out[n++] = crossKey(u, v);
      }
    }
    return out;
  }

  private static long crossKey(long u, long v) {
    long h = Math.min(u, v) * 0x9E3779B97F4A7C15L + Math.max(u, v);
    return typed(h ^ (h >>> 29) * 0xbf58476d1ce4e5b9L, CROSS);
  }

  /** The keys of {@code type} in {@code a} (sorted) that {@code b} lacks. */
  private static long[] onlyOf(long[] a, long[] b, long type) {
    long[] out = new long[a.length];
    int n = 0;
    for (long k : a) {
      if ((k & 3) == type && Arrays.binarySearch(b, k) < 0) {
        out[n++] = k;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Each feature of the pair as an indicator index: 3k when both sides have feature k, 3k + 1
   * when only the side with more features has it, 3k + 2 when only the other has it (sides of
   * equal size both count as longer, so the pair's order does not matter).
   */
  private static int[] indicators(long[] a, long[] b, int[] indexA, int[] indexB) {
    int[] out = new int[a.length + b.length];
    int onlyA = a.length >= b.length ? 1 : 2;
    int onlyB = b.length >= a.length ? 1 : 2;
    int n = 0;
    int p = 0;
    int q = 0;
    while (p < a.length || q < b.length) {
      if (q >= b.length || (p < a.length && a[p] < b[q])) {
        out[n++] = index(indexA[p++], onlyA);
      } else if (p >= a.length || b[q] < a[p]) {
        out[n++] = index(indexB[q++], onlyB);
      } else {
        out[n++] = index(indexA[p], 0);
        p++;
        q++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static int index(int feature, int kind) {
    return feature < 0 ? -1 : 3 * feature + kind;
  }

  /**
   * A sentence's keys ({@link #keys}) that remember their entries in the model that last scored
   * them: a story scores each sentence against dozens of others, and probing the table for the
   * same keys each time was most of this model's cost there.
   */
  static final class Memo {
    private final long[] keys;
    private volatile Entries entries;

    Memo(long[] keys) {
      this.keys = keys;
    }

    long[] keys() {
      return keys;
    }
  }

  /** Each key's entries in one model: whether it has them, then 3 weights and 2 log odds. */
  private record Entries(WordMatches model, boolean[] known, float[] values) {}

  private Entries entries(long[] k) {
    boolean[] known = new boolean[k.length];
    float[] values = new float[5 * k.length];
    for (int i = 0; i < k.length; i++) {
      int s = slotFor(k[i]);
      if (used[s]) {
        known[i] = true;
        values[5 * i] = weights[3 * s];
        values[5 * i + 1] = weights[3 * s + 1];
        values[5 * i + 2] = weights[3 * s + 2];
        values[5 * i + 3] = logOdds[2 * s];
        values[5 * i + 4] = logOdds[2 * s + 1];
      }
    }
    return new Entries(this, known, values);
  }

  private Entries entries(Memo m) {
    Entries e = m.entries;
    if (e == null || e.model() != this) {
      e = entries(m.keys);
      m.entries = e; // (two threads may both look up; they find the same entries)
    }
    return e;
  }

  /** The pair's {@link #FEATURES} scores; symmetric in a and b. */
  double[] score(long[] a, long[] b) {
    return score(a, entries(a), b, entries(b));
  }

  /** As {@link #score(long[], long[])}, with each side's look-ups made once. */
  double[] score(Memo a, Memo b) {
    return score(a.keys, entries(a), b.keys, entries(b));
  }

  private double[] score(long[] a, Entries ea, long[] b, Entries eb) {
    // One merge gives the regression's sum, the log odds and the unmatched words and classes
    // the correspondences pair up; the sum is scaled once the pair's size is known.
    double sum = 0;
    double shared = 0;
    double unshared = 0;
    int all = 0;
    int p = 0;
    int q = 0;
    boolean aLonger = a.length >= b.length;
    boolean bLonger = b.length >= a.length;
    long[] wordsA = new long[a.length];
    long[] classesA = new long[a.length];
    long[] wordsB = new long[b.length];
    long[] classesB = new long[b.length];
    int wa = 0;
    int ca = 0;
    int wb = 0;
    int cb = 0;
    while (p < a.length || q < b.length) {
      all++;
      long key;
      int kind;
      int from = 0;
      if (q >= b.length || (p < a.length && a[p] < b[q])) {
        key = a[p++];
        kind = aLonger ? 1 : 2;
        if ((key & 3) == WORD) {
          wordsA[wa++] = key;
        } else if ((key & 3) == WORD_CLASS) {
          classesA[ca++] = key;
        }
      } else if (p >= a.length || b[q] < a[p]) {
        key = b[q++];
        kind = bLonger ? 1 : 2;
        from = 1;
        if ((key & 3) == WORD) {
          wordsB[wb++] = key;
        } else if ((key & 3) == WORD_CLASS) {
          classesB[cb++] = key;
        }
      } else {
        key = a[p];
        kind = 0;
        p++;
        q++;
      }
      // (the entries of the side the key was taken from: a shared key is a's)
      Entries e = from == 1 ? eb : ea;
      int at = from == 1 ? q - 1 : p - 1;
      if (e.known()[at]) {
        float[] v = e.values();
        sum += v[5 * at + kind];
        if (kind == 0) {
          shared += v[5 * at + 3];
        } else {
          unshared += v[5 * at + 4];
        }
      } else if (kind == 0) {
        shared += sharedPrior;
      } else {
        unshared += unsharedPrior;
      }
    }
    int crossed = 0;
    if (wa * wb <= MAX_CROSS) {
      sum += crossSum(wordsA, wa, wordsB, wb);
      crossed += wa * wb;
    }
    if (ca * cb <= MAX_CROSS) {
      sum += crossSum(classesA, ca, classesB, cb);
      crossed += ca * cb;
    }
    double logit = bias + sum / Math.sqrt(Math.max(1, all + crossed));
    return new double[] {logit, shared + unshared, shared, unshared,
        (shared + unshared) / Math.max(1, all)};
  }

  private double crossSum(long[] x, int nx, long[] y, int ny) {
    double sum = 0;
    for (int i = 0; i < nx; i++) {
      for (int j = 0; j < ny; j++) {
        int s = crossSlot(crossKey(x[i], y[j]));
        if (crossKeys[s] != 0) {
          sum += crossWeights[s];
        }
      }
    }
    return sum;
  }

  /** Fits both scorers on labelled pairs of feature arrays (from {@link #keys}). */
  static WordMatches fit(List<long[]> a, List<long[]> b, List<Boolean> y) {
    // Number the features seen in at least MIN_PAIRS pairs, in key order (deterministic).
    java.util.HashMap<Long, Integer> pairsWith = new java.util.HashMap<>();
    for (int i = 0; i < a.size(); i++) {
      for (long k : unionKeys(a.get(i), b.get(i))) {
        pairsWith.merge(k, 1, Integer::sum);
      }
    }
    long[] kept = pairsWith.entrySet().stream().filter(e -> e.getValue() >= MIN_PAIRS)
        .mapToLong(java.util.Map.Entry::getKey).sorted().toArray();
    int d = kept.length;
    long[][] crossKeys = new long[a.size()][];
    java.util.HashMap<Long, Integer> pairsWithCross = new java.util.HashMap<>();
    for (int i = 0; i < a.size(); i++) {
      crossKeys[i] = cross(a.get(i), b.get(i));
      for (long k : Arrays.stream(crossKeys[i]).distinct().toArray()) {
        pairsWithCross.merge(k, 1, Integer::sum);
      }
    }
    long[] crossKept = pairsWithCross.entrySet().stream()
        .filter(e -> e.getValue() >= CROSS_MIN_PAIRS).mapToLong(java.util.Map.Entry::getKey)
        .sorted().toArray();
    int[][] ia = new int[a.size()][];
    int[][] ib = new int[a.size()][];
    for (int i = 0; i < a.size(); i++) {
      ia[i] = lookUp(kept, a.get(i));
      ib[i] = lookUp(kept, b.get(i));
    }
    // Naive-Bayes log odds of "shared" and "unshared" for each feature, paraphrase against not.
    double[][] shared = new double[2][d];
    double[][] seen = new double[2][d];
    int positives = 0;
    for (int i = 0; i < a.size(); i++) {
      int c = y.get(i) ? 1 : 0;
      positives += c;
      for (int f : indicators(a.get(i), b.get(i), ia[i], ib[i])) {
        if (f >= 0) {
          seen[c][f / 3]++;
          if (f % 3 == 0) {
            shared[c][f / 3]++;
          }
        }
      }
    }
    double rate1 = Arrays.stream(shared[1]).sum() / Math.max(1, Arrays.stream(seen[1]).sum());
    double rate0 = Arrays.stream(shared[0]).sum() / Math.max(1, Arrays.stream(seen[0]).sum());
    float[] odds = new float[2 * d];
    for (int f = 0; f < d; f++) {
      double p1 = (shared[1][f] + PRIOR * rate1) / (seen[1][f] + PRIOR);
      double p0 = (shared[0][f] + PRIOR * rate0) / (seen[0][f] + PRIOR);
      odds[2 * f] = (float) Math.log(p1 / p0);
      odds[2 * f + 1] = (float) Math.log((1 - p1) / (1 - p0));
    }
    // Sparse logistic regression, AdaGrad, indicators scaled by the pair's size so long
    // sentences do not outvote short ones.
    double[] w = new double[3 * d + crossKept.length];
    double[] g2 = new double[w.length];
    double bias = 0;
    double gBias = 0;
    int[][] active = new int[a.size()][];
    double[] scale = new double[a.size()];
    for (int i = 0; i < a.size(); i++) {
      int[] own = indicators(a.get(i), b.get(i), ia[i], ib[i]);
      int[] crossed = lookUp(crossKept, crossKeys[i]);
      active[i] = Arrays.copyOf(own, own.length + crossed.length);
      for (int k = 0; k < crossed.length; k++) {
        active[i][own.length + k] = crossed[k] < 0 ? -1 : 3 * d + crossed[k];
      }
      scale[i] = 1 / Math.sqrt(Math.max(1, active[i].length));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      order.add(i);
    }
    Random random = new Random(SHUFFLE_SEED);
    double decay = L2 * a.size() / 100.0;
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      Collections.shuffle(order, random);
      for (int i : order) {
        double s = bias;
        for (int f : active[i]) {
          if (f >= 0) {
            s += w[f] * scale[i];
          }
        }
        double e = 1 / (1 + Math.exp(-s)) - (y.get(i) ? 1 : 0);
        for (int f : active[i]) {
          if (f >= 0) {
            double g = e * scale[i] + decay * w[f];
            g2[f] += g * g;
            w[f] -= RATE * g / Math.sqrt(g2[f] + 1e-8);
          }
        }
        gBias += e * e;
        bias -= RATE * e / Math.sqrt(gBias);
      }
    }
    // One table for both: a correspondence keeps its weight in the first of its three places.
    long[] allKeys = Arrays.copyOf(kept, d + crossKept.length);
    System.arraycopy(crossKept, 0, allKeys, d, crossKept.length);
    float[] weights = new float[3 * allKeys.length];
    for (int k = 0; k < 3 * d; k++) {
      weights[k] = (float) w[k];
    }
    for (int k = 0; k < crossKept.length; k++) {
      weights[3 * (d + k)] = (float) w[3 * d + k];
    }
    odds = Arrays.copyOf(odds, 2 * allKeys.length);
    return new WordMatches(allKeys, weights, odds, bias, Math.log(rate1 / rate0),
        Math.log((1 - rate1) / (1 - rate0)));
  }

  private static long[] unionKeys(long[] a, long[] b) {
    long[] out = new long[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return Arrays.stream(out).distinct().toArray();
  }

  private static int[] lookUp(long[] sortedKept, long[] keys) {
    int[] out = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      int at = Arrays.binarySearch(sortedKept, keys[i]);
      out[i] = at >= 0 ? at : -1;
    }
    return out;
  }

  /** Binary: counts, the priors, then per feature its key, three weights and two log odds. */
  void write(OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    int n = 0;
    for (boolean u : used) {
      n += u ? 1 : 0;
    }
    for (long c : crossKeys) {
      n += c != 0 ? 1 : 0;
    }
    long[] sorted = new long[n];
    int k = 0;
    for (int s = 0; s < keys.length; s++) {
      if (used[s]) {
        sorted[k++] = keys[s];
      }
    }
    for (long c : crossKeys) {
      if (c != 0) {
        sorted[k++] = c;
      }
    }
    Arrays.sort(sorted);
    data.writeInt(n);
    data.writeDouble(bias);
    data.writeDouble(sharedPrior);
    data.writeDouble(unsharedPrior);
    for (long key : sorted) {
      data.writeLong(key);
      if ((key & 3) == CROSS) {
        data.writeFloat(crossWeights[crossSlot(key)]);
        for (int j = 0; j < 4; j++) {
          data.writeFloat(0);
        }
        continue;
      }
      int s = slotFor(key);
      for (int j = 0; j < 3; j++) {
        data.writeFloat(weights[3 * s + j]);
      }
      data.writeFloat(logOdds[2 * s]);
      data.writeFloat(logOdds[2 * s + 1]);
    }
    data.flush();
  }

  static WordMatches read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    int n = data.readInt();
    double bias = data.readDouble();
    double sharedPrior = data.readDouble();
    double unsharedPrior = data.readDouble();
    long[] keys = new long[n];
    float[] w = new float[3 * n];
    float[] odds = new float[2 * n];
    for (int k = 0; k < n; k++) {
      keys[k] = data.readLong();
      for (int j = 0; j < 3; j++) {
        w[3 * k + j] = data.readFloat();
      }
      odds[2 * k] = data.readFloat();
      odds[2 * k + 1] = data.readFloat();
    }
    return new WordMatches(keys, w, odds, bias, sharedPrior, unsharedPrior);
  }
}

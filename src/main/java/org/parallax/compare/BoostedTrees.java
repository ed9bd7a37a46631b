package org.parallax.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Gradient-boosted regression trees on the logistic loss (Friedman 2001), small and exact: every
 * split is searched over all thresholds of every feature. The pair features interact (a high
 * embedding cosine means less when the numbers disagree) in ways a linear scorer cannot weigh.
 */
final class BoostedTrees {
  /** A tree as flat arrays; leaves have feature -1. */
  record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value) {
    double eval(double[] x) {
      int node = 0;
      while (feature[node] >= 0) {
        node = x[feature[node]] <= threshold[node] ? left[node] : right[node];
      }
      return value[node];
    }
  }

  private final List<Tree> trees;
  private final double base;
  private final double shrinkage;

  // Every tree laid out as a complete binary tree of one depth (a leaf above the bottom copied
  // into all the bottom slots under it), all trees in one set of arrays: the comparison scores
  // tens of thousands of pairs, 600 trees each, and a walk of fixed length whose next index is
  // computed, not branched to, runs several times faster than chasing child links. Leaves hold
  // their shrunken value; the sum is the same, term for term, as over the trees.
  private final int levels;
  private final int[] splitFeature; // tree * internal + node
  private final double[] splitThreshold;
  private final double[] leafValue; // tree * leaves + leaf

  BoostedTrees(List<Tree> trees, double base, double shrinkage) {
    this.trees = List.copyOf(trees);
    this.base = base;
    this.shrinkage = shrinkage;
    int depth = 0;
    for (Tree t : trees) {
      depth = Math.max(depth, depth(t, 0));
    }
    levels = depth;
    int internal = (1 << depth) - 1;
    int leaves = 1 << depth;
    splitFeature = new int[trees.size() * internal];
    splitThreshold = new double[trees.size() * internal];
    leafValue = new double[trees.size() * leaves];
    for (int k = 0; k < trees.size(); k++) {
      lay(trees.get(k), 0, 0, 0, k * internal, k * leaves);
    }
  }

  /** The sum over the trees' own links: what the flat layout must reproduce exactly. */
  double probabilityByLinks(double[] x) {
    double f = base;
    for (Tree t : trees) {
      f += shrinkage * t.eval(x);
    }
    return 1 / (1 + Math.exp(-f));
  }

  private static int depth(Tree t, int node) {
    return t.feature()[node] < 0 ? 0
        : 1 + Math.max(depth(t, t.left()[node]), depth(t, t.right()[node]));
  }

  /** Puts node {@code node} of {@code t} at slot {@code slot} of level {@code level}. */
  private void lay(Tree t, int node, int level, int slot, int internalBase, int leafBase) {
    if (level == levels) {
      leafValue[leafBase + slot - ((1 << levels) - 1)] = shrinkage * t.value()[node];
      return;
    }
    boolean leaf = t.feature()[node] < 0;
    // A leaf above the bottom: any split sends both ways to the same value.
    splitFeature[internalBase + slot] = leaf ? 0 : t.feature()[node];
    splitThreshold[internalBase + slot] = leaf ? 0 : t.threshold()[node];
    lay(t, leaf ? node : t.left()[node], level + 1, 2 * slot + 1, internalBase, leafBase);
    lay(t, leaf ? node : t.right()[node], level + 1, 2 * slot + 2, internalBase, leafBase);
  }

  /** For each tree, whether any of its splits reads a feature marked in {@code features}. */
  boolean[] treesReading(boolean[] features) {
    boolean[] out = new boolean[trees.size()];
    for (int k = 0; k < trees.size(); k++) {
      for (int f : trees.get(k).feature()) {
        out[k] |= f >= 0 && f < features.length && features[f];
      }
    }
    return out;
  }

  /**
   * The mean of the probabilities of {@code x} and {@code y}, which differ only in features
   * that the trees marked in {@code reads} split on: the other trees give both the same leaf,
   * walked once. Each sum runs tree by tree as {@link #probability} does, so the result is the
   * same to the last bit as two calls.
   */
  double meanProbability(double[] x, double[] y, boolean[] reads) {
    double fx = base;
    double fy = base;
    int internal = (1 << levels) - 1;
    int leaves = 1 << levels;
    int count = trees.size();
    for (int k = 0, ib = 0, lb = 0; k < count; k++, ib += internal, lb += leaves) {
      double vx = leafValue[lb + leaf(x, ib) - internal];
      fx += vx;
      fy += reads[k] ? leafValue[lb + leaf(y, ib) - internal] : vx;
    }
    return (1 / (1 + Math.exp(-fx)) + 1 / (1 + Math.exp(-fy))) / 2;
  }

  private int leaf(double[] x, int ib) {
    int node = 0;
    for (int level = 0; level < levels; level++) {
      node = 2 * node + (x[splitFeature[ib + node]] <= splitThreshold[ib + node] ? 1 : 2);
    }
    return node;
  }

  double probability(double[] x) {
    double f = base;
    int internal = (1 << levels) - 1;
    int leaves = 1 << levels;
    int count = trees.size();
    for (int k = 0, ib = 0, lb = 0; k < count; k++, ib += internal, lb += leaves) {
      int node = 0;
      for (int level = 0; level < levels; level++) {
        // Right when not "x <= threshold", as the trees were grown (NaN goes right).
        node = 2 * node + (x[splitFeature[ib + node]] <= splitThreshold[ib + node] ? 1 : 2);
      }
      f += leafValue[lb + node - internal];
    }
    return 1 / (1 + Math.exp(-f));
  }

  static BoostedTrees train(List<double[]> x, List<Boolean> y, int rounds, int depth,
      double shrinkage, int minLeaf) {
    int n = x.size();
    int d = x.get(0).length;
    double positives = 0;
    for (boolean b : y) {
      positives += b ? 1 : 0;
    }
    double p0 = Math.min(0.99, Math.max(0.01, positives / n));
    double base = Math.log(p0 / (1 - p0));
    double[] f = new double[n];
    Arrays.fill(f, base);
    // Pre-sorted row order per feature, reused by every split search.
    int[][] sorted = new int[d][];
    for (int j = 0; j < d; j++) {
      final int feature = j;
      sorted[j] = java.util.stream.IntStream.range(0, n).boxed()
          .sorted((a, b) -> Double.compare(x.get(a)[feature], x.get(b)[feature]))
          .mapToInt(Integer::intValue).toArray();
    }
    List<Tree> trees = new ArrayList<>();
    double[] g = new double[n];
    double[] h = new double[n];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        double p = 1 / (1 + Math.exp(-f[i]));
        g[i] = (y.get(i) ? 1 : 0) - p;
        h[i] = Math.max(1e-6, p * (1 - p));
      }
      Builder b = new Builder(x, g, h, sorted, depth, minLeaf);
      int[] all = new int[n];
      for (int i = 0; i < n; i++) {
        all[i] = i;
      }
      b.grow(all, 0);
      Tree t = b.tree();
      trees.add(t);
      for (int i = 0; i < n; i++) {
        f[i] += shrinkage * t.eval(x.get(i));
      }
    }
    return new BoostedTrees(trees, base, shrinkage);
  }

  private static final class Builder {
    final List<double[]> x;
    final double[] g;
    final double[] h;
    final int[][] sorted;
    final int depth;
    final int minLeaf;
    final List<Integer> feature = new ArrayList<>();
    final List<Double> threshold = new ArrayList<>();
    final List<Integer> left = new ArrayList<>();
    final List<Integer> right = new ArrayList<>();
    final List<Double> value = new ArrayList<>();

    Builder(List<double[]> x, double[] g, double[] h, int[][] sorted, int depth, int minLeaf) {
      this.x = x;
      this.g = g;
      this.h = h;
      this.sorted = sorted;
      this.depth = depth;
      this.minLeaf = minLeaf;
    }

    int grow(int[] rows, int level) {
      int node = feature.size();
      feature.add(-1);
      threshold.add(0.0);
      left.add(-1);
      right.add(-1);
      double sg = 0;
      double sh = 0;
      for (int i : rows) {
        sg += g[i];
        sh += h[i];
      }
      value.add(sg / (sh + 1.0)); // Newton step with a little L2
      if (level >= depth || rows.length < 2 * minLeaf) {
        return node;
      }
      boolean[] in = new boolean[x.size()];
      for (int i : rows) {
        in[i] = true;
      }
      double bestGain = 1e-9;
      int bestFeature = -1;
      double bestThreshold = 0;
      double parent = sg * sg / (sh + 1.0);
      for (int j = 0; j < sorted.length; j++) {
        double lg = 0;
        double lh = 0;
        int count = 0;
        int[] order = sorted[j];
        double prev = Double.NaN;
        for (int i : order) {
          if (!in[i]) {
            continue;
          }
          double v = x.get(i)[j];
          if (count >= minLeaf && rows.length - count >= minLeaf && v != prev) {
            double gain = lg * lg / (lh + 1.0) + (sg - lg) * (sg - lg) / (sh - lh + 1.0) - parent;
            if (gain > bestGain) {
              bestGain = gain;
              bestFeature = j;
              bestThreshold = (prev + v) / 2;
            }
          }
          lg += g[i];
          lh += h[i];
          count++;
          prev = v;
        }
      }
      if (bestFeature < 0) {
        return node;
      }
      List<Integer> l = new ArrayList<>();
      List<Integer> rr = new ArrayList<>();
      for (int i : rows) {
        (x.get(i)[bestFeature] <= bestThreshold ? l : rr).add(i);
      }
      feature.set(node, bestFeature);
      threshold.set(node, bestThreshold);
      int ln = grow(l.stream().mapToInt(Integer::intValue).toArray(), level + 1);
      int rn = grow(rr.stream().mapToInt(Integer::intValue).toArray(), level + 1);
      left.set(node, ln);
      right.set(node, rn);
      return node;
    }

    Tree tree() {
      return new Tree(feature.stream().mapToInt(Integer::intValue).toArray(),
          threshold.stream().mapToDouble(Double::doubleValue).toArray(),
          left.stream().mapToInt(Integer::intValue).toArray(),
          right.stream().mapToInt(Integer::intValue).toArray(),
          value.stream().mapToDouble(Double::doubleValue).toArray());
    }
  }

  /** One line per tree node: tree feature threshold left right value. */
  String serialize() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "trees %d %.17g %.17g%n", trees.size(), base, shrinkage));
    for (Tree t : trees) {
      b.append("tree ").append(t.feature().length).append('\n');
      for (int k = 0; k < t.feature().length; k++) {
        b.append(String.format(Locale.ROOT, "%d %.17g %d %d %.17g%n", t.feature()[k],
            t.threshold()[k], t.left()[k], t.right()[k], t.value()[k]));
      }
    }
    return b.toString();
  }

  static BoostedTrees parse(List<String> lines) {
    String[] head = lines.get(0).split(" ");
    int count = Integer.parseInt(head[1]);
    double base = Double.parseDouble(head[2]);
    double shrinkage = Double.parseDouble(head[3]);
    List<Tree> trees = new ArrayList<>();
    int at = 1;
    for (int t = 0; t < count; t++) {
      int nodes = Integer.parseInt(lines.get(at++).split(" ")[1]);
      int[] feature = new int[nodes];
      double[] threshold = new double[nodes];
      int[] left = new int[nodes];
      int[] right = new int[nodes];
      double[] value = new double[nodes];
      for (int k = 0; k < nodes; k++) {
        String[] f = lines.get(at++).split(" ");
        feature[k] = Integer.parseInt(f[0]);
        threshold[k] = Double.parseDouble(f[1]);
        left[k] = Integer.parseInt(f[2]);
        right[k] = Integer.parseInt(f[3]);
        value[k] = Double.parseDouble(f[4]);
      }
      trees.add(new Tree(feature, threshold, left, right, value));
    }
    return new BoostedTrees(trees, base, shrinkage);
  }
}

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

  // All trees' nodes in one set of arrays, children as absolute indices and leaves holding their
  // shrunken value: the comparison scores tens of thousands of pairs (600 trees each), and
  // walking contiguous arrays instead of 300 objects roughly halves that time. The sum is the
  // same, term for term, as over the trees.
  private final int[] roots;
  private final int[] splitFeature;
  private final double[] splitThreshold;
  private final int[] leftChild;
  private final int[] rightChild;
  private final double[] leafValue;

  BoostedTrees(List<Tree> trees, double base, double shrinkage) {
    this.trees = List.copyOf(trees);
    this.base = base;
    this.shrinkage = shrinkage;
    int nodes = trees.stream().mapToInt(t -> t.feature().length).sum();
    roots = new int[trees.size()];
    splitFeature = new int[nodes];
    splitThreshold = new double[nodes];
    leftChild = new int[nodes];
    rightChild = new int[nodes];
    leafValue = new double[nodes];
    int at = 0;
    for (int k = 0; k < trees.size(); k++) {
      Tree t = trees.get(k);
      roots[k] = at;
      for (int i = 0; i < t.feature().length; i++) {
        splitFeature[at + i] = t.feature()[i];
        splitThreshold[at + i] = t.threshold()[i];
        leftChild[at + i] = at + t.left()[i];
        rightChild[at + i] = at + t.right()[i];
        leafValue[at + i] = shrinkage * t.value()[i];
      }
      at += t.feature().length;
    }
  }

  double probability(double[] x) {
    double f = base;
    for (int root : roots) {
      int node = root;
      while (splitFeature[node] >= 0) {
        node = x[splitFeature[node]] <= splitThreshold[node] ? leftChild[node] : rightChild[node];
      }
      f += leafValue[node];
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

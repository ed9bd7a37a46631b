package org.parallax.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BCubed and pairwise precision, recall and F1 of a predicted clustering against gold labels.
 * Both lists give, for each document, its cluster key.
 */
public record ClusterMetrics(double bcubedP, double bcubedR, double bcubedF1, double pairwiseP,
    double pairwiseR, double pairwiseF1, int clusters, int goldClusters, int docs) {

  public static <P, G> ClusterMetrics score(List<P> predicted, List<G> gold) {
    if (predicted.size() != gold.size()) {
      throw new IllegalArgumentException("predicted has " + predicted.size() + " documents, gold "
          + gold.size());
    }
    int n = gold.size();
    Map<P, Integer> predSize = new HashMap<>();
    Map<G, Integer> goldSize = new HashMap<>();
    Map<Map.Entry<P, G>, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) {
      predSize.merge(predicted.get(i), 1, Integer::sum);
      goldSize.merge(gold.get(i), 1, Integer::sum);
      both.merge(Map.entry(predicted.get(i), gold.get(i)), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < n; i++) {
      int common = both.get(Map.entry(predicted.get(i), gold.get(i)));
      p += (double) common / predSize.get(predicted.get(i));
      r += (double) common / goldSize.get(gold.get(i));
    }
    p /= Math.max(1, n);
    r /= Math.max(1, n);
    long tp = 0;
    for (int c : both.values()) {
      tp += (long) c * (c - 1) / 2;
    }
    long predPairs = 0;
    for (int c : predSize.values()) {
      predPairs += (long) c * (c - 1) / 2;
    }
    long goldPairs = 0;
    for (int c : goldSize.values()) {
      goldPairs += (long) c * (c - 1) / 2;
    }
    double pp = predPairs == 0 ? 1 : (double) tp / predPairs;
    double pr = goldPairs == 0 ? 1 : (double) tp / goldPairs;
    return new ClusterMetrics(p, r, f1(p, r), pp, pr, f1(pp, pr), predSize.size(), goldSize.size(),
        n);
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The brief's result line. */
  public String line() {
    return String.format(java.util.Locale.ROOT,
        "bcubed_p=%.4f bcubed_r=%.4f bcubed_f1=%.4f pairwise_p=%.4f pairwise_r=%.4f "
            + "pairwise_f1=%.4f clusters=%d gold_clusters=%d docs=%d",
        bcubedP, bcubedR, bcubedF1, pairwiseP, pairwiseR, pairwiseF1, clusters, goldClusters, docs);
  }
}

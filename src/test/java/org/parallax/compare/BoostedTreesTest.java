package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoostedTreesTest {
  @Test
  void theFlatLayoutGivesExactlyTheTreesSums() {
    // Small leaves allowed and few examples, so some trees stop above the full depth.
    Random r = new Random(7);
    List<double[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      double[] v = {r.nextDouble(), r.nextDouble(), r.nextInt(3), r.nextGaussian()};
      x.add(v);
      y.add(v[0] + 0.5 * v[2] + 0.3 * r.nextGaussian() > 1);
    }
    BoostedTrees trees = BoostedTrees.train(x, y, 40, 3, 0.1, 25);
    int differing = 0;
    for (int i = 0; i < 2000; i++) {
      double[] v = {r.nextDouble() * 1.2 - 0.1, r.nextDouble(), r.nextInt(4) - 0.5,
          r.nextGaussian() * 2};
      double flat = trees.probability(v);
      assertEquals(trees.probabilityByLinks(v), flat, 0.0);
      differing += Math.abs(flat - 0.5) > 0.05 ? 1 : 0;
    }
    assertTrue(differing > 100, "the model learned nothing to compare");
    // The shipped scorer too, on the features of a real pair.
    ParaphraseScorer shipped = ParaphraseScorer.shipped();
    PairFeatures.Side a = PairFeatures.side("The ferry will stop in May.", null);
    PairFeatures.Side b = PairFeatures.side("Ferry service ends in May.", null);
    double[] f = shipped.features(PairFeatures.of(a, b, PairFeatures.Idf.of(List.of())),
        a.matchKeys(), b.matchKeys());
    assertEquals(shipped.trees().probabilityByLinks(f), shipped.probability(f), 0.0);
    // Both orders of a pair, the trees that read no one-sided feature walked once: the same
    // to the last bit as scoring each order in full.
    PairFeatures.Idf idf = PairFeatures.Idf.of(List.of(a, b));
    double[] ab = shipped.features(PairFeatures.of(a, b, idf), a.matchKeys(), b.matchKeys());
    double[] ba = shipped.features(PairFeatures.of(b, a, idf), b.matchKeys(), a.matchKeys());
    assertEquals((shipped.probability(ab) + shipped.probability(ba)) / 2, shipped.score(a, b, idf),
        0.0);
  }
}

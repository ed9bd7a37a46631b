package org.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterMetricsTest {
  @Test
  void perfectClusteringScoresOne() {
    ClusterMetrics m = ClusterMetrics.score(List.of("x", "x", "y"), List.of(1, 1, 2));
    assertEquals(1.0, m.bcubedF1(), 1e-12);
    assertEquals(1.0, m.pairwiseF1(), 1e-12);
    assertEquals(2, m.clusters());
  }

  @Test
  void mergingTwoEventsCostsPrecisionOnly() {
    // Gold {a,b} {c,d}; predicted one cluster of four.
    ClusterMetrics m = ClusterMetrics.score(List.of("s", "s", "s", "s"), List.of(1, 1, 2, 2));
    assertEquals(0.5, m.bcubedP(), 1e-12);
    assertEquals(1.0, m.bcubedR(), 1e-12);
    assertEquals(2 / 6.0, m.pairwiseP(), 1e-12);
    assertEquals(1.0, m.pairwiseR(), 1e-12);
  }

  @Test
  void splittingCostsRecallOnly() {
    ClusterMetrics m = ClusterMetrics.score(List.of("a", "b", "c"), List.of(1, 1, 1));
    assertEquals(1.0, m.bcubedP(), 1e-12);
    assertEquals(1 / 3.0, m.bcubedR(), 1e-12);
    assertEquals(0.0, m.pairwiseR(), 1e-12);
    assertEquals("bcubed_p=1.0000 bcubed_r=0.3333 bcubed_f1=0.5000 pairwise_p=1.0000 "
        + "pairwise_r=0.0000 pairwise_f1=0.0000 clusters=3 gold_clusters=1 docs=3", m.line());
  }
}

package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairMapTest {
  @Test
  void agreesWithAHashMapThroughGrowthAndOverwrites() {
    PairMap map = new PairMap();
    Map<Long, Double> reference = new HashMap<>();
    Random random = new Random(7);
    for (int n = 0; n < 50_000; n++) {
      // Pairs as the comparison packs them, with repeats so that some puts overwrite.
      int i = random.nextInt(400);
      int j = i + 1 + random.nextInt(400);
      long key = ((long) i << 32) | j;
      double value = random.nextDouble();
      map.put(key, value);
      reference.put(key, value);
    }
    assertEquals(reference.size(), map.size());
    reference.forEach((key, value) -> assertEquals(value, map.get(key, -1), 0.0));
    assertEquals(-1, map.get((5L << 32) | 3, -1), 0.0, "a pair never put");
    assertFalse(map.contains((5L << 32) | 3));
    Map<Long, Double> visited = new HashMap<>();
    map.forEach((key, value) -> assertTrue(visited.put(key, value) == null, "each entry once"));
    assertEquals(reference, visited);
  }
}

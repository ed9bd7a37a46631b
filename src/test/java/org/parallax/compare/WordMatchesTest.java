package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordMatchesTest {
  private static final String[] FILLER = {"the", "council", "met", "on", "monday", "and",
      "agreed", "plan", "for", "harbour", "district", "residents", "were", "told", "about", "it"};

  /**
   * Made-up pairs in which sharing "ferry" goes with a paraphrase and a "tariff" that only the
   * longer sentence has goes with a non-paraphrase; everything else is shared filler.
   */
  private static WordMatches trained(List<long[]> a, List<long[]> b, List<Boolean> y) {
    Random r = new Random(3);
    for (int i = 0; i < 400; i++) {
      StringBuilder base = new StringBuilder();
      for (int k = 0; k < 6; k++) {
        base.append(FILLER[r.nextInt(FILLER.length)]).append(' ');
      }
      boolean paraphrase = r.nextBoolean();
      String left = base + (paraphrase ? "ferry" : "bus");
      String right = base + (paraphrase ? "ferry" : "tram tariff");
      a.add(WordMatches.keys(left));
      b.add(WordMatches.keys(right));
      y.add(paraphrase);
    }
    return WordMatches.fit(a, b, y);
  }

  @Test
  void learnsWhichWordsMatterWhenSharedAndWhenLeftOver() {
    WordMatches m = trained(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    long[] ferry = WordMatches.keys("the council agreed the plan ferry");
    long[] ferryToo = WordMatches.keys("the council agreed the plan ferry");
    long[] tariff = WordMatches.keys("the council agreed the plan tram tariff");
    double[] same = m.score(ferry, ferryToo);
    double[] differ = m.score(ferry, tariff);
    assertEquals(WordMatches.FEATURES, same.length);
    assertTrue(same[0] > differ[0] + 1, "regression: " + same[0] + " vs " + differ[0]);
    assertTrue(same[1] > differ[1] + 1, "log odds: " + same[1] + " vs " + differ[1]);
  }

  @Test
  void learnsWhichUnmatchedWordsCorrespond() {
    // "perished" for "drowned" keeps the meaning; "rescued" for "drowned" does not.
    List<long[]> a = new ArrayList<>();
    List<long[]> b = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    Random r = new Random(5);
    for (int i = 0; i < 300; i++) {
      StringBuilder base = new StringBuilder();
      for (int k = 0; k < 5; k++) {
        base.append(FILLER[r.nextInt(FILLER.length)]).append(' ');
      }
      boolean paraphrase = i % 2 == 0;
      a.add(WordMatches.keys(base + "drowned"));
      b.add(WordMatches.keys(base + (paraphrase ? "perished" : "rescued")));
      y.add(paraphrase);
    }
    WordMatches m = WordMatches.fit(a, b, y);
    long[] left = WordMatches.keys("residents of the district drowned");
    double same = m.score(left, WordMatches.keys("residents of the district perished"))[0];
    double differ = m.score(left, WordMatches.keys("residents of the district rescued"))[0];
    assertTrue(same > differ + 1, same + " vs " + differ);
  }

  @Test
  void scoresDoNotDependOnWhichSideComesFirst() {
    WordMatches m = trained(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    String[][] pairs = {
        {"the council met on monday", "the council agreed on monday"}, // equal sizes
        {"residents were told about the plan", "the plan"},
        {"ferry tariff", "an unknown harbour word zebra"}};
    for (String[] p : pairs) {
      long[] a = WordMatches.keys(p[0]);
      long[] b = WordMatches.keys(p[1]);
      assertArrayEquals(m.score(a, b), m.score(b, a), 1e-12, p[0] + " / " + p[1]);
    }
  }

  @Test
  void writtenModelReadsBackToTheSameScores() throws Exception {
    List<long[]> a = new ArrayList<>();
    List<long[]> b = new ArrayList<>();
    WordMatches m = trained(a, b, new ArrayList<>());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    m.write(out);
    WordMatches back = WordMatches.read(new ByteArrayInputStream(out.toByteArray()));
    for (int i = 0; i < 50; i++) {
      assertArrayEquals(m.score(a.get(i), b.get(i)), back.score(a.get(i), b.get(i)), 0);
    }
  }

  @Test
  void fittingTwiceGivesTheSameModel() throws Exception {
    List<long[]> a = new ArrayList<>();
    List<long[]> b = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    WordMatches first = trained(a, b, y);
    ByteArrayOutputStream one = new ByteArrayOutputStream();
    first.write(one);
    ByteArrayOutputStream two = new ByteArrayOutputStream();
    WordMatches.fit(a, b, y).write(two);
    assertArrayEquals(one.toByteArray(), two.toByteArray());
  }

  @Test
  void keysAreSortedDistinctAndIncludePunctuationAndWordPairs() {
    long[] k = WordMatches.keys("Ferry, ferry!");
    for (int i = 1; i < k.length; i++) {
      assertTrue(k[i - 1] < k[i]);
    }
    // ferry , ! and the pairs "ferry ,", ", ferry", "ferry !" (plus word classes, if known)
    assertTrue(k.length >= 6, "keys: " + k.length);
    assertEquals(0, WordMatches.keys("").length);
  }
}

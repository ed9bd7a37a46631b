package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testing.Shared;

/** The always-on check for MSRP, and the scorer's basic manners. */
class ParaphrasesTest {
  /** The header and the first {@code n} pairs of MSRP train, as a file of their own. */
  private static Path firstPairs(Path dir, int n) throws IOException {
    List<String> lines = Files.readAllLines(
        Shared.root().resolve("corpora/msrp/msr_paraphrase_train.txt"));
    Path sample = dir.resolve("first-" + n + ".tsv");
    Files.write(sample, lines.subList(0, n + 1));
    return sample;
  }

  @Test
  void shippedScorerOnTheFirstMsrpTrainPairs(@TempDir Path dir) throws Exception {
    Map<String, Double> f = Paraphrases.evaluate(firstPairs(dir, 400), 0);
    assertEquals(List.of("accuracy", "precision", "recall", "f1", "pairs"),
        List.copyOf(f.keySet()));
    assertEquals(400, f.get("pairs"));
    // Training pairs, whose rare words the word model knows, so far above the cross-validated
    // 0.80: a regression floor, not a claim.
    assertTrue(f.get("accuracy") >= 0.9, f.toString());
  }

  @Test
  void crossValidationTrainsAndTestsOnSeparateFolds(@TempDir Path dir) throws Exception {
    Map<String, Double> f = Paraphrases.evaluate(firstPairs(dir, 800), 4);
    assertEquals(800, f.get("pairs"));
    // Held-out folds of 200 pairs: well above saying "paraphrase" to all (about 0.67 here), and
    // far below what the same scorer reads on pairs it was trained on (0.99).
    assertTrue(f.get("accuracy") >= 0.72 && f.get("accuracy") <= 0.9, f.toString());
  }

  @Test
  void scoreIsSymmetricAndSeparatesParaphraseFromUnrelated() {
    List<String> t = List.of(
        "The ferry company cancelled all crossings on Friday because of the storm.",
        "Because of the storm, the ferry company called off every crossing on Friday.",
        "The museum will open a new wing for modern art next spring.");
    float[][] v = org.parallax.embed.Embedders.miniLm().embed(t);
    PairFeatures.Side a = PairFeatures.side(t.get(0), v[0]);
    PairFeatures.Side b = PairFeatures.side(t.get(1), v[1]);
    PairFeatures.Side c = PairFeatures.side(t.get(2), v[2]);
    PairFeatures.Idf idf = PairFeatures.Idf.of(List.of(a, b, c));
    ParaphraseScorer s = ParaphraseScorer.shipped();
    assertEquals(s.score(a, b, idf), s.score(b, a, idf), 1e-12);
    assertTrue(s.score(a, b, idf) > s.score(a, c, idf) + 0.3,
        s.score(a, b, idf) + " vs " + s.score(a, c, idf));
  }

  @Test
  void aFileWithoutPairsIsAClearError(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("x.tsv"), "Quality\tA\tB\n");
    IOException e = assertThrows(IOException.class, () -> Paraphrases.read(empty));
    assertTrue(e.getMessage().contains("no MSRP pairs"), e.getMessage());
  }
}

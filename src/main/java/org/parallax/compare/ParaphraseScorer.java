package org.parallax.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Says how likely two sentences state the same thing: gradient-boosted trees over
 * {@link PairFeatures}, trained by project code on MSRP train ({@code ./parallax train
 * paraphrase}); deterministic, a few hundred small trees, fast enough for every candidate pair
 * of a story.
 */
public final class ParaphraseScorer {
  static final String RESOURCE = "paraphrase-model.txt";
  static final int ROUNDS = 300;
  static final int DEPTH = 3;
  static final double SHRINKAGE = 0.05;
  static final int MIN_LEAF = 10;
  private static volatile ParaphraseScorer shared;

  private final BoostedTrees trees;

  ParaphraseScorer(BoostedTrees trees) {
    this.trees = trees;
  }

  /** The shipped scorer. */
  public static ParaphraseScorer shipped() {
    ParaphraseScorer s = shared;
    if (s == null) {
      synchronized (ParaphraseScorer.class) {
        if (shared == null) {
          try (InputStream in = ParaphraseScorer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("paraphrase model " + RESOURCE
                  + " is missing from the class path: run ./parallax train paraphrase");
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8)).lines().filter(l -> !l.startsWith("#")).toList();
            shared = new ParaphraseScorer(BoostedTrees.parse(lines));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read paraphrase model", e);
          }
        }
        s = shared;
      }
    }
    return s;
  }

  /**
   * Probability that the two sides are paraphrases; the same whichever side comes first (the
   * trees are not symmetric, so both orders are scored and averaged).
   */
  public double score(PairFeatures.Side a, PairFeatures.Side b, PairFeatures.Idf idf) {
    double[] f = PairFeatures.of(a, b, idf);
    return (probability(f) + probability(PairFeatures.swapped(f))) / 2;
  }

  /** The probability above which a pair counts as the same statement. */
  public double threshold() {
    return 0.5;
  }

  double probability(double[] x) {
    return trees.probability(x);
  }

  BoostedTrees trees() {
    return trees;
  }

  static ParaphraseScorer train(List<double[]> x, List<Boolean> y) {
    return new ParaphraseScorer(BoostedTrees.train(x, y, ROUNDS, DEPTH, SHRINKAGE, MIN_LEAF));
  }

  void write(Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, "# parallax paraphrase scorer: boosted trees over PairFeatures, trained"
        + " on MSRP train (non-commercial terms, see MODELS.md)\n" + trees.serialize(),
        StandardCharsets.UTF_8);
  }
}

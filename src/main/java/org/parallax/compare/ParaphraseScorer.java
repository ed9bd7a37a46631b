package org.parallax.compare;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Says how likely two sentences state the same thing: gradient-boosted trees over
 * {@link PairFeatures} and the {@link WordMatches} scores, trained by project code on MSRP train
 * ({@code ./parallax train paraphrase}); deterministic, a few hundred small trees, fast enough
 * for every candidate pair of a story.
 */
public final class ParaphraseScorer {
  static final String RESOURCE = "paraphrase-model.txt";
  static final String WORDS = "paraphrase-words.bin.gz";
  static final int ROUNDS = 300;
  static final int DEPTH = 3;
  static final double SHRINKAGE = 0.05;
  static final int MIN_LEAF = 10;
  /** Folds in which each training pair's word scores come from a model that did not see it. */
  static final int STACK_FOLDS = 10;
  private static volatile ParaphraseScorer shared;

  private final BoostedTrees trees;
  private final WordMatches words;

  // Trees that split on a one-sided feature: only these need walking for the swapped order.
  private final boolean[] orderMatters;

  ParaphraseScorer(BoostedTrees trees, WordMatches words) {
    this.trees = trees;
    this.words = words;
    this.orderMatters = trees.treesReading(PairFeatures.sidedMask(PairFeatures.DENSE));
  }

  /** The shipped scorer. */
  public static ParaphraseScorer shipped() {
    ParaphraseScorer s = shared;
    if (s == null) {
      synchronized (ParaphraseScorer.class) {
        if (shared == null) {
          try (InputStream in = ParaphraseScorer.class.getResourceAsStream(RESOURCE);
              InputStream w = ParaphraseScorer.class.getResourceAsStream(WORDS)) {
            if (in == null || w == null) {
              throw new IllegalStateException("paraphrase model " + RESOURCE + " or " + WORDS
                  + " is missing from the class path: run ./parallax train paraphrase");
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8)).lines().filter(l -> !l.startsWith("#")).toList();
            shared = new ParaphraseScorer(BoostedTrees.parse(lines),
                WordMatches.read(new GZIPInputStream(new BufferedInputStream(w))));
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
    double[] f = withWords(PairFeatures.of(a, b, idf), words.score(a.matches(), b.matches()));
    return trees.meanProbability(f, PairFeatures.swapped(f), orderMatters);
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

  static double[] withWords(double[] pair, double[] words) {
    double[] f = java.util.Arrays.copyOf(pair, pair.length + words.length);
    System.arraycopy(words, 0, f, pair.length, words.length);
    return f;
  }

  /** The features the trees see for pair {@code i} in the given order (a, b) or (b, a). */
  double[] features(double[] pair, long[] a, long[] b) {
    return withWords(pair, words.score(a, b));
  }

  /**
   * Trains on {@code n} pairs: {@code x} holds each pair's {@link PairFeatures} in both orders
   * (pair i at i and at i + n), {@code a} and {@code b} their {@link WordMatches#keys}. The trees
   * learn from word-match scores made out of fold, as they will meet them on unseen pairs; a
   * word model fitted on the very pairs it scores would look far surer than it is.
   */
  static ParaphraseScorer train(List<double[]> x, List<long[]> a, List<long[]> b,
      List<Boolean> y) {
    int n = y.size();
    double[][] stacked = new double[n][];
    for (int fold = 0; fold < STACK_FOLDS; fold++) {
      List<long[]> fa = new ArrayList<>();
      List<long[]> fb = new ArrayList<>();
      List<Boolean> fy = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (i % STACK_FOLDS != fold) {
          fa.add(a.get(i));
          fb.add(b.get(i));
          fy.add(y.get(i));
        }
      }
      WordMatches m = WordMatches.fit(fa, fb, fy);
      for (int i = fold; i < n; i += STACK_FOLDS) {
        stacked[i] = m.score(a.get(i), b.get(i));
      }
    }
    List<double[]> tx = new ArrayList<>();
    List<Boolean> ty = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tx.add(withWords(x.get(i), stacked[i]));
      tx.add(withWords(x.get(i + n), stacked[i]));
      ty.add(y.get(i));
      ty.add(y.get(i));
    }
    return new ParaphraseScorer(BoostedTrees.train(tx, ty, ROUNDS, DEPTH, SHRINKAGE, MIN_LEAF),
        WordMatches.fit(a, b, y));
  }

  /** Writes the trees to {@code out} and the word model beside it. */
  void write(Path out) throws IOException {
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, "# parallax paraphrase scorer: boosted trees over PairFeatures and"
        + " WordMatches, trained on MSRP train (non-commercial terms, see MODELS.md)\n"
        + trees.serialize(), StandardCharsets.UTF_8);
    try (OutputStream o = new GZIPOutputStream(new BufferedOutputStream(
        Files.newOutputStream(out.resolveSibling(WORDS))))) {
      words.write(o);
    }
  }
}

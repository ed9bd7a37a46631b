package org.parallax.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.parallax.embed.Embedder;
import org.parallax.embed.Embedders;

/** MSRP-format paraphrase pairs: training the shipped scorer and measuring it. */
public final class Paraphrases {
  public static final long SEED = Long.getLong("parallax.cvseed", 20050101L);

  /** One labelled pair. */
  record Pair(boolean paraphrase, String a, String b) {}

  private Paraphrases() {}

  /** Reads an MSRP TSV file (header line, then quality, id, id, string, string). */
  static List<Pair> read(Path file) throws IOException {
    List<Pair> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      if (f.length < 5) {
        continue;
      }
      out.add(new Pair(f[0].strip().replace("\uFEFF", "").equals("1"), f[3], f[4]));
    }
    if (out.isEmpty()) {
      throw new IOException(file + ": no MSRP pairs (expected quality, #1 ID, #2 ID, #1 String,"
          + " #2 String, tab-separated, after a header line)");
    }
    return out;
  }

  /**
   * Every pair's {@link PairFeatures} in both orders (pair i at i and at i + n) and each side's
   * {@link WordMatches#keys}.
   */
  record Features(List<double[]> x, List<long[]> a, List<long[]> b) {}

  /** Features of every pair, each distinct sentence embedded once. */
  static Features features(List<Pair> pairs) {
    return features(pairs, Embedders.miniLm());
  }

  static Features features(List<Pair> pairs, Embedder embedder) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (Pair p : pairs) {
      index.putIfAbsent(p.a(), index.size());
      index.putIfAbsent(p.b(), index.size());
    }
    List<String> texts = new ArrayList<>(index.keySet());
    Map<String, PairFeatures.Side> sides = new HashMap<>();
    for (int i = 0; i < texts.size(); i += 256) {
      List<String> batch = texts.subList(i, Math.min(texts.size(), i + 256));
      float[][] v = embedder.embed(batch);
      for (int k = 0; k < batch.size(); k++) {
        sides.put(batch.get(k), PairFeatures.side(batch.get(k), v[k]));
      }
    }
    PairFeatures.Idf idf = PairFeatures.Idf.of(sides.values());
    List<double[]> out = new ArrayList<>();
    for (Pair p : pairs) {
      out.add(PairFeatures.of(sides.get(p.a()), sides.get(p.b()), idf));
    }
    for (Pair p : pairs) {
      out.add(PairFeatures.of(sides.get(p.b()), sides.get(p.a()), idf));
    }
    return new Features(out, pairs.stream().map(p -> sides.get(p.a()).matchKeys()).toList(),
        pairs.stream().map(p -> sides.get(p.b()).matchKeys()).toList());
  }

  private static double both(ParaphraseScorer s, Features f, int i, int n) {
    long[] a = f.a().get(i);
    long[] b = f.b().get(i);
    return (s.probability(s.features(f.x().get(i), a, b))
        + s.probability(s.features(f.x().get(i + n), b, a))) / 2;
  }

  /** Trains on the whole file and writes the scorer; returns a one-line summary. */
  public static String train(Path corpus, Path out) throws IOException {
    List<Pair> pairs = read(corpus);
    Features f = features(pairs);
    List<Boolean> y = pairs.stream().map(Pair::paraphrase).toList();
    ParaphraseScorer scorer = ParaphraseScorer.train(f.x(), f.a(), f.b(), y);
    scorer.write(out);
    return String.format(Locale.ROOT, "trained on %s: pairs=%d features=%d trees=%d -> %s",
        corpus, pairs.size(), f.x().get(0).length + WordMatches.FEATURES,
        ParaphraseScorer.ROUNDS, out);
  }

  /**
   * With {@code folds} > 1, trains and tests in that many seeded folds of the file; otherwise
   * applies the shipped scorer. Returns accuracy, precision, recall, f1, pairs.
   */
  public static Map<String, Double> evaluate(Path file, int folds) throws IOException {
    List<Pair> pairs = read(file);
    Features f = features(pairs);
    List<double[]> x = f.x();
    boolean[] predicted = new boolean[pairs.size()];
    if (folds > 1) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < pairs.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, new Random(SEED));
      for (int k = 0; k < folds; k++) {
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int r = 0; r < order.size(); r++) {
          (r % folds == k ? test : train).add(order.get(r));
        }
        List<double[]> tx = new ArrayList<>();
        for (int i : train) {
          tx.add(x.get(i));
        }
        for (int i : train) {
          tx.add(x.get(i + pairs.size()));
        }
        ParaphraseScorer s = ParaphraseScorer.train(tx,
            train.stream().map(f.a()::get).toList(), train.stream().map(f.b()::get).toList(),
            train.stream().map(i -> pairs.get(i).paraphrase()).toList());
        for (int i : test) {
          predicted[i] = both(s, f, i, pairs.size()) >= s.threshold();
        }
      }
    } else {
      ParaphraseScorer s = ParaphraseScorer.shipped();
      for (int i = 0; i < pairs.size(); i++) {
        predicted[i] = both(s, f, i, pairs.size()) >= s.threshold();
      }
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int correct = 0;
    for (int i = 0; i < pairs.size(); i++) {
      boolean gold = pairs.get(i).paraphrase();
      if (predicted[i] == gold) {
        correct++;
      }
      if (predicted[i] && gold) {
        tp++;
      } else if (predicted[i]) {
        fp++;
      } else if (gold) {
        fn++;
      }
    }
    double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    Map<String, Double> out = new LinkedHashMap<>();
    out.put("accuracy", correct / (double) pairs.size());
    out.put("precision", p);
    out.put("recall", r);
    out.put("f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
    out.put("pairs", (double) pairs.size());
    return out;
  }
}

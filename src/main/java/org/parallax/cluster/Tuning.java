package org.parallax.cluster;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.embed.Embedder;
import org.parallax.eval.ClusterMetrics;
import org.parallax.model.Article;
import org.parallax.model.Story;

/**
 * Chooses the clusterer's weights by grid search on labeled development corpora: one
 * configuration for all of them, scored by the mean BCubed F1. Pair features are computed once
 * per corpus and cached, so each configuration costs only the online loop.
 */
public final class Tuning {
  /** A labeled corpus, normalized, with its seeded feeding order already in {@code order}. */
  public record Corpus(String name, List<Article> articles, Map<String, String> goldOf) {}

  private record Prepared(Corpus corpus, List<DocFeatures> docs, Featurizer featurizer,
      EventClusterer.PairCache cache) {}

  private record Scored(EventClusterer.Config config, double mean, double[] f1) {}

  private Tuning() {}

  public static void run(List<Corpus> corpora, Embedder embedder, int segments, int words,
      PrintWriter out) {
    EventClusterer.Config d = EventClusterers.DEFAULT;
    EventClusterer.Config base = new EventClusterer.Config(d.text(), d.names(), d.embedding(),
        d.days(), d.years(), d.place(), d.calendar(), d.numbers(), d.topNames(), d.threshold(),
        d.windowDays(), d.farMargin(), d.undatedMargin(), d.mergeMargin(), d.refineMargin(),
        d.maxMembers(),
        d.minActive(), segments, words);
    List<Prepared> prepared = new ArrayList<>();
    for (Corpus c : corpora) {
      EventClusterer probe = new EventClusterer(base, embedder);
      List<Article> ordered = new ArrayList<>(c.articles());
      ordered.sort(Article.PUBLICATION_ORDER);
      float[][] pooled = embedder == null ? null : probe.embedForTuning(ordered);
      Featurizer f = new Featurizer();
      List<DocFeatures> docs = new ArrayList<>();
      for (int i = 0; i < ordered.size(); i++) {
        docs.add(f.add(ordered.get(i), pooled == null ? null : pooled[i]));
      }
      prepared.add(new Prepared(c, docs, f, new EventClusterer.PairCache(docs.size())));
      out.printf("prepared %s: %d docs%n", c.name(), docs.size());
      out.flush();
    }
    List<EventClusterer.Config> configs = new ArrayList<>();
    for (double years : new double[] {0.2, 0.4, 0.6}) {
      for (double undated : new double[] {0.75, 1.0, 1.25}) {
        for (double calendar : new double[] {0.2, 0.4, 0.6}) {
          for (double numbers : new double[] {0.1, 0.25, 0.4}) {
            for (double topNames : new double[] {0.25, 0.5, 0.75}) {
              for (int t = 40; t <= 52; t++) {
                configs.add(new EventClusterer.Config(1.0, base.names(), base.embedding(),
                    base.days(), years, base.place(), calendar, numbers, topNames, t * 0.025,
                    base.windowDays(), base.farMargin(), undated, base.mergeMargin(), base.refineMargin(),
                    base.maxMembers(), base.minActive(), base.segments(), base.segmentWords()));
              }
            }
          }
        }
      }
    }
    // Warm the pair caches once, single-threaded, so the parallel runs only read them.
    for (Prepared p : prepared) {
      score(p, configs.get(configs.size() - 1), embedder);
    }
    List<Scored> results = new ArrayList<>(configs.parallelStream().map(cfg -> {
      double[] f1 = new double[prepared.size()];
      double sum = 0;
      for (int k = 0; k < prepared.size(); k++) {
        f1[k] = score(prepared.get(k), cfg, embedder);
        sum += f1[k];
      }
      return new Scored(cfg, sum / prepared.size(), f1);
    }).toList());
    results.sort(Comparator.comparingDouble(Scored::mean).reversed());
    for (Scored s : results.subList(0, Math.min(15, results.size()))) {
      StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "mean=%.4f", s.mean()));
      for (int k = 0; k < prepared.size(); k++) {
        b.append(String.format(Locale.ROOT, " %s=%.4f", prepared.get(k).corpus().name(), s.f1()[k]));
      }
      EventClusterer.Config c = s.config();
      b.append(String.format(Locale.ROOT,
          " | names=%.2f embedding=%.2f days=%.2f years=%.2f place=%.2f calendar=%.2f"
              + " numbers=%.2f top_names=%.2f threshold=%.3f window=%d far=%.2f undated=%.2f"
              + " merge=%.2f",
          c.names(), c.embedding(), c.days(), c.years(), c.place(), c.calendar(), c.numbers(),
          c.topNames(), c.threshold(), c.windowDays(), c.farMargin(), c.undatedMargin(),
          c.mergeMargin()));
      out.println(b);
    }
    out.flush();
  }

  private static double score(Prepared p, EventClusterer.Config cfg, Embedder embedder) {
    List<Story> stories = new EventClusterer(cfg, embedder).run(p.docs(), p.featurizer(), p.cache());
    Map<String, String> storyOf = new HashMap<>();
    for (Story s : stories) {
      for (String id : s.articles()) {
        storyOf.put(id, s.id());
      }
    }
    List<String> pred = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    for (DocFeatures d : p.docs()) {
      pred.add(storyOf.get(d.article().id()));
      gold.add(p.corpus().goldOf().get(d.article().input()));
    }
    return ClusterMetrics.score(pred, gold).bcubedF1();
  }
}

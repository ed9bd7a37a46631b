package org.parallax.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.embed.Embedder;
import org.parallax.model.Article;
import org.parallax.model.Membership;
import org.parallax.model.Story;

/**
 * Event-level, online story clustering. Articles arrive in publication order (undated last); each
 * joins the working-set story with the highest mean pair score over the story's recent members, if
 * that score reaches the threshold, or founds a new story.
 *
 * <p>The pair score adds what makes two reports one event: shared words (TF-IDF), shared names
 * (people, places, organizations), sentence-embedding similarity, and it subtracts what makes them
 * two: days apart, different years mentioned, different dateline places. Same-kind events (two
 * fires) share words and embeddings but not names, places and dates; that is where the weights
 * come from (tuned with {@code parallax eval tune-clustering}).
 *
 * <p>Memory is bounded: a story idle for more than the window leaves the working set once the set
 * holds more than {@link Config#minActive()} stories, and only its last {@link Config#maxMembers()}
 * members are compared.
 */
final class EventClusterer implements StoryClusterer {
  /**
   * Weights of the pair score and the decision threshold.
   *
   * @param windowDays a dated article joins a story active within this many days, or
   * @param farMargin a story idle for longer (a long-running event, a misdated report) if the score
   *     clears the threshold by this margin
   * @param mergeMargin after the online pass, two stories whose mean pair score clears the
   *     threshold by this much are merged (a batch repairs what arrival order split); negative
   *     turns merging off
   * @param refineMargin after merging, an article moves to another story whose mean pair score
   *     beats its own story's by this much; negative turns the pass off
   * @param undatedMargin what the score must clear the threshold by when an undated article meets
   *     a dated story or the reverse: a shared week is itself evidence of one event, which such a
   *     pair lacks, so text alone has to say more
   */
  record Config(double text, double names, double embedding, double days, double years,
      double place, double calendar, double numbers, double topNames, double threshold,
      int windowDays, double farMargin, double undatedMargin, double mergeMargin,
      double refineMargin, int maxMembers, int minActive, int segments, int segmentWords) {
    Config {
      if (windowDays < 1 || maxMembers < 1 || minActive < 1 || segments < 0 || segmentWords < 8) {
        throw new IllegalArgumentException("invalid clusterer config " + this);
      }
    }

    Config withThreshold(double t) {
      return new Config(text, names, embedding, days, years, place, calendar, numbers, topNames,
          t, windowDays, farMargin, undatedMargin, mergeMargin, refineMargin,
          maxMembers, minActive, segments, segmentWords);
    }
  }

  private final Config config;
  private final Embedder embedder;

  EventClusterer(Config config, Embedder embedder) {
    this.config = config;
    this.embedder = embedder;
  }

  @Override
  public List<Story> cluster(List<Article> articles) {
    List<Article> ordered = new ArrayList<>(articles);
    ordered.sort(Article.PUBLICATION_ORDER);
    float[][] pooled = embed(ordered);
    Featurizer featurizer = new Featurizer();
    List<DocFeatures> docs = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      docs.add(featurizer.add(ordered.get(i), pooled == null ? null : pooled[i]));
    }
    return run(docs, featurizer, null);
  }

  Config config() {
    return config;
  }

  float[][] embedForTuning(List<Article> ordered) {
    return embed(ordered);
  }

  /** Embeds each article's passages in one batched call and pools them per article. */
  private float[][] embed(List<Article> ordered) {
    if (embedder == null || config.segments() == 0 || config.embedding() == 0) {
      return null;
    }
    List<String> passages = new ArrayList<>();
    int[] from = new int[ordered.size() + 1];
    for (int i = 0; i < ordered.size(); i++) {
      from[i] = passages.size();
      passages.addAll(Segments.of(ordered.get(i), config.segments(), config.segmentWords()));
    }
    from[ordered.size()] = passages.size();
    float[][] vectors = embedder.embed(passages);
    float[][] pooled = new float[ordered.size()][];
    for (int i = 0; i < ordered.size(); i++) {
      // The headline with the lead weighs as much as the sentences after it together: the lead
      // names the event, the rest add its detail.
      float[] sum = new float[vectors[from[i]].length];
      int rest = from[i + 1] - from[i] - 1;
      for (int k = from[i]; k < from[i + 1]; k++) {
        float w = k == from[i] ? 1f : 1f / rest;
        for (int d = 0; d < sum.length; d++) {
          sum[d] += w * vectors[k][d];
        }
      }
      pooled[i] = Embedder.normalize(sum);
    }
    return pooled;
  }

  /**
   * Runs the online loop over articles already in feeding order. {@code pairs} caches raw pair
   * features for the tuner (which scores many weightings of the same features) and turns off the
   * evidence; production passes {@code null}.
   */
  List<Story> run(List<DocFeatures> docs, Featurizer featurizer, PairCache pairs) {
    boolean explain = pairs == null;
    Engine engine = new Engine(config, featurizer, pairs, explain);
    Map<String, List<String>> members = new java.util.LinkedHashMap<>();
    Map<String, Membership> why = new HashMap<>();
    Map<String, DocFeatures> featuresOf = new HashMap<>();
    for (DocFeatures d : docs) {
      Engine.Assignment a = engine.assign(d);
      members.computeIfAbsent(a.storyId(), k -> new ArrayList<>()).add(d.article().id());
      if (a.membership() != null) {
        why.put(d.article().id(), a.membership());
      }
      featuresOf.put(d.article().id(), d);
    }
    if (config.mergeMargin() >= 0) {
      merge(members, why, featuresOf, engine, pairs, featurizer);
    }
    if (config.refineMargin() >= 0) {
      refine(members, why, featuresOf, engine, pairs, featurizer);
    }
    List<Story> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : members.entrySet()) {
      // Founder first, then publication order: merges and moves append out of order.
      String founderId = e.getValue().get(0);
      List<String> ids = new ArrayList<>(e.getValue().subList(1, e.getValue().size()));
      ids.sort(java.util.Comparator.comparing(id -> featuresOf.get(id).article(),
          Article.PUBLICATION_ORDER));
      ids.add(0, founderId);
      Article founder = featuresOf.get(founderId).article();
      String title = founder.title();
      if (founder.titleDerived()) {
        for (String id : ids) {
          if (!featuresOf.get(id).article().titleDerived()) {
            title = featuresOf.get(id).article().title();
            break;
          }
        }
      }
      List<Membership> evidence = new ArrayList<>();
      if (explain) {
        for (String id : ids) {
          evidence.add(why.get(id));
        }
      }
      // Who reported first is the earliest member in publication order, undated ones last: a
      // merge may leave an undated report as the founder.
      String first = ids.stream().min(java.util.Comparator.comparing(
          id -> featuresOf.get(id).article(), Article.PUBLICATION_ORDER)).orElse(founderId);
      out.add(new Story(e.getKey(), title, ids, first, evidence));
    }
    return out;
  }

  /**
   * One pass that moves each article (founders stay) to the story it fits best, when that story's
   * mean pair score beats its own story's by {@link Config#refineMargin()}: the online pass
   * decided with only the articles before it.
   */
  private void refine(Map<String, List<String>> members, Map<String, Membership> why,
      Map<String, DocFeatures> featuresOf, Engine engine, PairCache pairs, Featurizer featurizer) {
    List<String> ids = new ArrayList<>(members.keySet());
    for (String sid : ids) {
      for (String doc : new ArrayList<>(members.get(sid))) {
        List<String> own = members.get(sid);
        if (own.size() < 2 || own.get(0).equals(doc)
            || featuresOf.get(doc).article().duplicateOf() != null) {
          continue;
        }
        DocFeatures d = featuresOf.get(doc);
        double best = Math.max(meanScore(d, own, featuresOf, engine, pairs)
            + config.refineMargin(), config.threshold());
        String target = null;
        for (String other : ids) {
          if (!other.equals(sid) && sameTime(d, members.get(other), featuresOf)) {
            double score = meanScore(d, members.get(other), featuresOf, engine, pairs);
            if (score > best) {
              best = score;
              target = other;
            }
          }
        }
        if (target != null) {
          own.remove(doc);
          members.get(target).add(doc);
          if (why.containsKey(doc) || pairs == null) {
            why.put(doc, explain(d, members.get(target), best, featuresOf, featurizer));
          }
        }
      }
    }
  }

  /** A dated article only moves to a story active within the window (or an undated one). */
  private boolean sameTime(DocFeatures d, List<String> story, Map<String, DocFeatures> featuresOf) {
    if (d.date() == null) {
      return true;
    }
    LocalDate[] span = span(story, featuresOf);
    return span == null || (!d.date().isBefore(span[0].minusDays(config.windowDays()))
        && !d.date().isAfter(span[1].plusDays(config.windowDays())));
  }

  private double meanScore(DocFeatures d, List<String> story, Map<String, DocFeatures> featuresOf,
      Engine engine, PairCache pairs) {
    double sum = 0;
    int n = 0;
    for (String m : story) {
      if (m.equals(d.article().id())) {
        continue;
      }
      DocFeatures f = featuresOf.get(m);
      sum += engine.score(pairs != null ? pairs.get(d, f) : rawFeatures(d, f));
      n++;
    }
    return n == 0 ? Double.NEGATIVE_INFINITY : sum / n;
  }

  /** Evidence for an article placed by the merge or refine pass, against its new story. */
  private static Membership explain(DocFeatures d, List<String> story, double score,
      Map<String, DocFeatures> featuresOf, Featurizer featurizer) {
    double[] means = new double[FEATURES];
    Map<Integer, Double> names = new HashMap<>();
    Map<Integer, Double> words = new HashMap<>();
    int n = 0;
    for (String m : story) {
      if (m.equals(d.article().id())) {
        continue;
      }
      DocFeatures f = featuresOf.get(m);
      double[] raw = rawFeatures(d, f);
      for (int k = 0; k < FEATURES; k++) {
        means[k] += raw[k];
      }
      shared(d.names(), f.names(), names);
      shared(d.text(), f.text(), words);
      n++;
    }
    for (int k = 0; k < FEATURES; k++) {
      means[k] /= Math.max(1, n);
    }
    return new Membership(d.article().id(), false, round(score), round(means[0]),
        round(means[1]), d.embedding() == null ? null : round(means[2]),
        top(names, featurizer, true), top(words, featurizer, false), null);
  }

  static void shared(SparseVector a, SparseVector b, Map<Integer, Double> into) {
    int i = 0;
    int j = 0;
    while (i < a.ids().length && j < b.ids().length) {
      if (a.ids()[i] == b.ids()[j]) {
        into.merge(a.ids()[i], (double) a.weights()[i] * b.weights()[j], Double::sum);
        i++;
        j++;
      } else if (a.ids()[i] < b.ids()[j]) {
        i++;
      } else {
        j++;
      }
    }
  }

  static List<String> top(Map<Integer, Double> weights, Featurizer featurizer,
      boolean names) {
    return weights.entrySet().stream()
        .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(8)
        .map(e -> names ? featurizer.name(e.getKey()) : featurizer.word(e.getKey()))
        .toList();
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /**
   * Raw pair features: text cosine, name cosine, embedding cosine, days apart (0 when either is
   * undated; the score caps it at the window), different years mentioned (0/1), dateline place
   * (+1 same, -1 different, 0 unknown).
   */
  /**
   * Merges story pairs, best first, while their mean pair score over all members clears the
   * threshold by {@link Config#mergeMargin()}. Only stories that could share an event are
   * compared: both undated, or dated within the window of each other.
   */
  private void merge(Map<String, List<String>> members, Map<String, Membership> why,
      Map<String, DocFeatures> featuresOf, Engine engine, PairCache pairs, Featurizer featurizer) {
    List<String> ids = new ArrayList<>(members.keySet());
    Map<String, LocalDate[]> span = new HashMap<>();
    for (String id : ids) {
      span.put(id, span(members.get(id), featuresOf));
    }
    // Scores of story pairs, kept across rounds: a merge only changes the pairs of the survivor.
    Map<String, Double> scores = new HashMap<>();
    while (true) {
      double best = config.threshold() + config.mergeMargin();
      String keep = null;
      String drop = null;
      for (int i = 0; i < ids.size(); i++) {
        for (int j = i + 1; j < ids.size(); j++) {
          String key = ids.get(i) + " " + ids.get(j);
          Double score = scores.get(key);
          if (score == null) {
            score = storyScore(members.get(ids.get(i)), members.get(ids.get(j)),
                span.get(ids.get(i)), span.get(ids.get(j)), featuresOf, engine, pairs);
            scores.put(key, score);
          }
          if (score > best) {
            best = score;
            keep = ids.get(i);
            drop = ids.get(j);
          }
        }
      }
      if (keep == null) {
        return;
      }
      List<String> dropped = members.remove(drop);
      if (pairs == null) {
        // The merged story's founder joins with the story-to-story score as its evidence.
        String founder = dropped.get(0);
        why.put(founder, explain(featuresOf.get(founder), members.get(keep), best, featuresOf,
            featurizer));
      }
      members.get(keep).addAll(dropped);
      ids.remove(drop);
      span.put(keep, span(members.get(keep), featuresOf));
      String survivor = keep;
      scores.keySet().removeIf(k -> k.startsWith(survivor + " ") || k.endsWith(" " + survivor));
    }
  }

  /** Mean pair score of two stories, or minus infinity when they cannot share an event. */
  private double storyScore(List<String> a, List<String> b, LocalDate[] spanA, LocalDate[] spanB,
      Map<String, DocFeatures> featuresOf, Engine engine, PairCache pairs) {
    if (spanA != null && spanB != null
        && (ChronoUnit.DAYS.between(spanA[1], spanB[0]) > config.windowDays()
            || ChronoUnit.DAYS.between(spanB[1], spanA[0]) > config.windowDays())) {
      return Double.NEGATIVE_INFINITY;
    }
    double sum = 0;
    int n = 0;
    for (String x : a) {
      for (String y : b) {
        DocFeatures fx = featuresOf.get(x);
        DocFeatures fy = featuresOf.get(y);
        sum += engine.score(pairs != null ? pairs.get(fx, fy) : rawFeatures(fx, fy));
        n++;
      }
    }
    boolean undatedPair = (spanA == null) != (spanB == null);
    return sum / n - (undatedPair ? config.undatedMargin() : 0);
  }

  private static LocalDate[] span(List<String> ids, Map<String, DocFeatures> featuresOf) {
    LocalDate lo = null;
    LocalDate hi = null;
    for (String id : ids) {
      LocalDate d = featuresOf.get(id).date();
      if (d != null) {
        lo = lo == null || d.isBefore(lo) ? d : lo;
        hi = hi == null || d.isAfter(hi) ? d : hi;
      }
    }
    return lo == null ? null : new LocalDate[] {lo, hi};
  }

  /**
   * Pair features by arrival index, filled on first use; the tuner reuses one across the many
   * configurations it scores (the features do not depend on the weights). Thread-safe: a race
   * computes the same values twice.
   */
  static final class PairCache {
    private final double[][][] rows;

    PairCache(int docs) {
      rows = new double[docs][][];
      for (int i = 0; i < docs; i++) {
        rows[i] = new double[i][];
      }
    }

    double[] get(DocFeatures a, DocFeatures b) {
      int i = Math.max(a.index(), b.index());
      int j = Math.min(a.index(), b.index());
      double[] f = rows[i][j];
      if (f == null) {
        f = rawFeatures(a, b);
        rows[i][j] = f;
      }
      return f;
    }
  }

  static final int FEATURES = 9;

  /** Fraction of the given name ids present in the vector. */
  private static double contained(int[] ids, SparseVector names) {
    if (ids.length == 0) {
      return 0;
    }
    int found = 0;
    for (int id : ids) {
      if (java.util.Arrays.binarySearch(names.ids(), id) >= 0) {
        found++;
      }
    }
    return found / (double) ids.length;
  }

  /**
   * An undated report that names days ("on Dec. 14") none of which falls within a week of a dated
   * report's date is probably about another occurrence of the same kind of event.
   */
  private static boolean calendarClash(DocFeatures undated, DocFeatures dated) {
    if (undated.date() != null || dated.date() == null || undated.monthDays().isEmpty()) {
      return false;
    }
    LocalDate d = dated.date();
    for (int md : undated.monthDays()) {
      for (int y = d.getYear() - 1; y <= d.getYear() + 1; y++) {
        try {
          LocalDate named = LocalDate.of(y, md / 32, md % 32);
          if (Math.abs(ChronoUnit.DAYS.between(named, d)) <= 7) {
            return false;
          }
        } catch (java.time.DateTimeException e) {
          // Feb 30 and friends: not a day, not evidence.
        }
      }
    }
    return true;
  }

  static double[] rawFeatures(DocFeatures a, DocFeatures b) {
    double[] f = new double[FEATURES];
    f[0] = a.text().dot(b.text());
    f[1] = a.names().dot(b.names());
    f[2] = a.embedding() == null || b.embedding() == null ? 0
        : Embedder.dot(a.embedding(), b.embedding());
    if (a.date() != null && b.date() != null) {
      f[3] = Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
    }
    if (!a.years().isEmpty() && !b.years().isEmpty()) {
      boolean overlap = false;
      for (int y : a.years()) {
        if (b.years().contains(y)) {
          overlap = true;
          break;
        }
      }
      f[4] = overlap ? 0 : 1;
    }
    if (a.place() != null && b.place() != null) {
      f[5] = a.place().equals(b.place()) ? 1 : -1;
    }
    f[6] = calendarClash(a, b) || calendarClash(b, a) ? 1 : 0;
    if (!a.numbers().isEmpty() && !b.numbers().isEmpty()) {
      int common = 0;
      for (String n : a.numbers()) {
        if (b.numbers().contains(n)) {
          common++;
        }
      }
      f[7] = common / (double) Math.min(a.numbers().size(), b.numbers().size());
    }
    f[8] = (contained(a.topNames(), b.names()) + contained(b.topNames(), a.names())) / 2;
    return f;
  }

}

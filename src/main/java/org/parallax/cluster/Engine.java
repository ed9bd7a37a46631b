package org.parallax.cluster;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Membership;

/**
 * The online assignment loop of {@link EventClusterer}: one article at a time joins the best story
 * of the working set or founds one. Holds only the working set: a story idle beyond the window
 * leaves it (once more than {@link EventClusterer.Config#minActive()} stories are active) together
 * with its members' features, so memory does not grow with the archive.
 */
final class Engine {
  /** Where one article went and why. */
  record Assignment(String storyId, Membership membership) {}

  private static final class Active {
    final String id;
    final Deque<DocFeatures> recent = new ArrayDeque<>();
    /** Sums over {@code recent}: a mean cosine is the dot product with the mean vector. */
    final Map<Integer, Double> textSum = new HashMap<>();
    final Map<Integer, Double> nameSum = new HashMap<>();
    /** How many recent members give each number. */
    final Map<String, Integer> numberCount = new HashMap<>();
    float[] embeddingSum;
    final List<String> members = new ArrayList<>();
    LocalDate latest;
    int lastIndex;

    Active(String id) {
      this.id = id;
    }

    void push(DocFeatures d, int max) {
      recent.addLast(d);
      update(d, 1);
      if (recent.size() > max) {
        update(recent.removeFirst(), -1);
      }
    }

    private void update(DocFeatures d, int sign) {
      add(textSum, d.text(), sign);
      add(nameSum, d.names(), sign);
      for (String n : d.numbers()) {
        if (numberCount.merge(n, sign, Integer::sum) == 0) {
          numberCount.remove(n);
        }
      }
      if (d.embedding() != null) {
        if (embeddingSum == null) {
          embeddingSum = new float[d.embedding().length];
        }
        for (int i = 0; i < embeddingSum.length; i++) {
          embeddingSum[i] += sign * d.embedding()[i];
        }
      }
    }

    private static void add(Map<Integer, Double> sum, SparseVector v, int sign) {
      for (int i = 0; i < v.ids().length; i++) {
        double w = sum.merge(v.ids()[i], (double) sign * v.weights()[i], Double::sum);
        if (Math.abs(w) < 1e-9) {
          sum.remove(v.ids()[i]);
        }
      }
    }

    /** Mean text, name and embedding cosines with the recent members, from the sums. */
    double bound(DocFeatures d, EventClusterer.Config c) {
      double n = recent.size();
      double text = dot(d.text(), textSum) / n;
      double names = dot(d.names(), nameSum) / n;
      double emb = 0;
      if (embeddingSum != null && d.embedding() != null) {
        for (int i = 0; i < embeddingSum.length; i++) {
          emb += embeddingSum[i] * d.embedding()[i];
        }
        emb /= n;
      }
      // Upper bounds of the features that can add: a top name no member has cannot be
      // contained in any member, and no number shared with no member can be shared with one.
      int[] top = d.topNames();
      int present = 0;
      for (int id : top) {
        if (nameSum.containsKey(id)) {
          present++;
        }
      }
      double topBound = top.length == 0 ? 0.5 : (present / (double) top.length + 1) / 2;
      boolean anyNumber = false;
      for (String num : d.numbers()) {
        if (numberCount.containsKey(num)) {
          anyNumber = true;
          break;
        }
      }
      return c.text() * text + c.names() * names + c.embedding() * emb + c.place()
          + (anyNumber ? c.numbers() : 0) + c.topNames() * topBound;
    }

    private static double dot(SparseVector v, Map<Integer, Double> sum) {
      double s = 0;
      for (int i = 0; i < v.ids().length; i++) {
        Double w = sum.get(v.ids()[i]);
        if (w != null) {
          s += w * v.weights()[i];
        }
      }
      return s;
    }
  }

  private final EventClusterer.Config config;
  private final Featurizer featurizer;
  private final EventClusterer.PairCache cache;
  private final boolean explain;
  private final List<Active> working = new ArrayList<>();
  /** Members of working-set stories only, for duplicates to find their original's story. */
  private final Map<String, Active> storyOf = new HashMap<>();

  Engine(EventClusterer.Config config, Featurizer featurizer, EventClusterer.PairCache cache,
      boolean explain) {
    this.config = config;
    this.featurizer = featurizer;
    this.cache = cache;
    this.explain = explain;
  }

  int workingSet() {
    return working.size();
  }

  /**
   * A report that matches one member of a story clearly and the rest only loosely still joins
   * it: the skipper's own account of a collision shares his boat and his name with the wire
   * story, not the minister's statement another outlet ran, and the story's mean would found a
   * second story for one event. Pair margin and mean floor read on ECB+ train (BCubed 0.960 to
   * 0.962; ECB+ val, GVC and NP4E unchanged; see BENCHMARKS.md).
   */
  static final double RESCUE_PAIR = 0.15;
  static final double RESCUE_MEAN = 0.2;
  /** The strong pair must share names too: generated reports share their templates' words. */
  static final double RESCUE_NAMES = 0.2;

  Assignment assign(DocFeatures d) {
    String id = d.article().id();
    String original = d.article().duplicateOf();
    Active followed = original == null ? null : storyOf.get(original);
    if (followed != null) {
      // A copy is not new coverage: it goes where its original went, and is not compared.
      followed.members.add(id);
      storyOf.put(id, followed);
      return new Assignment(followed.id, Membership.duplicate(id, original));
    }
    if (d.date() != null) {
      retire(d.date());
    }
    Active best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double[] bestMeans = null;
    Active rescue = null;
    double rescueScore = Double.NEGATIVE_INFINITY;
    double[] rescueMeans = null;
    for (Active s : working) {
      boolean far = d.date() != null && s.latest != null
          && Math.abs(ChronoUnit.DAYS.between(s.latest, d.date())) > config.windowDays();
      // Exact pruning: the mean cosines come cheaply from the story's sums; if even the best case
      // of the remaining features cannot reach the threshold (or beat the best so far), the
      // member-by-member pass is skipped. It changes no decision, only the cost.
      if (cache == null) {
        boolean undatedPair = (d.date() == null) != (s.latest == null);
        double bound = s.bound(d, config) - (far ? config.farMargin() : 0)
            - (undatedPair ? config.undatedMargin() : 0);
        // (a story below the threshold may still be joined through one strong member, until a
        // story above it has been found)
        if (bound < config.threshold() - RESCUE_MEAN
            || bestScore >= config.threshold() && bound <= bestScore) {
          continue;
        }
      }
      double[] means = new double[EventClusterer.FEATURES];
      double strongest = Double.NEGATIVE_INFINITY;
      for (DocFeatures m : s.recent) {
        double[] f = cache != null ? cache.get(d, m) : EventClusterer.rawFeatures(d, m);
        for (int k = 0; k < means.length; k++) {
          means[k] += f[k];
        }
        if (f[1] >= RESCUE_NAMES) {
          strongest = Math.max(strongest, score(f));
        }
      }
      for (int k = 0; k < means.length; k++) {
        means[k] /= s.recent.size();
      }
      // Only a dated story met by an undated report (or the reverse) lacks the shared-week
      // evidence its dated rivals have; two undated sides compete on text alike.
      boolean undated = (d.date() == null) != (s.latest == null);
      double score = score(means) - (far ? config.farMargin() : 0)
          - (undated ? config.undatedMargin() : 0);
      if (score > bestScore) {
        bestScore = score;
        best = s;
        bestMeans = means;
      }
      if (score >= config.threshold() - RESCUE_MEAN
          && strongest - (far ? config.farMargin() : 0) - (undated ? config.undatedMargin() : 0)
              >= config.threshold() + RESCUE_PAIR
          && score > rescueScore) {
        rescueScore = score;
        rescue = s;
        rescueMeans = means;
      }
    }
    boolean rescued = (best == null || bestScore < config.threshold()) && rescue != null;
    if (rescued) {
      best = rescue;
      bestScore = rescueScore; // the evidence keeps the story's true mean score
      bestMeans = rescueMeans;
    }
    Membership why;
    if (best == null || bestScore < config.threshold() && !rescued) {
      best = new Active(TfidfClusterer.storyId(d.article()));
      working.add(best);
      why = Membership.founder(id);
    } else {
      why = explain ? explain(d, best, bestScore, bestMeans) : null;
    }
    best.members.add(id);
    storyOf.put(id, best);
    best.push(d, config.maxMembers());
    if (d.date() != null && (best.latest == null || d.date().isAfter(best.latest))) {
      best.latest = d.date();
    }
    best.lastIndex = d.index();
    return new Assignment(best.id, why);
  }

  double score(double[] f) {
    return config.text() * f[0] + config.names() * f[1] + config.embedding() * f[2]
        - config.days() * Math.min(1.0, f[3] / config.windowDays()) - config.years() * f[4]
        + config.place() * f[5] - config.calendar() * f[6] + config.numbers() * f[7]
        + config.topNames() * f[8];
  }

  /** Drops stories idle beyond the window, least recently active first, down to the floor. */
  private void retire(LocalDate now) {
    if (working.size() <= config.minActive()) {
      return;
    }
    working.sort(Comparator.comparingInt(s -> s.lastIndex));
    int excess = working.size() - config.minActive();
    List<Active> keep = new ArrayList<>(working.size());
    for (Active s : working) {
      boolean idle = s.latest != null
          && ChronoUnit.DAYS.between(s.latest, now) > config.windowDays();
      if (idle && excess > 0) {
        excess--;
        for (String m : s.members) {
          storyOf.remove(m);
        }
      } else {
        keep.add(s);
      }
    }
    working.clear();
    working.addAll(keep);
  }

  private Membership explain(DocFeatures d, Active story, double score, double[] means) {
    return new Membership(d.article().id(), false, round(score), round(means[0]),
        round(means[1]), d.embedding() == null ? null : round(means[2]),
        shared(d.names(), story, true), shared(d.text(), story, false), null);
  }

  /** The terms of {@code v} that the story's recent members also have, by combined weight. */
  private List<String> shared(SparseVector v, Active story, boolean names) {
    Map<Integer, Double> weight = new HashMap<>();
    for (DocFeatures m : story.recent) {
      EventClusterer.shared(v, names ? m.names() : m.text(), weight);
    }
    return EventClusterer.top(weight, featurizer, names);
  }

  private static double round(double v) {
    return EventClusterer.round(v);
  }
}

package org.parallax.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.parallax.model.Article;
import org.parallax.model.Story;

/**
 * A simple, honest event grouping: TF-IDF cosine with average linkage, online in publication
 * order, restricted to a date window. Undated articles come last and match on text alone.
 */
final class TfidfClusterer implements StoryClusterer {
  static final double DEFAULT_THRESHOLD = 0.16;
  static final int DEFAULT_WINDOW_DAYS = 4;

  private final double threshold;
  private final int windowDays;

  TfidfClusterer(double threshold, int windowDays) {
    this.threshold = threshold;
    this.windowDays = windowDays;
  }

  private static final class Cluster {
    final List<Article> members = new ArrayList<>();
    final List<Map<String, Double>> vectors = new ArrayList<>();
    LocalDate earliest;
    LocalDate latest;
  }

  @Override
  public List<Story> cluster(List<Article> articles) {
    List<Article> ordered = new ArrayList<>(articles);
    ordered.sort(Article.PUBLICATION_ORDER);
    List<Map<String, Integer>> counts = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (Article a : ordered) {
      Map<String, Integer> c = Terms.count(a.title() + "\n" + a.title() + "\n" + a.body());
      counts.add(c);
      for (String t : c.keySet()) {
        df.merge(t, 1, Integer::sum);
      }
    }
    int n = ordered.size();
    List<Cluster> clusters = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Article a = ordered.get(i);
      Map<String, Double> v = weigh(counts.get(i), df, n);
      LocalDate date = a.published() == null ? null : a.published().date();
      Cluster best = null;
      double bestSim = threshold;
      for (Cluster c : clusters) {
        if (date != null && c.latest != null
            && (ChronoUnit.DAYS.between(c.latest, date) > windowDays
                || ChronoUnit.DAYS.between(date, c.earliest) > windowDays)) {
          continue;
        }
        double sum = 0;
        for (Map<String, Double> m : c.vectors) {
          sum += cosine(v, m);
        }
        double sim = sum / c.vectors.size();
        if (sim > bestSim) {
          bestSim = sim;
          best = c;
        }
      }
      if (best == null) {
        best = new Cluster();
        clusters.add(best);
      }
      best.members.add(a);
      best.vectors.add(v);
      if (date != null) {
        best.earliest = best.earliest == null || date.isBefore(best.earliest) ? date : best.earliest;
        best.latest = best.latest == null || date.isAfter(best.latest) ? date : best.latest;
      }
    }
    List<Story> stories = new ArrayList<>();
    for (Cluster c : clusters) {
      Article founder = c.members.get(0);
      String title = founder.title();
      if (founder.titleDerived()) {
        title = c.members.stream().filter(m -> !m.titleDerived()).map(Article::title).findFirst()
            .orElse(title);
      }
      stories.add(new Story(storyId(founder), title,
          c.members.stream().map(Article::id).toList(), founder.id(), List.of()));
    }
    return stories;
  }

  private static Map<String, Double> weigh(Map<String, Integer> counts, Map<String, Integer> df,
      int n) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * (Math.log((1.0 + n) / (1.0 + df.get(e.getKey()))) + 1);
      v.put(e.getKey(), w);
      norm += w * w;
    }
    double len = Math.sqrt(norm);
    if (len > 0) {
      v.replaceAll((k, w) -> w / len);
    }
    return v;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += w * e.getValue();
      }
    }
    return dot;
  }

  /** Derived from the founding article alone, so ids survive reordering and reruns. */
  static String storyId(Article founder) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] h = md.digest(("story\n" + founder.id()).getBytes(StandardCharsets.UTF_8));
      return "s" + HexFormat.of().formatHex(h).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package org.parallax.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Article;

/**
 * Links each near-duplicate to the earliest copy (by publication date, then input order).
 *
 * <p>Candidates come from LSH over MinHash signatures of 4-word shingles of the body (the headline
 * is left out: syndication changes it): 128 hashes in 32 bands of 4 rows, so pairs with a
 * resemblance around 0.42 and above collide in some band with probability one half or more, and
 * pairs at 0.8 almost surely. Each candidate is then verified on the shingle sets themselves: a
 * duplicate has Jaccard resemblance of at least {@value #MIN_JACCARD}, or at least
 * {@value #MIN_CONTAINMENT} of the shorter report's shingles inside the longer (a trimmed
 * re-post). Why these: a copy with a new headline, one paragraph cut and a boilerplate line added
 * keeps about 0.8 of its shingles; two outlets' independent reports of one event, even quoting the
 * same sentences, stay well below 0.2.
 */
public final class NearDuplicates {
  static final double MIN_JACCARD = 0.6;
  static final double MIN_CONTAINMENT = 0.85;
  /** Below this many shingles a text is too short to call a copy of anything. */
  static final int MIN_SHINGLES = 12;
  private static final int BANDS = 32;
  private static final int ROWS = 4;

  private final MinHash minHash = new MinHash(BANDS * ROWS, 0x5eed_0f_d00dL);

  /**
   * Id of each duplicate article mapped to the id of its original; originals are absent. The
   * original of a group of copies is the one the others credit ("syndicated from Nordpress"), or
   * else the earliest by publication date (undated last), then input order.
   */
  public Map<String, String> find(List<Article> articles) {
    List<Article> ordered = new ArrayList<>(articles);
    ordered.sort(EARLIEST);
    List<Map<Long, List<Integer>>> bands = new ArrayList<>();
    for (int b = 0; b < BANDS; b++) {
      bands.add(new HashMap<>());
    }
    List<long[]> shingles = new ArrayList<>();
    int[] parent = new int[ordered.size()];
    for (int i = 0; i < ordered.size(); i++) {
      parent[i] = i;
      long[] s = Shingles.of(ordered.get(i).body());
      shingles.add(s);
      long[] sig = minHash.signature(s);
      long[] keys = new long[BANDS];
      for (int b = 0; b < BANDS; b++) {
        keys[b] = bandKey(b, Arrays.copyOfRange(sig, b * ROWS, (b + 1) * ROWS));
      }
      if (s.length >= MIN_SHINGLES) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int b = 0; b < BANDS; b++) {
          for (int j : bands.get(b).getOrDefault(keys[b], List.of())) {
            if (seen.add(j) && similar(s, shingles.get(j))) {
              union(parent, i, j);
            }
          }
        }
      }
      for (int b = 0; b < BANDS; b++) {
        bands.get(b).computeIfAbsent(keys[b], k -> new ArrayList<>()).add(i);
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    Map<String, String> duplicateOf = new LinkedHashMap<>();
    for (List<Integer> group : groups.values()) {
      if (group.size() < 2) {
        continue;
      }
      int root = original(ordered, group);
      for (int i : group) {
        if (i != root) {
          duplicateOf.put(ordered.get(i).id(), ordered.get(root).id());
        }
      }
    }
    return duplicateOf;
  }

  private static final Comparator<Article> EARLIEST = Article.PUBLICATION_ORDER;
  private static final Pattern CREDIT = Pattern.compile(
      "(?i)(syndicated|republished|originally published|first published|distributed|courtesy"
          + "|reprinted|provided|reporting|written) (?:by|from|in|on|of)\\s+(?:the\\s+)?"
          + "([^.,;)]{2,60})");

  /** The group member the others credit as their source, else the earliest. */
  private static int original(List<Article> ordered, List<Integer> group) {
    for (int i : group) {
      for (String credit : credits(ordered.get(i))) {
        for (int j : group) {
          String outlet = ordered.get(j).outlet();
          if (j != i && outlet != null && credit.toLowerCase(java.util.Locale.ROOT)
              .startsWith(firstWord(outlet))) {
            return j;
          }
        }
      }
    }
    return group.get(0);
  }

  private static List<String> credits(Article a) {
    List<String> out = new ArrayList<>();
    List<String> texts = new ArrayList<>(a.removed());
    String body = a.body();
    texts.add(body.length() > 400 ? body.substring(body.length() - 400) : body);
    for (String t : texts) {
      Matcher m = CREDIT.matcher(t);
      while (m.find()) {
        out.add(m.group(2).strip());
      }
    }
    return out;
  }

  /** "Nordpress Agency" and the tag-derived "Nordpress" name one outlet. */
  private static String firstWord(String outlet) {
    String o = outlet.toLowerCase(java.util.Locale.ROOT).replaceFirst("^the\\s+", "");
    int space = o.indexOf(' ');
    return space > 0 ? o.substring(0, space) : o;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      // Keep the earlier (smaller index) as the representative: groups list in feeding order.
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  static boolean similar(long[] a, long[] b) {
    if (a.length < MIN_SHINGLES || b.length < MIN_SHINGLES) {
      return false;
    }
    int common = org.parallax.text.SortedLongs.common(a, b);
    double jaccard = common / (double) (a.length + b.length - common);
    double containment = common / (double) Math.min(a.length, b.length);
    return jaccard >= MIN_JACCARD || containment >= MIN_CONTAINMENT;
  }

  private static long bandKey(int band, long[] rows) {
    long h = band * 0x9E3779B97F4A7C15L;
    for (long r : rows) {
      h = MinHash.mix(h ^ r);
    }
    return h;
  }
}

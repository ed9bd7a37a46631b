package org.parallax.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /** Id of each duplicate article mapped to the id of its earliest copy; originals absent. */
  public Map<String, String> find(List<Article> articles) {
    List<Article> ordered = new ArrayList<>(articles);
    ordered.sort(Comparator
        .comparing((Article a) -> a.published() == null ? LocalDate.MAX : a.published().date())
        .thenComparingLong(Article::order));
    List<Map<Long, List<Integer>>> bands = new ArrayList<>();
    for (int b = 0; b < BANDS; b++) {
      bands.add(new HashMap<>());
    }
    List<long[]> shingles = new ArrayList<>();
    Map<String, String> duplicateOf = new LinkedHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      long[] s = Shingles.of(ordered.get(i).body());
      shingles.add(s);
      long[] sig = minHash.signature(s);
      long[] keys = new long[BANDS];
      for (int b = 0; b < BANDS; b++) {
        keys[b] = bandKey(b, Arrays.copyOfRange(sig, b * ROWS, (b + 1) * ROWS));
      }
      if (s.length >= MIN_SHINGLES) {
        int match = -1;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int b = 0; b < BANDS && match < 0; b++) {
          for (int j : bands.get(b).getOrDefault(keys[b], List.of())) {
            if (seen.add(j) && similar(s, shingles.get(j))) {
              match = j;
              break;
            }
          }
        }
        if (match >= 0) {
          String original = ordered.get(match).id();
          duplicateOf.put(ordered.get(i).id(), duplicateOf.getOrDefault(original, original));
        }
      }
      for (int b = 0; b < BANDS; b++) {
        bands.get(b).computeIfAbsent(keys[b], k -> new ArrayList<>()).add(i);
      }
    }
    return duplicateOf;
  }

  static boolean similar(long[] a, long[] b) {
    if (a.length < MIN_SHINGLES || b.length < MIN_SHINGLES) {
      return false;
    }
    int common = Shingles.common(a, b);
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

package org.parallax.text;

/**
 * Levenshtein distance between two words, for telling spellings of one name apart from two
 * names ("Kowalski"/"Kowalska", "Sergey"/"Sergei").
 */
public final class EditDistance {
  private EditDistance() {}

  /** Insertions, deletions and substitutions turning {@code a} into {@code b}, at most {@code cap}. */
  public static int of(String a, String b, int cap) {
    if (Math.abs(a.length() - b.length()) >= cap) {
      return cap;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1),
            prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(cap, prev[b.length()]);
  }
}

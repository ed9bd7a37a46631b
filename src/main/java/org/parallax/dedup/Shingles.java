package org.parallax.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Word shingles of a text as sorted, distinct 64-bit hashes. Words are case- and
 * punctuation-folded, so a copy that only changes quote marks or capitalization still matches.
 */
final class Shingles {
  static final int WORDS = 4;

  private Shingles() {}

  static long[] of(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(Character.toLowerCase(c));
      } else if (!w.isEmpty()) {
        words.add(w.toString());
        w.setLength(0);
      }
    }
    if (words.size() < WORDS) {
      return words.isEmpty() ? new long[0]
          : new long[] {hash(String.join(" ", words).toLowerCase(Locale.ROOT))};
    }
    long[] out = new long[words.size() - WORDS + 1];
    for (int i = 0; i < out.length; i++) {
      long h = 1125899906842597L;
      for (int k = 0; k < WORDS; k++) {
        h = 31 * h + hash(words.get(i + k));
      }
      out[i] = MinHash.mix(h);
    }
    Arrays.sort(out);
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[n++] = out[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static long hash(String s) {
    long h = 1125899906842597L;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return h;
  }
}

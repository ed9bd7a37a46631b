package org.parallax.cluster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Capitalized words that name people, places and organizations, the signal that separates two
 * events of the same kind (two shootings differ in the town, the street and the victim). A word
 * counts when it is capitalized inside a sentence, or opens a sentence and is capitalized inside
 * one elsewhere in the text.
 */
final class Names {
  private static final Set<String> NOT_NAMES = Set.of(("the a an and but or if in on at of for to "
      + "by with from as he she it they we i you his her its their our this that these those there "
      + "here when where while after before monday tuesday wednesday thursday friday saturday sunday "
      + "january february march april may june july august september october november december "
      + "mr mrs ms dr sen rep gov gen lt sgt st jan feb mar apr jun jul aug sep sept oct nov dec "
      + "police officials authorities president minister government city county state news "
      + "according said says photo video read more update updated").split(" "));

  private Names() {}

  static Map<String, Integer> count(String text) {
    Map<String, Integer> inside = new HashMap<>();
    Map<String, Integer> openers = new HashMap<>();
    int n = text.length();
    int i = 0;
    boolean sentenceStart = true;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '“'
            || c == '«' || c == '—') {
          // "U.S." and "St." do not end sentences often enough to matter here.
          sentenceStart = true;
        }
        i++;
        continue;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\''
          || text.charAt(i) == '’' || text.charAt(i) == '-')) {
        i++;
      }
      String word = text.substring(start, i);
      if (Character.isUpperCase(word.charAt(0)) && word.length() >= 2) {
        String key = Terms.stem(word.toLowerCase(Locale.ROOT).replace('’', '\''));
        if (!NOT_NAMES.contains(key) && !isAllCapsShort(word)) {
          (sentenceStart ? openers : inside).merge(key, 1, Integer::sum);
        } else if (isAllCapsShort(word) && word.length() >= 2 && !NOT_NAMES.contains(key)) {
          inside.merge(key, 1, Integer::sum);
        }
      }
      sentenceStart = false;
    }
    Set<String> known = new HashSet<>(inside.keySet());
    for (Map.Entry<String, Integer> e : openers.entrySet()) {
      if (known.contains(e.getKey())) {
        inside.merge(e.getKey(), e.getValue(), Integer::sum);
      }
    }
    return inside;
  }

  /** Acronyms (FBI, NATO) are names even when the sentence starts with them. */
  private static boolean isAllCapsShort(String w) {
    if (w.length() > 6) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      if (!Character.isUpperCase(w.charAt(k)) && !Character.isDigit(w.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}

package org.parallax.cluster;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Bag of content words of a text, for lexical similarity. */
final class Terms {
  private static final Set<String> STOP = Set.of(("a about above after again against all also am an "
      + "and any are as at be because been before being below between both but by can could did do "
      + "does doing down during each few for from further had has have having he her here hers "
      + "herself him himself his how i if in into is it its itself just me more most my myself no "
      + "nor not now of off on once only or other our ours ourselves out over own same she should so "
      + "some such than that the their theirs them themselves then there these they this those "
      + "through to too under until up very was we were what when where which while who whom why "
      + "will with would you your yours yourself yourselves said says say told according "
      + "one two new year years last first people mr mrs ms dr per cent percent").split(" "));

  private Terms() {}

  /**
   * Lucene's English analysis (standard tokenizer, possessives, lower case, stop words, Porter
   * stemming), so "arrested" meets "arrest" and "fires" meets "fire".
   */
  static Map<String, Integer> countStemmed(String text) {
    Map<String, Integer> counts = new HashMap<>();
    try (org.apache.lucene.analysis.TokenStream ts = ANALYZER.get().tokenStream("body", text)) {
      org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
          ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (term.length() >= 2) {
          String t = term.toString();
          if (!STOP.contains(t)) {
            counts.merge(t, 1, Integer::sum);
          }
        }
      }
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("analysis of an in-memory string failed", e);
    }
    return counts;
  }

  /** Analyzers are thread-safe but hold per-thread state; one per thread avoids contention. */
  private static final ThreadLocal<org.apache.lucene.analysis.Analyzer> ANALYZER =
      ThreadLocal.withInitial(org.apache.lucene.analysis.en.EnglishAnalyzer::new);

  static Map<String, Integer> count(String text) {
    Map<String, Integer> counts = new HashMap<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && (Character.isLetterOrDigit(text.charAt(i))
          || (text.charAt(i) == '\'' && i + 1 < n && Character.isLetter(text.charAt(i + 1))))) {
        i++;
      }
      if (i > start) {
        String term = stem(text.substring(start, i).toLowerCase(Locale.ROOT));
        if (term.length() >= 2 && !STOP.contains(term)) {
          counts.merge(term, 1, Integer::sum);
        }
      }
    }
    return counts;
  }

  /** A light plural/possessive stripper: enough to match "firefighters" with "firefighter". */
  static String stem(String w) {
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}

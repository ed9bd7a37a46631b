package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parallax.attribution.Quote;

/**
 * Cuts an article body into statement units: sentences, each a quote's sentence when it lies in
 * a quote's content (long quotes thus become one unit a sentence), otherwise a claim.
 */
public final class Units {
  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep",
      "gov", "gen", "st", "jr", "sr", "prof", "no", "vs", "inc", "corp", "co", "ltd", "jan",
      "feb", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m");
  private static final int MIN_WORDS = 4;
  private static final int MIN_QUOTE_WORDS = 3;
  private static final java.util.regex.Pattern QUOTED =
      java.util.regex.Pattern.compile("[\"“«„]([^\"“”«»„\n]{6,}?)[\"”»“]");
  /** "By Dávid Orosz | 12 March 2025, 08:45 CET": a byline is nobody's statement. */
  private static final java.util.regex.Pattern BYLINE = java.util.regex.Pattern.compile(
      "^By\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*(?:[|·,—–-]|$)");

  private Units() {}

  public static List<Unit> of(String article, String body, List<Quote> quotes) {
    List<Unit> out = new ArrayList<>();
    for (int[] s : sentences(body)) {
      while (s[0] < s[1] && Character.isWhitespace(body.charAt(s[0]))) {
        s[0]++;
      }
      while (s[1] > s[0] && Character.isWhitespace(body.charAt(s[1] - 1))) {
        s[1]--;
      }
      String text = body.substring(s[0], s[1]).strip();
      if (text.split("\\s+").length < MIN_WORDS || BYLINE.matcher(text).find()) {
        continue;
      }
      Quote owner = null;
      int overlap = 0;
      for (Quote q : quotes) {
        int o = Math.min(q.end(), s[1]) - Math.max(q.start(), s[0]);
        if (o > overlap) {
          overlap = o;
          owner = q;
        }
      }
      // A sentence mostly inside a quote's content is that quote's; so is a short direct quote
      // set in a sentence ("called the repairs “a race against winter”"), which is what other
      // outlets may quote in full. The rest is a claim.
      boolean quote = owner != null && overlap * 2 >= (s[1] - s[0]);
      int from = s[0];
      int to = s[1];
      java.util.regex.Matcher marks = QUOTED.matcher(body).region(s[0], s[1]);
      if (owner != null && !quote && marks.find()
          && marks.group(1).strip().split("\\s+").length >= MIN_QUOTE_WORDS) {
        quote = true;
        from = marks.start(1);
        to = marks.end(1);
        text = clean(body.substring(from, to));
      } else if (quote) {
        from = Math.max(from, owner.start());
        to = Math.min(to, owner.end());
        text = clean(body.substring(from, to));
        if (text.split("\\s+").length < MIN_QUOTE_WORDS) {
          continue;
        }
      }
      out.add(new Unit(article, out.size(), text, from, to, quote,
          quote ? owner.speaker() : null));
    }
    return out;
  }

  private static String clean(String s) {
    String edge = "\"“”«»„‘’‹›'—–-,:; \n\t\u00a0";
    int a = 0;
    int b = s.length();
    while (a < b && edge.indexOf(s.charAt(a)) >= 0) {
      a++;
    }
    while (b > a && edge.indexOf(s.charAt(b - 1)) >= 0) {
      b--;
    }
    return s.substring(a, b).replaceAll("\\s+", " ");
  }

  /** Sentence spans: a terminal mark (and closing quotes) before a capital, digit or quote. */
  static List<int[]> sentences(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean paragraph = c == '\n' && i + 1 < n && text.charAt(i + 1) == '\n';
      boolean terminal = c == '.' || c == '!' || c == '?';
      if (!paragraph && !terminal) {
        continue;
      }
      int end = i + 1;
      if (terminal) {
        while (end < n && "\"”’»)".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        int next = end;
        while (next < n && text.charAt(next) == ' ') {
          next++;
        }
        if (next < n && next == end && text.charAt(next) != '\n') {
          continue; // "3.5", "U.S.A"
        }
        if (next < n && !(Character.isUpperCase(text.charAt(next))
            || Character.isDigit(text.charAt(next)) || "\"“«‘—–\n".indexOf(text.charAt(next)) >= 0)) {
          continue;
        }
        if (c == '.' && abbreviation(text, i)) {
          continue;
        }
      }
      if (end - start > 1 && !text.substring(start, end).isBlank()) {
        out.add(new int[] {start, end});
      }
      start = end;
    }
    if (start < n && !text.substring(start).isBlank()) {
      out.add(new int[] {start, n});
    }
    return out;
  }

  private static boolean abbreviation(String text, int dot) {
    int k = dot;
    while (k > 0 && (Character.isLetter(text.charAt(k - 1)) || text.charAt(k - 1) == '.')) {
      k--;
    }
    String w = text.substring(k, dot).toLowerCase(java.util.Locale.ROOT);
    return ABBREVIATIONS.contains(w) || (w.length() == 1 && Character.isLetter(w.charAt(0)));
  }
}

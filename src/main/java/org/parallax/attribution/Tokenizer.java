package org.parallax.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into paragraphs of tokens with character offsets, sentence numbers and quotation
 * state: the units the attribution tagger labels. Paragraphs are the tagger's sequences because
 * attributions almost never cross a paragraph break (9 of 2,192 PolNeAR dev contents do), while
 * a multi-sentence quotation inside one paragraph is common.
 */
final class Tokenizer {
  static final String OPEN_QUOTES = "\"“«„‘‹";
  /** Also opens a line: reader comments typed on phones often open with a closing mark. */
  private static final String LINE_OPENERS = OPEN_QUOTES + "”";
  static final String CLOSE_QUOTES = "\"”»“’›";

  /** The sentence splitter's list, and dotted forms it reads by what follows them. */
  private static final Set<String> ABBREVIATIONS = union(
      org.parallax.text.Sentences.ABBREVIATIONS, Set.of("u.k", "a.m", "p.m", "e.g", "i.e"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /** One paragraph: parallel arrays over its tokens. */
  static final class Paragraph {
    final String text;
    final int[] start;
    final int[] end;
    final int[] sentence;
    /** 0 outside quotation marks, 1 inside, 2 an opening mark, 3 a closing mark. */
    final byte[] quote;
    final int size;
    /** Part-of-speech tags, computed once on first use by {@link PartsOfSpeech#tag}. */
    byte[] tags;
    /** Dependency parse, computed once on first use by {@link Syntax#of}. */
    Syntax.Parse parse;

    Paragraph(String text, int[] start, int[] end, int[] sentence, byte[] quote) {
      this.text = text;
      this.start = start;
      this.end = end;
      this.sentence = sentence;
      this.quote = quote;
      this.size = start.length;
    }

    private String[] words;

    // (the repairs ask for the same words many times over: each is cut from the text once)
    String word(int i) {
      if (words == null) {
        words = new String[size];
      }
      String w = words[i];
      if (w == null) {
        w = text.substring(start[i], end[i]);
        words[i] = w;
      }
      return w;
    }
  }

  private Tokenizer() {}

  static List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      int lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      // Wrapped plain text keeps a paragraph together across single line breaks.
      int end = lineEnd;
      while (end < n) {
        int next = text.indexOf('\n', end + 1);
        int nextEnd = next < 0 ? n : next;
        if (text.substring(end + 1, nextEnd).isBlank() || startsNewBlock(text, end + 1)) {
          break;
        }
        end = nextEnd;
      }
      Paragraph p = tokens(text, i, end);
      if (p.size > 0) {
        out.add(p);
      }
      i = end + 1;
    }
    return out;
  }

  /** A line that begins with a quotation mark or a dash opens a new unit of speech. */
  private static boolean startsNewBlock(String text, int from) {
    int k = from;
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k++;
    }
    if (k < text.length() && k > from) {
      return true; // indented: a new paragraph in most plain-text layouts
    }
    return k < text.length() && (LINE_OPENERS.indexOf(text.charAt(k)) >= 0
        || text.charAt(k) == '—' || text.charAt(k) == '–' || text.charAt(k) == '-'
        || text.charAt(k) == '\'');
  }

  private static Paragraph tokens(String text, int from, int to) {
    IntList starts = new IntList();
    IntList ends = new IntList();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        i++;
        continue;
      }
      int j = i;
      if (Character.isLetterOrDigit(c)) {
        j = word(text, i, to);
        // Possessive and negative clitics are their own tokens: a source ends before "’s".
        int clitic = clitic(text, i, j);
        if (clitic > i) {
          starts.add(i);
          ends.add(clitic);
          i = clitic;
        }
      } else if (c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'') {
        j = i + 2; // doubled apostrophes used as a quotation mark
      } else {
        j = i + Character.charCount(text.codePointAt(i));
      }
      starts.add(i);
      ends.add(j);
      i = j;
    }
    int size = starts.size();
    int[] start = starts.toArray();
    int[] end = ends.toArray();
    int[] sentence = new int[size];
    byte[] quote = new byte[size];
    int s = 0;
    boolean inside = false;
    char openedWith = 0;
    for (int k = 0; k < size; k++) {
      sentence[k] = s;
      char c = text.charAt(start[k]);
      int len = end[k] - start[k];
      boolean doubled = len == 2 && c == '\'' && text.charAt(start[k] + 1) == '\'';
      if (len == 1 || doubled) {
        boolean spaceBefore = start[k] == from || Character.isWhitespace(text.charAt(start[k] - 1))
            || "([—–-".indexOf(text.charAt(start[k] - 1)) >= 0;
        // A closing mark that opens the paragraph and touches a word ("”Fear. I am …") is
        // a mistyped opening one.
        boolean backwards = c == '”' && k == 0 && k + 1 < size && start[k + 1] == end[k];
        if (!inside && (c == '"' || c == '“' || c == '«' || c == '„' || c == '‹' || doubled
            || backwards || ((c == '‘' || c == '\'') && spaceBefore))) {
          inside = true;
          openedWith = doubled ? '2' : backwards ? '“' : c;
          quote[k] = 2;
          continue;
        }
        if (inside && closes(openedWith, c, doubled)) {
          inside = false;
          quote[k] = 3;
          if (k > 0 && isTerminal(text.charAt(start[k - 1])) && k + 1 < size
              && Character.isUpperCase(text.charAt(start[k + 1]))) {
            s++;
          }
          continue;
        }
      }
      quote[k] = (byte) (inside ? 1 : 0);
      if (len == 1 && isTerminal(c) && k + 1 < size && !abbreviation(text, start, end, k)) {
        char next = text.charAt(start[k + 1]);
        // "…, disagreed. 'The council is at fault,' he told": a straight apostrophe before a
        // capital after a stop opens a quotation, so a new sentence
        boolean apostropheOpens = next == '\'' && !inside && k + 2 < size
            && start[k + 1] > end[k] && end[k + 1] == start[k + 2]
            && Character.isUpperCase(text.charAt(start[k + 2]));
        if (Character.isUpperCase(next) || Character.isDigit(next)
            || (OPEN_QUOTES.indexOf(next) >= 0 && !inside) || apostropheOpens) {
          s++;
        }
      } else if (k + 2 < size && !inside && len > 1 && text.charAt(end[k] - 1) == '.'
          && OPEN_QUOTES.indexOf(text.charAt(start[k + 1])) >= 0
          && Character.isUpperCase(text.charAt(start[k + 2]))
          && SENTENCE_FINAL_ABBREVIATIONS.contains(
              text.substring(start[k], end[k] - 1).toLowerCase(Locale.ROOT))) {
        s++; // "… announced the result at 4.47 a.m. “Nobody enjoys …": a new quotation opens
      }
    }
    definedTerms(text, start, end, quote);
    return new Paragraph(text, start, end, sentence, quote);
  }

  /**
   * 'Halvern Holdings plc ("Halvern" or "the Company")', '(the "Offer")': a release's defined
   * terms are names in quotation marks inside parentheses, not anyone's words.
   */
  private static void definedTerms(String text, int[] start, int[] end, byte[] quote) {
    int size = quote.length;
    for (int k = 1; k < size; k++) {
      if (quote[k] != 2) {
        continue;
      }
      int c = k + 1;
      while (c < size && c <= k + 5 && quote[c] == 1) {
        c++;
      }
      if (c >= size || quote[c] != 3 || c + 1 >= size) {
        continue;
      }
      // an open parenthesis just before ("(", "(the", "(or"), and ")" or "or" just after
      int open = k - 1;
      while (open > 0 && open >= k - 3 && text.charAt(start[open]) != '('
          && text.charAt(start[open]) != ')') {
        open--;
      }
      String after = text.substring(start[c + 1], end[c + 1]);
      if (text.charAt(start[open]) == '(' && (after.equals(")") || after.equals("or")
          || after.equals(","))) {
        for (int i = k; i <= c; i++) {
          quote[i] = 0;
        }
      }
    }
  }

  private static boolean closes(char opened, char c, boolean doubled) {
    return switch (opened) {
      case '2' -> doubled;
      case '"' -> c == '"';
      case '“', '„' -> c == '”' || c == '“' || c == '"';
      case '«' -> c == '»';
      case '‹' -> c == '›';
      case '‘', '\'' -> c == '’' || c == '\'';
      default -> false;
    };
  }

  /** Abbreviations that often end a sentence ("at 4.47 a.m.", "in the U.S.", "Holdings Inc."). */
  private static final Set<String> SENTENCE_FINAL_ABBREVIATIONS = Set.of("a.m", "p.m", "u.s",
      "u.k", "inc", "ltd", "co", "corp", "jr", "sr", "etc");

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean abbreviation(String text, int[] start, int[] end, int k) {
    if (text.charAt(start[k]) != '.' || k == 0 || end[k - 1] != start[k]) {
      return false;
    }
    String prev = text.substring(start[k - 1], end[k - 1]).toLowerCase(Locale.ROOT);
    return ABBREVIATIONS.contains(prev) || (prev.length() == 1 && Character.isLetter(prev.charAt(0))
        && Character.isUpperCase(text.charAt(start[k - 1])));
  }

  private static int word(String text, int i, int to) {
    int j = i;
    while (j < to) {
      char c = text.charAt(j);
      if (Character.isLetterOrDigit(c)) {
        j++;
      } else if ((c == '.' || c == ',' || c == '\'' || c == '’' || c == '-' || c == '&')
          && j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))
          && (c != ',' || Character.isDigit(text.charAt(j - 1)))) {
        j += 2;
      } else {
        break;
      }
    }
    // "U.S." keeps its final period; a sentence-final period is its own token.
    if (j < to && text.charAt(j) == '.' && j - i >= 3 && text.charAt(j - 2) == '.') {
      j++;
    }
    return j;
  }

  /** Index where a trailing "'s" or "n't" starts, or {@code i} when the word has none. */
  private static int clitic(String text, int i, int j) {
    if (j - i > 2 && (text.charAt(j - 2) == '\'' || text.charAt(j - 2) == '’')
        && (text.charAt(j - 1) == 's' || text.charAt(j - 1) == 'S')) {
      return j - 2;
    }
    if (j - i > 3 && (text.charAt(j - 2) == '\'' || text.charAt(j - 2) == '’')
        && text.charAt(j - 1) == 't' && text.charAt(j - 3) == 'n') {
      return j - 3;
    }
    return i;
  }

  static final class IntList {
    private int[] a = new int[64];
    private int n;

    void add(int v) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int size() {
      return n;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, n);
    }
  }
}

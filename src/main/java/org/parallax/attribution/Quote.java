package org.parallax.attribution;

/**
 * One attributed statement of an article, ready to report.
 *
 * @param speaker the canonical person or body, the source as written when it names no entity
 *     ("the documents"), or null when the text gives no recoverable speaker
 * @param source the source as written, or null
 * @param text the content, quotation marks stripped; pieces of a quote split by its cue are
 *     joined with " … "
 * @param kind {@code direct} (in quotation marks or dash speech) or {@code indirect}
 * @param start character offset of the content's first piece in the article body
 * @param end character offset just past the content's last piece
 * @param pieces the content's pieces in the body, in order: a quote split by its cue has two, and
 *     the cue lies between them, so a reader of {@code start..end} alone would take the cue for
 *     quoted words
 */
public record Quote(String speaker, String source, String text, String kind, String cue,
    int start, int end, java.util.List<Span> pieces) {
  public Quote {
    pieces = pieces == null || pieces.isEmpty() ? java.util.List.of(new Span(start, end))
        : java.util.List.copyOf(pieces);
  }

  /** Quoted text as a reader wants it: quotation marks and dangling punctuation stripped. */
  public static String clean(String raw) {
    int from = 0;
    int to = raw.length();
    while (from < to && EDGE.indexOf(raw.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && EDGE.indexOf(raw.charAt(to - 1)) >= 0) {
      to--;
    }
    String out = raw.substring(from, to);
    if (out.startsWith("''")) {
      out = out.substring(2);
    }
    out = out.strip().replaceAll("\\s+", " ");
    // "the deal was “expensive but fair”.": the content ends inside the marks it quotes, and the
    // reader should see them closed.
    if (count(out, '«') > count(out, '»')) {
      out = out + "»";
    } else if (count(out, '‹') > count(out, '›')) {
      out = out + "›";
    } else if (count(out, '„') > 0 && count(out, '„') > count(out, '“') + count(out, '”')) {
      out = out + "“";
    } else if (count(out, '“') > count(out, '”') && count(out, '„') == 0) {
      out = out + "”";
    } else if (count(out, '"') % 2 == 1 && out.lastIndexOf('"') > 0) {
      out = out + "\"";
    } else if (out.split("''", -1).length % 2 == 0 && out.lastIndexOf("''") > 0) {
      out = out + "''"; // "had been ''the hardest of my life''."
    } else if (opened(out, '\'', '\'') || opened(out, '‘', '’')) {
      out = out + (out.indexOf('‘') >= 0 ? "’" : "'"); // "was 'bitterly disappointed'"
    }
    return out;
  }

  /**
   * More single marks opening a quotation (after a space, before a word) than closing one (after
   * a word, before a space or punctuation) in {@code s}; an apostrophe inside a word is neither.
   */
  private static boolean opened(String s, char open, char close) {
    int opens = 0;
    int closes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean spaceBefore = i == 0 || Character.isWhitespace(s.charAt(i - 1));
      boolean wordAfter = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
      if (c == open && spaceBefore && wordAfter && i > 0) {
        opens++;
      } else if (c == close && !spaceBefore && !wordAfter) {
        closes++;
      }
    }
    return opens > closes;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  private static final String EDGE = "\"“”«»„‘’‹›'—–-,:; \n\t\u00a0";

  public Quote withSpeaker(String canonical) {
    return new Quote(canonical, source, text, kind, cue, start, end, pieces);
  }
}

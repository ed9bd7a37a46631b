package org.parallax.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.attribution.Quote;
import org.parallax.attribution.Span;

/**
 * Cuts an article body into statement units: sentences, each a quote's sentence when it lies in
 * a quote's content (long quotes thus become one unit a sentence), otherwise a claim.
 */
public final class Units {
  private static final int MIN_WORDS = 4;
  private static final int MIN_QUOTE_WORDS = 3;
  private static final Pattern QUOTED =
      Pattern.compile("[\"“«„]([^\"“”«»„\n]{6,}?)[\"”»“]");
  private static final Pattern QUESTION_LABEL = Pattern.compile(
      "(?m)^(?:Q|Question|([\\p{Lu}][\\p{L}.&'’-]*(?: [\\p{Lu}][\\p{L}.&'’-]*){0,3}))\\s*[:.]\\s");

  /** The paragraphs the interviewer opens: "Q: …", or the outlet's own name and a colon. */
  private static List<int[]> questions(String body, String outlet) {
    List<int[]> out = new ArrayList<>();
    Matcher m = QUESTION_LABEL.matcher(body);
    while (m.find()) {
      String label = m.group(1);
      if (label != null && (outlet == null || !outlet.startsWith(label) || label.length() < 3)) {
        continue;
      }
      if (label == null && body.charAt(m.end() - 2) == '.' && !body.startsWith("Q.", m.start())) {
        continue;
      }
      int end = body.indexOf("\n\n", m.end());
      out.add(new int[] {m.start(), end < 0 ? body.length() : end});
    }
    return out;
  }

  private static boolean inside(int[] s, List<int[]> spans) {
    for (int[] q : spans) {
      if (s[0] >= q[0] && s[1] <= q[1]) {
        return true;
      }
    }
    return false;
  }

  /** "By Dávid Orosz | 12 March 2025, 08:45 CET": a byline is nobody's statement. */
  private static final Pattern BYLINE = Pattern.compile(
      "^By\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\s*(?:[|·,—–-]|$)");

  /** What follows a cue: ", and ordered …", its leading comma and conjunction left out. */
  private static final Pattern TAIL = Pattern.compile(
      "^[\\s,;]*(?:and|but|while)\\s+(\\p{L}[^\\n]*?)[\\s.!?]*$");

  /** Where and when it was said ("in an interview with the channel SVN", "on Tuesday"). */
  private static final Pattern CIRCUMSTANCE = Pattern.compile(
      "(?i)\\b(?:" + org.parallax.attribution.Attributions.SAID_WHERE + "\\b[^,.;]*"
          + "|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))");
  private static final Pattern RELATIVE_ASIDE =
      Pattern.compile(",\\s*(?:who|whose|which)\\b[^,;\"“”]*,");
  private static final Pattern AND_THAT =
      Pattern.compile(",? and (that )");
  private static final Pattern AND_TO =
      Pattern.compile(",? and (to )");
  private static final Pattern AND_SUBJECT =
      Pattern.compile(", and ((?:I|we|he|she|they)\\s)");

  private Units() {}

  /**
   * Whether a sentence is a quote's words plus only its attribution ("We kept every line,”
   * Halvorsen told a news conference in the capital.", "The director of the authority, Petar
   * Ivanov, said there was no danger."): a long cue clause may outweigh a short quoted sentence,
   * which is still that speaker's statement, not the writer's claim.
   */
  private static boolean attributionTail(String body, int[] s, Quote owner, int overlap) {
    if (owner.cue() == null || overlap == 0) {
      return false;
    }
    StringBuilder rest = new StringBuilder();
    int at = s[0];
    for (Span piece : owner.pieces()) {
      int a = Math.max(s[0], piece.start());
      int b = Math.min(s[1], piece.end());
      if (b > a) {
        rest.append(body, at, Math.max(at, a)).append(' ');
        at = Math.max(at, b);
      }
    }
    rest.append(body, Math.min(at, s[1]), s[1]);
    String outside = rest.toString().strip();
    if (owner.kind().equals("indirect")) {
      // Reported speech: nothing but its source and cue around it ("Construction is due in
      // 2026, and the government hopes to see …" holds a claim of the writer's too).
      // "Omar Feld, who first spotted the files on a forum, said …": a relative clause about the
      // source describes who speaks; it claims nothing of the writer's.
      String left = RELATIVE_ASIDE.matcher(outside).replaceAll(" ");
      if (owner.source() != null) {
        left = left.replace(owner.source(), " ");
      }
      if (owner.speaker() != null) {
        left = left.replace(owner.speaker(), " ");
      }
      left = CIRCUMSTANCE.matcher(left.replace(owner.cue(), " ")).replaceAll(" ")
          .replaceAll("[^\\p{L}\\s]", " ").strip();
      if (!left.isEmpty() && left.split("\\s+").length > 2) {
        return false;
      }
    }
    // A long source ("Sokol, a 51-year-old economist who ran the central bank for six years")
    // is who speaks, not a claim of the writer's beside the quote.
    String beside = owner.source() == null ? outside : outside.replace(owner.source(), " ");
    return CIRCUMSTANCE.matcher(RELATIVE_ASIDE.matcher(beside).replaceAll(" ")).replaceAll(" ")
        .strip().split("\\s+").length <= 14
        && outside.toLowerCase(java.util.Locale.ROOT).contains(
            owner.cue().toLowerCase(java.util.Locale.ROOT));
  }

  private static final Pattern RELAY_TAIL = Pattern.compile(
      ",\\s*(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,4}\\p{Lu}[\\p{L}.-]*\\s+(?:reported|said"
      + "|wrote|quoted)\\s*[.!]?\\s*$");

  /**
   * "Rui Matos estimated the cost at 12 million euros and said the ships would be unloaded
   * within a week.": one speaker's two reported statements in a sentence that holds nothing
   * else but their source, cues and a conjunction are two of that speaker's units, each what
   * other outlets may render alone. Empty when the sentence is not so made.
   */
  private static List<Quote> severalStatements(String body, int[] s, List<Quote> quotes) {
    List<Quote> inside = new ArrayList<>();
    for (Quote q : quotes) {
      if (q.pieces().stream().allMatch(x -> x.start() >= s[0] && x.end() <= s[1])) {
        inside.add(q);
      }
    }
    // (Another speaker's aside too: "She defended the system, which critics say was rushed,
    // noting that it had been tested in 40 schools" is her two statements and the critics'.)
    if (inside.size() < 2 || inside.stream().anyMatch(q -> q.speaker() == null
        || q.cue() == null)) {
      return List.of();
    }
    java.util.Map<String, Integer> bySpeaker = new java.util.HashMap<>();
    inside.forEach(q -> bySpeaker.merge(q.speaker(), 1, Integer::sum));
    if (bySpeaker.values().stream().noneMatch(c -> c >= 2)) {
      return List.of();
    }
    char[] rest = body.substring(s[0], s[1]).toCharArray();
    for (Quote q : inside) {
      for (Span c : q.pieces()) {
        for (int i = Math.max(0, c.start() - s[0]); i < Math.min(rest.length, c.end() - s[0]);
            i++) {
          rest[i] = ' ';
        }
      }
    }
    String left = new String(rest);
    for (Quote q : inside) {
      if (q.source() != null) {
        left = left.replace(q.source(), " ");
      }
      left = left.replace(q.cue(), " ");
    }
    // "…, the operator said in a statement, adding that …": where it was said is no claim.
    left = CIRCUMSTANCE.matcher(left).replaceAll(" ");
    // "'…,' Maquin stressed, adding that …, the Bulletin reported.": the outlet relaying them
    // makes no claim of its own.
    left = RELAY_TAIL.matcher(left).replaceAll(" ");
    left = left.replaceAll("[^\\p{L}\\s]", " ").replaceAll("\\b(?:and|but|while|also|then)\\b", " ")
        .strip();
    if (!left.isEmpty() && left.split("\\s+").length > 2) {
      return List.of();
    }
    // "“…,” Maquin stressed, adding that …, the Bulletin reported": the outlet's report holds
    // the speaker's two statements, which are the units; it is none of its own.
    List<Quote> own = new ArrayList<>();
    for (Quote q : inside) {
      boolean holds = false;
      for (Quote o : inside) {
        holds |= o != q && o.start() >= q.start() && o.end() <= q.end()
            && q.end() - q.start() > o.end() - o.start();
      }
      if (!holds) {
        own.add(q);
      }
    }
    return own.size() >= 2 ? own : List.of();
  }

  /** The words of the quote's content inside the sentence. */
  private static int contentWords(String body, int[] s, Quote owner) {
    int words = 0;
    for (Span piece : owner.pieces()) {
      int a = Math.max(s[0], piece.start());
      int b = Math.min(s[1], piece.end());
      if (b > a) {
        words += body.substring(a, b).strip().split("\\s+").length;
      }
    }
    return words;
  }

  /**
   * "promised to \"clean up the institutions\" and to hold a referendum within two years": the
   * quoted phrases are one unit, and a reported clause joined to them with no quoted words of its
   * own is another, which other outlets may report alone.
   */
  private static void unquotedClause(String article, String body, int[] s, Quote owner,
      List<Unit> out) {
    if (!owner.kind().equals("indirect") || owner.pieces().isEmpty()) {
      return;
    }
    int a = Math.max(s[0], owner.pieces().get(0).start());
    int b = Math.min(s[1], owner.pieces().get(owner.pieces().size() - 1).end());
    if (b <= a) {
      return;
    }
    String content = body.substring(a, b);
    Matcher and = (content.startsWith("to ") ? AND_TO : AND_THAT)
        .matcher(content);
    if (!and.find() || and.start() < 20 || content.length() - and.end() < 20) {
      return;
    }
    String second = content.substring(and.start(1));
    if (QUOTED.matcher(second).find() || second.indexOf('"') >= 0 || second.indexOf('“') >= 0) {
      return;
    }
    String t = Quote.clean(second);
    if (t.split("\\s+").length >= MIN_QUOTE_WORDS) {
      out.add(new Unit(article, out.size(), t, a + and.start(1), b, true, owner.speaker()));
    }
  }

  public static List<Unit> of(String article, String body, List<Quote> quotes) {
    return of(article, body, quotes, null);
  }

  /**
   * As {@link #of(String, String, List)}, for a report by {@code outlet} (or null): in an
   * interview it runs, the lines it opens with its own name ("Osland Finance: Will there be
   * another increase?"), as those opening "Q:", are the interviewer's questions, no statements.
   */
  public static List<Unit> of(String article, String body, List<Quote> quotes, String outlet) {
    List<Unit> out = new ArrayList<>();
    List<int[]> asked = questions(body, outlet);
    for (int[] s : org.parallax.text.Sentences.spans(body)) {
      while (s[0] < s[1] && Character.isWhitespace(body.charAt(s[0]))) {
        s[0]++;
      }
      while (s[1] > s[0] && Character.isWhitespace(body.charAt(s[1] - 1))) {
        s[1]--;
      }
      if (inside(s, asked)) {
        continue;
      }
      String text = body.substring(s[0], s[1]).strip();
      // Short sentences count only as quoted words ("Financing is guaranteed."), checked below.
      if (text.split("\\s+").length < MIN_QUOTE_WORDS || BYLINE.matcher(text).find()) {
        continue;
      }
      List<Quote> several = severalStatements(body, s, quotes);
      if (!several.isEmpty()) {
        for (Quote q : several) {
          int a = Math.max(s[0], q.pieces().stream().mapToInt(Span::start).min().orElseThrow());
          int b = Math.min(s[1], q.pieces().stream().mapToInt(Span::end).max().orElseThrow());
          String t = Quote.clean(body.substring(a, b));
          if (t.split("\\s+").length >= MIN_QUOTE_WORDS) {
            out.add(new Unit(article, out.size(), t, a, b, true, q.speaker()));
          }
        }
        continue;
      }
      Quote owner = null;
      int overlap = 0;
      for (Quote q : quotes) {
        int o = 0;
        for (Span piece : q.pieces()) {
          o += Math.max(0, Math.min(piece.end(), s[1]) - Math.max(piece.start(), s[0]));
        }
        if (o > overlap) {
          overlap = o;
          owner = q;
        }
      }
      // A sentence mostly inside a quote's content is that quote's; so is a short direct quote
      // set in a sentence ("called the repairs “a race against winter”"), which is what other
      // outlets may quote in full. The rest is a claim.
      boolean quote = owner != null && (overlap * 2 >= (s[1] - s[0])
          || attributionTail(body, s, owner, overlap));
      // "Engineers found three cracks in the dam on Monday, the water authority said, and
      // ordered the level lowered by two metres.": a reported clause opening a sentence that
      // goes on with the writer's report of an act is the speaker's statement, the act after
      // its cue a claim of its own.
      int tail = -1;
      if (!quote && owner != null && owner.kind().equals("indirect") && owner.cue() != null
          && overlap * 100 >= 35 * (s[1] - s[0])
          && owner.pieces().get(0).start() <= s[0] + 1) {
        int lastPiece = owner.pieces().get(owner.pieces().size() - 1).end();
        int cue = lastPiece < s[1] ? body.indexOf(owner.cue(), lastPiece) : -1;
        if (cue >= 0 && cue < s[1]) {
          quote = true;
          tail = cue + owner.cue().length();
        }
      }
      int from = s[0];
      int to = s[1];
      // An indirect quote's own words are its quoted phrases, joined as a quote's pieces are.
      Matcher marks = QUOTED.matcher(body).region(s[0], s[1]);
      List<String> phrases = new ArrayList<>();
      int phraseFrom = -1;
      int phraseTo = -1;
      if (owner != null && (!quote || owner.kind().equals("indirect"))) {
        while (marks.find()) {
          String t = Quote.clean(marks.group(1));
          if (!t.isEmpty()) {
            phrases.add(t);
            phraseFrom = phraseFrom < 0 ? marks.start(1) : phraseFrom;
            phraseTo = marks.end(1);
          }
        }
      }
      String joined = String.join(" … ", phrases);
      // "she would hold a referendum on the euro \"within two years\"": a few quoted words at
      // the edge of a reported clause leave the clause the statement.
      int phraseWords = joined.isEmpty() ? 0 : joined.split("\\s+").length;
      boolean minor = quote && owner.kind().equals("indirect") && phraseWords < 5
          && phraseWords * 10 < 4 * contentWords(body, s, owner);
      if (!phrases.isEmpty() && phraseWords >= MIN_QUOTE_WORDS && !minor) {
        quote = true;
        from = phraseFrom;
        to = phraseTo;
        text = joined;
        unquotedClause(article, body, s, owner, out);
      } else if (quote) {
        // Only the quoted pieces: "“…,” Varga said. “…”" cut at its sentences would otherwise
        // report "Varga said" as her words.
        List<String> pieces = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (Span piece : owner.pieces()) {
          int a = Math.max(s[0], piece.start());
          int b = Math.min(s[1], piece.end());
          String t = b > a ? Quote.clean(body.substring(a, b)) : "";
          if (!t.isEmpty()) {
            pieces.add(t);
            first = first < 0 ? a : first;
            last = b;
          }
        }
        if (pieces.isEmpty()) {
          continue;
        }
        from = first;
        to = last;
        text = String.join(" … ", pieces);
        if (text.split("\\s+").length < MIN_QUOTE_WORDS) {
          continue;
        }
      }
      if (!quote && text.split("\\s+").length < MIN_WORDS) {
        continue;
      }
      // "She said the modernisation would cost 2 billion kronor, and that no jobs would be
      // lost": two reported clauses, each what another outlet may report alone.
      // So are a quote's two clauses with subjects of their own ("Every decision I took is
      // documented, and I will help the prosecutors"), which a report may render apart.
      int base = quote ? body.indexOf(text, from) : -1;
      Matcher and = base >= 0 && base + text.length() <= to
          ? (!owner.kind().equals("indirect") ? AND_SUBJECT
              // "promised to clean up the institutions and to hold a referendum": two pledges
              : text.startsWith("to ") ? AND_TO : AND_THAT).matcher(text) : null;
      if (and != null && and.find() && and.start() >= 20 && text.length() - and.end() >= 20) {
        String first = text.substring(0, and.start());
        String second = text.substring(and.start(1));
        out.add(new Unit(article, out.size(), first, base, base + and.start(), true,
            owner.speaker()));
        out.add(new Unit(article, out.size(), second, base + and.start(1), base + text.length(),
            true, owner.speaker()));
        continue;
      }
      out.add(new Unit(article, out.size(), text, from, to, quote,
          quote ? owner.speaker() : null));
      if (tail >= 0) {
        // The act after the cue: ", and ordered the water level lowered by two metres."
        Matcher act = TAIL.matcher(body).region(tail, s[1]);
        if (act.find() && act.group(1).split("\\s+").length >= MIN_WORDS) {
          out.add(new Unit(article, out.size(), act.group(1), act.start(1), act.end(1), false,
              null));
        }
      }
    }
    return out;
  }
}

package org.parallax.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based attribution finder. Three shapes cover most news attribution:
 *
 * <ol>
 *   <li>content first: {@code "We will rebuild," the mayor said.} and {@code The plant will close,
 *       officials said Tuesday.};
 *   <li>source first: {@code The Post reports that the team avoided ...} and {@code Smith said:
 *       "..."};
 *   <li>{@code According to the police, ...}.
 * </ol>
 *
 * Each sentence yields at most one attribution; quotes split by their cue are one content.
 */
final class AttributionRules {
  private static final String CUE_WORDS = "said|says|say|told|tells|tell|added|adds|asked|asks|"
      + "insisted|insists|argued|argues|warned|warns|noted|notes|explained|explains|wrote|writes|"
      + "stated|states|reported|reports|announced|announces|claimed|claims|declared|declares|"
      + "confirmed|confirms|denied|denies|acknowledged|acknowledges|admitted|admits|suggested|"
      + "suggests|predicted|predicts|tweeted|tweets|testified|believes|believed|thinks|thought|"
      + "contended|contends|maintained|maintains|alleged|alleges|recalled|recalls|replied|"
      + "responded|continued|concluded|stressed|emphasized|pointed out|has learned|have learned|"
      + "complained|complains|agreed|agrees|vowed|vows|promised|promises|urged|urges|"
      + "estimated|estimates|expects|expected|hoped|hopes|fears|feared|knows|knew|"
      + "indicated|indicates|revealed|reveals|showed|shows|found|finds|concedes|conceded|"
      + "observed|remarked|assured|assures|predicted|joked|quipped|countered|cautioned|"
      + "called|calls|described|describes|think|believe|accused|accuses|criticized|criticizes|"
      + "endorsed|endorses|wants|want|urged|cited|cites|defended|defends|praised|praises|"
      + "proposed|proposes|argue|claim|suggest|insist|warn|acknowledge|admit|deny|announce|"
      + "saying|adding|telling|noting|arguing|calling|suggesting|explaining|insisting|warning|"
      + "declined|seemed|seems|appears|appeared|says|has said|have said|had said|"
      + "wrote in|said in a statement|told reporters|told CNN|told Fox News";
  /**
   * The same alternatives grouped by first letter ("a(?:dded|dds|…)|s(?:aid|ays|…)"): a regex
   * alternation tries its branches one by one at every position it is asked about, and the
   * source-first shape asks at every character of 90 before each cue word. Branches with
   * different first letters never match at one position, and each group keeps the order its
   * words had, so what matches is unchanged.
   */
  private static final String CUES = byFirstLetter(CUE_WORDS);

  static String byFirstLetter(String alternatives) {
    java.util.Map<Character, List<String>> groups = new java.util.LinkedHashMap<>();
    for (String a : alternatives.split("\\|")) {
      groups.computeIfAbsent(a.charAt(0), k -> new ArrayList<>()).add(a.substring(1));
    }
    StringBuilder out = new StringBuilder();
    groups.forEach((first, rests) -> {
      if (out.length() > 0) {
        out.append('|');
      }
      out.append(first).append("(?:").append(String.join("|", rests)).append(')');
    });
    return out.toString();
  }

  private static final String QUOTE_OPEN = "\"“«„‹‘'";
  private static final String QUOTE_CLOSE = "\"”»“›’'";
  private static final Pattern SENTENCE = Pattern.compile(
      "[^.!?\\n]+(?:[.!?]+[\"”’»)]*|\\n|$)");
  /** ", the mayor said." or ", said the mayor." at the end of a sentence. */
  private static final Pattern CONTENT_FIRST = Pattern.compile(
      "^(?<content>.+)(?:[,?!][\"”’»]?|[\"”’»],?)\\s+(?:(?<src>[\\p{L}\\p{N}'’.\\-() ]{1,70}?)\\s+"
          + "(?<cue>(?:" + CUES + ")(?:\\s+(?:on|in)\\s+\\w+)?)|(?<cue2>said|says|added|"
          + "asked|wrote|told|insisted)\\s+(?<src2>[\\p{L}\\p{N}'’.\\-() ]{1,70}?))"
          + "(?<tail>\\s+(?:on|in|at|last|this|late|early|during|after|before|Monday|Tuesday|"
          + "Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)[^,;]{0,40})?\\s*[.!?]?[\"”’]?\\s*$");
  private static final Pattern SOURCE_FIRST = Pattern.compile(
      "(?<src>(?:[\\p{L}\\p{N}'’.\\-()]+\\s+){0,8}?[\\p{L}\\p{N}'’.\\-()]+)\\s+"
          + "(?<cue>(?:(?:has|have|had|also|previously|later|then|again|repeatedly|publicly)\\s+)?"
          + "(?:" + CUES + "))\\b(?<rest>.*)$", Pattern.DOTALL);
  private static final Pattern ACCORDING = Pattern.compile(
      "(?i)^(?<pre>.*?)\\b(?<cue>according to)\\s+(?<src>[^,]{2,80}?)(?:,\\s*|\\s*$)(?<post>.*)$",
      Pattern.DOTALL);
  /** "Smith criticized the plan, saying it ..." : the subject speaks through a participle. */
  private static final Pattern PARTICIPLE = Pattern.compile(
      "^(?<src>(?:(?:The|A|An)\\s+)?(?:[\\p{Lu}][\\p{L}'’.\\-]*\\s+){0,4}[\\p{Lu}][\\p{L}'’.\\-]*|He|She|They|We|I)"
          + "\\s+(?!(?:" + CUES + ")\\b)[^,]*?.*?,\\s+(?<cue>saying|adding|noting|arguing|explaining|"
          + "insisting|warning|calling|suggesting|telling\\s+\\w+|writing|claiming|declaring)"
          + "\\b\\s*:?\\s*(?<rest>.+)$", Pattern.DOTALL);
  private static final Set<String> NOT_SOURCES = Set.of("that", "which", "this", "it", "there",
      "what", "and", "but", "as", "so");

  private AttributionRules() {}

  /**
   * A quotation in curly or straight double quotes, guillemets, German „…“ or single
   * guillemets, within one paragraph; {@link #paired} drops a German closing mark read as
   * anything else's.
   */
  private static final Pattern QUOTATION = Pattern.compile(
      "(?<open>[“\"«„‹])(?<body>[^“”\"«»„‹›\n]{12,2000}?)(?<close>[”\"»“›])");
  /** What follows a quotation when its speaker comes after it: ", the mayor said." */
  private static final Pattern BAR = Pattern.compile(
      "^[\\s\\u00a0]*(?<cue>―)[\\s\\u00a0]*(?<src>\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,4})");
  private static final Pattern AFTER = Pattern.compile(
      "^\\s*[,—–-]?\\s*(?:(?<src>[\\p{L}\\p{N}'’.\\- ]{1,60}?)\\s+(?<cue>" + CUES + ")|"
          + "(?<cue2>said|says|added|asked|wrote|told|insisted)\\s+(?<src2>[\\p{L}\\p{N}'’.\\- ]{1,60}?))"
          + "\\s*(?:[.,;]|$)");
  /** What precedes a quotation when its speaker comes first: "The mayor said:" */
  private static final Pattern BEFORE = Pattern.compile(
      "(?<src>(?:[\\p{L}\\p{N}'’.\\-()]+\\s+){0,5}?[\\p{L}\\p{N}'’.\\-()]+)(?:\\s+(?<cue>"
          + CUES + ")\\s*[:,]?|(?<colon>:))\\s*$");

  public static List<Attribution> find(String text) {
    List<Attribution> out = new ArrayList<>();
    java.util.BitSet covered = new java.util.BitSet();
    java.util.BitSet quoted = new java.util.BitSet();
    List<MatchResult> quotations = quotations(text);
    for (MatchResult q : quotations) {
      quoted.set(q.start("body"), q.end("body"));
    }
    for (MatchResult q : quotations) {
      Attribution a = quotation(text, q);
      if (a != null) {
        out.add(a);
        covered.set(Math.min(q.start(), a.cue().start()), Math.max(q.end(),
            a.source() == null ? a.cue().end() : Math.max(a.cue().end(), a.source().end())));
      }
    }
    for (int[] s : org.parallax.text.Sentences.spans(text)) {
      if (covered.get(s[0], s[1]).cardinality() > (s[1] - s[0]) / 3) {
        continue;
      }
      int start = s[0];
      int end = s[1];
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end - start < 8) {
        continue;
      }
      Attribution a = sentence(text, start, end, quoted);
      if (a != null) {
        out.add(a);
      }
    }
    return out;
  }

  private static List<MatchResult> quotations(String text) {
    List<MatchResult> out = new ArrayList<>();
    Matcher q = QUOTATION.matcher(text);
    int from = 0;
    while (from < text.length() && q.find(from)) {
      // A mark that closes nothing here may open the next quotation: search again after it.
      if (paired(q)) {
        out.add(q.toMatchResult());
        from = q.end();
      } else {
        from = q.start() + 1;
      }
    }
    return out;
  }

  private static boolean paired(Matcher q) {
    char open = q.group("open").charAt(0);
    char close = q.group("close").charAt(0);
    if (open == '‹' || close == '›') {
      return open == '‹' && close == '›';
    }
    return close != '“' || open == '„';
  }

  /** A quotation with its speaker and cue right after it, or right before it. */
  private static Attribution quotation(String text, MatchResult q) {
    Span content = new Span(q.start("body"), q.end("body"));
    String after = text.substring(q.end(), Math.min(text.length(), q.end() + 90));
    Matcher bar = BAR.matcher(after);
    if (bar.find()) {
      // A quotation signed "“…” ― Marta Lindqvist": the bar is the cue. A period closing the
      // line is not the name's, unless it ends an initial or "Jr.".
      // The name also ends at the first such period: "― Carla Sanchez.  Getty" has a photo
      // credit after it.
      int srcStart = q.end() + bar.start("src");
      int srcEnd = q.end() + bar.end("src");
      Matcher word = Pattern.compile("[^\\s\\u00a0]+").matcher(text)
          .region(srcStart, srcEnd);
      while (word.find()) {
        String w = word.group();
        if (w.endsWith(".") && w.length() > 3 && !w.equals("Jr.") && !w.equals("Sr.")
            && !Names.TITLES.contains(w.substring(0, w.length() - 1).toLowerCase(Locale.ROOT))) {
          srcEnd = word.end() - 1;
          break;
        }
      }
      return new Attribution(new Span(q.end() + bar.start("src"), srcEnd),
          new Span(q.end() + bar.start("cue"), q.end() + bar.end("cue")),
          List.of(trimEndComma(text, content)), true);
    }
    Matcher m = AFTER.matcher(after);
    if (m.find()) {
      boolean first = m.group("src") != null;
      String src = first ? m.group("src") : m.group("src2");
      if (plausibleSource(src)) {
        int base = q.end();
        Span source = trimmed(text, base + (first ? m.start("src") : m.start("src2")),
            base + (first ? m.end("src") : m.end("src2")));
        Span cue = new Span(base + (first ? m.start("cue") : m.start("cue2")),
            base + (first ? m.end("cue") : m.end("cue2")));
        return new Attribution(source, cue, List.of(trimEndComma(text, content)), true);
      }
    }
    int lineStart = text.lastIndexOf('\n', q.start()) + 1;
    String before = text.substring(Math.max(lineStart, q.start() - 90), q.start());
    m = BEFORE.matcher(before);
    String tail = before.stripTrailing();
    if ((tail.endsWith(":") || cueWordAt(before, Math.max(0, before.length() - 40),
        before.length()) >= 0) && m.find()) {
      int base = q.start() - before.length();
      String src = m.group("src");
      int verb = m.group("colon") != null ? cueWordAt(src, 0, src.length()) : -1;
      if (verb > 0) {
        // "The mayor said on Friday: “…”": the cue runs from its verb to the colon.
        String head = src.substring(0, verb).stripTrailing();
        int cutHead = head.isEmpty() ? -1 : sourceStart(head);
        if (cutHead >= 0) {
          Span source = trimmed(text, base + m.start("src") + cutHead,
              base + m.start("src") + head.length());
          Span cue = new Span(base + m.start("src") + verb, base + m.end("colon"));
          return new Attribution(source, cue, List.of(trimEndComma(text, content)), true);
        }
      }
      int cut = sourceStart(src);
      if (cut >= 0) {
        Span source = trimmed(text, base + m.start("src") + cut, base + m.end("src"));
        String g = m.group("cue") != null ? "cue" : "colon";
        Span cue = new Span(base + m.start(g), base + m.end(g));
        return new Attribution(source, cue, List.of(trimEndComma(text, content)), true);
      }
    }
    return null;
  }

  private static Span trimEndComma(String text, Span s) {
    int end = s.end();
    while (end > s.start() && (text.charAt(end - 1) == ',' || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return new Span(s.start(), end);
  }

  private static final Pattern PARTICIPLE_CUE = Pattern.compile(",\\s+(?:saying|adding|noting|"
      + "arguing|explaining|insisting|warning|calling|suggesting|telling|writing|claiming|"
      + "declaring)\\b");

  /**
   * Words at least one of which every cue of the sentence shapes contains; scanning a sentence for
   * them is linear, where the alternation of two hundred cues is not.
   */
  private static final Set<String> CUE_SET = cueSet();

  private static Set<String> cueSet() {
    Set<String> out = new java.util.HashSet<>();
    String all = CUE_WORDS + "|according|saying|adding|noting|arguing|explaining|insisting|"
        + "warning|calling|suggesting|telling|writing|claiming|declaring";
    for (String alternative : all.split("\\|")) {
      for (String w : alternative.toLowerCase(java.util.Locale.ROOT).split(" ")) {
        if (!Set.of("has", "have", "had", "in", "a", "to", "out", "reporters", "cnn", "fox",
            "news", "statement").contains(w)) {
          out.add(w);
        }
      }
    }
    return Set.copyOf(out);
  }

  /** Start of the first word of {@link #CUE_SET} in {@code s[from, to)}, or -1. */
  static int cueWordAt(String s, int from, int to) {
    int i = from;
    while (i < to) {
      if (!Character.isLetter(s.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < s.length() && Character.isLetter(s.charAt(j))) {
        j++;
      }
      if (j - i >= 3 && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
          && CUE_SET.contains(s.substring(i, j).toLowerCase(java.util.Locale.ROOT))) {
        return i;
      }
      i = j;
    }
    return -1;
  }

  /**
   * Where a source-first match ending at a cue from {@code cue} on can start: a source is a
   * chain of words and spaces, so it starts after the last other character (a comma, a colon)
   * before the first cue. Starting the search there spares the pattern failing at every
   * character before it.
   */
  private static int chainStart(String s, int from, int cue) {
    for (int i = cue - 1; i >= from; i--) {
      char c = s.charAt(i);
      if (!(Character.isLetter(c) || isNumber(c) || Character.isSurrogate(c)
          || "'’.-()".indexOf(c) >= 0
          || " \t\n\u000B\f\r".indexOf(c) >= 0)) {
        return i + 1;
      }
    }
    return from;
  }

  private static boolean isNumber(char c) {
    int t = Character.getType(c);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  private static boolean containsIgnoreCase(String s, String needle) {
    return s.toLowerCase(java.util.Locale.ROOT).contains(needle);
  }

  private static Attribution sentence(String text, int start, int end, java.util.BitSet quoted) {
    String sent = text.substring(start, end);
    // The shapes below backtrack heavily; most sentences hold no cue word and skip them all.
    if (cueWordAt(sent, 0, sent.length()) < 0) {
      return null;
    }
    Matcher m = ACCORDING.matcher(sent);
    if (containsIgnoreCase(sent, "according to") && m.matches()) {
      Span src = stripEnd(text, trimmed(text, start + m.start("src"), start + m.end("src")));
      Span cue = new Span(start + m.start("cue"), start + m.end("cue"));
      if (m.group("post") != null && m.group("post").strip().length() > 10) {
        Span content = trimmed(text, start + m.start("post"), end);
        return new Attribution(src, cue, List.of(stripQuotes(text, stripEnd(text, content))),
            isQuote(text, content));
      }
      if (m.group("pre").strip().length() > 10) {
        // "The plant will close, according to the union."
        Span content = trimmed(text, start + m.start("pre"), start + m.end("pre"));
        return new Attribution(src, cue, List.of(stripQuotes(text, content)),
            isQuote(text, content));
      }
    }
    m = PARTICIPLE.matcher(sent);
    if (PARTICIPLE_CUE.matcher(sent).find() && m.matches()
        && m.group("rest").strip().length() > 10) {
      Span src = trimmed(text, start + m.start("src"), start + m.end("src"));
      Span cue = new Span(start + m.start("cue"), start + m.end("cue"));
      Span content = stripEnd(text, trimmed(text, start + m.start("rest"), end));
      return new Attribution(src, cue, List.of(stripQuotes(text, content)),
          isQuote(text, content));
    }
    m = CONTENT_FIRST.matcher(sent);
    // Its cue sits within the sentence's last 160 characters (source, tail and closing marks
    // are bounded); checking that first spares the pattern's long failing backtrack.
    if (cueWordAt(sent, Math.max(0, sent.length() - 160), sent.length()) >= 0 && m.matches()) {
      String src = m.group("src") != null ? m.group("src") : m.group("src2");
      int srcStart = m.group("src") != null ? m.start("src") : m.start("src2");
      int srcEnd = m.group("src") != null ? m.end("src") : m.end("src2");
      String cueGroup = m.group("cue") != null ? "cue" : "cue2";
      if (plausibleSource(src) && m.group("content").strip().length() > 10) {
        Span content = trimmed(text, start + m.start("content"), start + m.end("content"));
        if (m.group("src") != null) {
          int comma = src.lastIndexOf(',');
          if (comma >= 0 && comma < src.length() - 2 && src.substring(0, comma).strip().split("\\s+").length > 1) {
            // "details to reporters, a source said": the source is after the last comma.
            srcStart += comma + 1;
          }
        }
        return new Attribution(trimmed(text, start + srcStart, start + srcEnd),
            cueSpan(text, start + m.start(cueGroup), start + m.end(cueGroup)),
            List.of(stripQuotes(text, content)), isQuote(text, content));
      }
    }
    m = SOURCE_FIRST.matcher(sent);
    boolean found = false;
    int from = 0;
    int firstCue;
    while (from < sent.length() && (firstCue = cueWordAt(sent, from, sent.length())) >= 0
        && m.region(chainStart(sent, Math.max(from, firstCue - 90), firstCue), sent.length())
            .find()) {
      // A cue word inside a quotation is the speaker's own words, not an attribution.
      if (!quoted.get(start + m.start("cue"))) {
        found = true;
        break;
      }
      from = m.end("cue");
    }
    if (found) {
      String rest = m.group("rest");
      if (rest.strip().length() > 10) {
        String src = m.group("src");
        int cut = sourceStart(src);
        if (cut < 0) {
          cut = sourceStartLoose(src);
        }
        if (cut >= 0) {
          Span source = trimmed(text, start + m.start("src") + cut, start + m.end("src"));
          Span cue = new Span(start + m.start("cue"), start + m.end("cue"));
          int cs = start + m.start("rest");
          while (cs < end && (Character.isWhitespace(text.charAt(cs)) || text.charAt(cs) == ':'
              || text.charAt(cs) == ',')) {
            cs++;
          }
          Span content = stripEnd(text, new Span(cs, end));
          return new Attribution(source, cue, List.of(stripQuotes(text, content)),
              isQuote(text, content));
        }
      }
    }
    return null;
  }

  private static final Set<String> ROLE_WORDS = Set.of("spokesman", "spokeswoman",
      "spokesperson", "official", "officials", "source", "sources", "aide", "aides", "analyst",
      "analysts", "expert", "experts", "lawmaker", "lawmakers", "campaign", "press", "secretary",
      "senator", "president", "police", "chief", "director", "manager", "leader", "leaders",
      "report", "study", "poll", "survey", "statement", "people", "critics", "supporters",
      "voters", "residents", "witnesses", "investigators", "prosecutors", "authorities",
      "researchers", "democrats", "republicans", "candidate", "nominee", "chairman", "chairwoman",
      "governor", "mayor", "minister", "attorney", "lawyer", "lawyers", "agency", "department",
      "committee", "group", "organization", "company", "officer", "officers", "member", "members",
      "executive", "adviser", "advisers", "advisor", "strategist", "strategists", "administration",
      "team", "court", "judge", "documents", "data", "records", "figures", "reporters", "others",
      "some", "many", "both", "all", "several", "observers", "economists", "scientists", "staff",
      "representative", "delegate", "delegates", "allies", "donors", "friends", "colleagues");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their",
      "our", "its", "this", "that", "these", "those", "one", "two", "three", "another", "other",
      "some", "many", "most", "several", "both", "all");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "you", "it",
      "who");



  /** Where the source phrase begins inside the words before the cue, or -1 if none is there. */
  private static int sourceStart(String words) {
    String[] tokens = words.split("\\s+");
    int keepFrom = -1;
    for (int i = tokens.length - 1; i >= 0; i--) {
      String raw = tokens[i];
      String t = raw.replaceAll("[^\\p{L}\\p{N}'’.-]", "");
      if (t.isEmpty()) {
        break;
      }
      String lower = t.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "");
      boolean rightmost = i == tokens.length - 1;
      if (raw.endsWith(",") && !rightmost) {
        break;
      }
      if (PRONOUNS.contains(lower)) {
        if (rightmost) {
          keepFrom = i;
        }
        break;
      }
      if (DETERMINERS.contains(lower)) {
        if (keepFrom >= 0) {
          keepFrom = i;
        }
        break;
      }
      boolean capital = Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0));
      boolean role = ROLE_WORDS.contains(lower) || ROLE_WORDS.contains(lower.replaceAll("s$", ""));
      boolean joiner = (lower.equals("of") || lower.equals("for") || lower.equals("at")
          || lower.equals("and")) && keepFrom >= 0 && i > 0
          && (Character.isUpperCase(tokens[i - 1].isEmpty() ? 'x' : tokens[i - 1].charAt(0))
              || ROLE_WORDS.contains(tokens[i - 1].toLowerCase(Locale.ROOT)));
      if (capital || role || joiner) {
        keepFrom = i;
        continue;
      }
      if (Character.isLowerCase(t.charAt(0)) && keepFrom >= 0 && i > 0
          && ROLE_WORDS.contains(tokens[i + 1].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""))) {
        // an adjective before a role word: "a senior official", "campaign officials"
        keepFrom = i;
        continue;
      }
      break;
    }
    if (keepFrom < 0) {
      return -1;
    }
    return tokenOffset(words, tokens, keepFrom);
  }

  /** Character offset in {@code words} where token {@code k} of its whitespace split begins. */
  private static int tokenOffset(String words, String[] tokens, int k) {
    int offset = 0;
    for (int i = 0; i < k; i++) {
      offset = words.indexOf(tokens[i], offset) + tokens[i].length();
    }
    while (offset < words.length() && Character.isWhitespace(words.charAt(offset))) {
      offset++;
    }
    return offset;
  }

  /**
   * The looser fallback when no noun phrase ends at the cue: the run of words back to a
   * determiner or a clause word.
   */
  private static int sourceStartLoose(String words) {
    String[] tokens = words.split("\\s+");
    int keepFrom = tokens.length - 1;
    // Walk left while the words look like one noun phrase: a name, a determiner, a title.
    for (int i = tokens.length - 1; i >= 0; i--) {
      String t = tokens[i].replaceAll("[^\\p{L}\\p{N}'’.-]", "");
      String lower = t.toLowerCase(Locale.ROOT);
      if (t.isEmpty() || NOT_SOURCES.contains(lower)) {
        break;
      }
      keepFrom = i;
      if (Set.of("the", "a", "an", "his", "her", "their", "our", "its").contains(lower)) {
        break;
      }
      if (i < tokens.length - 1 && Character.isLowerCase(t.charAt(0))
          && !Character.isUpperCase(tokens[i + 1].isEmpty() ? 'x' : tokens[i + 1].charAt(0))
          && tokens.length - i > 3) {
        break;
      }
    }
    String last = tokens[tokens.length - 1].toLowerCase(Locale.ROOT);
    if (NOT_SOURCES.contains(last)) {
      return -1;
    }
    return tokenOffset(words, tokens, keepFrom);
  }

  private static boolean plausibleSource(String src) {
    String s = src.strip();
    if (s.isEmpty() || s.split("\\s+").length > 8) {
      return false;
    }
    String first = s.split("\\s+")[0].toLowerCase(Locale.ROOT);
    return !NOT_SOURCES.contains(first);
  }

  private static Span cueSpan(String text, int start, int end) {
    return new Span(start, end);
  }

  private static Span trimmed(String text, int start, int end) {
    while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == ',')) {
      start++;
    }
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    return new Span(start, end);
  }

  /** Drops the sentence's final punctuation from a content span. */
  private static Span stripEnd(String text, Span s) {
    int end = s.end();
    while (end > s.start() && ".!?".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return new Span(s.start(), end);
  }

  /** Quotation marks are not part of the content (the metrics ignore them too). */
  private static Span stripQuotes(String text, Span s) {
    int start = s.start();
    int end = s.end();
    while (start < end && QUOTE_OPEN.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && (QUOTE_CLOSE.indexOf(text.charAt(end - 1)) >= 0
        || text.charAt(end - 1) == ',')) {
      end--;
    }
    return new Span(start, end);
  }

  private static boolean isQuote(String text, Span s) {
    return s.end() > s.start() && QUOTE_OPEN.indexOf(text.charAt(s.start())) >= 0;
  }
}

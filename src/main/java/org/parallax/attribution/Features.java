package org.parallax.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tagger's view of a token. Beside the word and its neighbours, the long-range facts a
 * first-order tagger cannot see by itself: the nearest speech verb before and after in the
 * sentence (and how far), whether "that" or a comma came between, whether the token is inside a
 * quotation, and how the rule-based finder labelled it (stacking: the rules know quotation
 * conventions that the training corpus rarely shows).
 */
final class Features {
  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "you", "it");
  static final Set<String> ROLES = Set.of("spokesman", "spokeswoman", "spokesperson",
      "president", "minister", "official", "officials", "secretary", "senator", "sen.", "rep.",
      "governor", "gov.", "leader", "chairman", "chairwoman", "chair", "director", "chief",
      "candidate", "nominee", "aide", "aides", "adviser", "advisers", "advisor", "source",
      "sources", "analyst", "analysts", "expert", "experts", "police", "spokesmen", "mayor",
      "campaign", "committee", "party", "ministry", "department", "agency", "office", "council",
      "democrats", "republicans", "voters", "supporters", "critics", "people", "report", "poll",
      "survey", "statement", "study", "data", "reporters", "manager", "ceo", "founder",
      "professor", "researcher", "researchers", "lawyer", "attorney", "judge", "court",
      "ambassador", "general", "gen.", "kremlin", "white", "house", "administration");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their",
      "its", "this", "that", "these", "those", "some", "many", "several", "other", "another");

  /** Words learned from the training corpus: those that often cue speech or name a source. */
  record Lexicon(Set<String> cues, Set<String> sources) {}

  private static final Set<String> NP_GLUE = Set.of("of", "'s", "’s", "-", "(", ")", "and",
      ".", "the", "a", "an", "for", "former", "top", "senior", "chief", "&");

  private Features() {}

  /** Per token, the feature hashes; with {@code syntax}, the dependency parse's as well. */
  static List<long[]> of(Tokenizer.Paragraph p, Lexicon lexicon, byte[] ruleLabels,
      boolean syntax) {
    int n = p.size;
    String[] lower = new String[n];
    String[] shape = new String[n];
    boolean[] cueish = new boolean[n];
    for (int i = 0; i < n; i++) {
      String w = englishMark(p, i);
      lower[i] = w.toLowerCase(Locale.ROOT);
      shape[i] = shape(w);
      cueish[i] = lexicon.cues().contains(lower[i]);
    }
    // A source is a noun phrase: capitalized words, source words and their glue. The runs of
    // such tokens tell whether everything between a token and a cue could be its source.
    boolean[] np = new boolean[n];
    for (int i = 0; i < n; i++) {
      char c = p.text.charAt(p.start[i]);
      np[i] = !cueish[i] && (Character.isUpperCase(c) || lexicon.sources().contains(lower[i])
          || NP_GLUE.contains(lower[i]) || PRONOUNS.contains(lower[i]) || ROLES.contains(lower[i])
          || DETERMINERS.contains(lower[i]));
    }
    int[] npEnd = new int[n]; // first non-noun-phrase token at or after i
    for (int i = n - 1; i >= 0; i--) {
      npEnd[i] = !np[i] ? i : i + 1 < n ? npEnd[i + 1] : n;
    }
    int[] npStart = new int[n]; // first token of the run that ends at i
    for (int i = 0; i < n; i++) {
      npStart[i] = !np[i] ? i + 1 : i > 0 ? npStart[i - 1] : 0;
    }
    String[] fine = new String[n];
    String[] coarse = new String[n];
    for (int i = 0; i < n; i++) {
      int[] c = WordClasses.of(lower[i]);
      fine[i] = c == null ? "-" : Integer.toString(c[0]);
      coarse[i] = c == null ? "-" : Integer.toString(c[1]);
    }
    // Nearest cue-like word before/after each token within its sentence.
    int[] prevCue = new int[n];
    int[] nextCue = new int[n];
    int last = -1;
    for (int i = 0; i < n; i++) {
      if (i > 0 && p.sentence[i] != p.sentence[i - 1]) {
        last = -1;
      }
      prevCue[i] = last;
      if (cueish[i]) {
        last = i;
      }
    }
    last = -1;
    for (int i = n - 1; i >= 0; i--) {
      if (i < n - 1 && p.sentence[i] != p.sentence[i + 1]) {
        last = -1;
      }
      nextCue[i] = last;
      if (cueish[i]) {
        last = i;
      }
    }
    // Linear-time lookups so a hostile one-sentence paragraph stays linear.
    int[] sentenceEnds = new int[n];
    int[] lastThat = new int[n];
    int[] lastComma = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      sentenceEnds[i] = i + 1 < n && p.sentence[i + 1] == p.sentence[i] ? sentenceEnds[i + 1] : i;
    }
    int[] nextComma = new int[n];
    int lt = -1;
    int lc = -1;
    for (int i = 0; i < n; i++) {
      lastThat[i] = lt;
      lastComma[i] = lc;
      if (lower[i].equals("that")) {
        lt = i;
      } else if (lower[i].equals(",")) {
        lc = i;
      }
    }
    int nc = Integer.MAX_VALUE;
    for (int i = n - 1; i >= 0; i--) {
      nextComma[i] = nc;
      if (lower[i].equals(",")) {
        nc = i;
      }
    }
    // Part of speech settles what word lists cannot: "said" as a verb or an adjective, "report"
    // as the noun that can be a source or the verb that is a cue.
    PartsOfSpeech tagger = PartsOfSpeech.english();
    byte[] tag = tagger.tag(p);
    boolean paragraphQuoted = n > 0 && p.quote[0] == 2;
    Syntax.Parse parse = syntax ? Syntax.of(p) : null;
    int[] kids = parse == null ? null : kids(parse, n);
    int[][] ext = parse == null ? null : Syntax.extents(parse.head(), n);
    boolean[] cueNode = null; // a cue word by its form or its lemma
    if (parse != null) {
      cueNode = new boolean[n];
      for (int i = 0; i < n; i++) {
        cueNode[i] = cueish[i] || lexicon.cues().contains(parse.lemma()[i]);
      }
    }
    List<long[]> out = new ArrayList<>(n);
    Sink f = new Sink();
    int sentenceStart = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0 && p.sentence[i] != p.sentence[i - 1]) {
        sentenceStart = i;
      }
      int sentenceEnd = sentenceEnds[i];
      f.clear();
      f.add("b");
      String w = lower[i];
      String p1 = i > 0 ? lower[i - 1] : "<s>";
      String p2 = i > 1 ? lower[i - 2] : "<s>";
      String n1 = i + 1 < n ? lower[i + 1] : "</s>";
      String n2 = i + 2 < n ? lower[i + 2] : "</s>";
      f.add("w=", s(w));
      f.add("wq=", s(w), s(p.quote[i]));
      f.add("c=", s(fine[i]));
      f.add("cc=", s(coarse[i]));
      f.add("cp=", s((i > 0 ? coarse[i - 1] : "^")), "|", s(coarse[i]));
      f.add("cn=", s(coarse[i]), "|", s((i + 1 < n ? coarse[i + 1] : "$")));
      f.add("cf3=", s((i > 0 ? fine[i - 1] : "^")), "|", s(fine[i]), "|", s((i + 1 < n ? fine[i + 1] : "$")));
      f.add("p3=", s((i > 2 ? lower[i - 3] : "<s>")));
      f.add("n3=", s((i + 3 < n ? lower[i + 3] : "</s>")));
      if (lexicon.sources().contains(w)) {
        f.add("srcw");
      }
      if (np[i]) {
        f.add("np");
        f.add("nplen=", s(bucket(npEnd[i] - npStart[i])), "|", s(bucket(i - npStart[i])));
      }
      // "WALLACE: ..." and "Poll: ..." open a paragraph with a speaker and a colon.
      int first = n > 0 && p.quote[0] == 2 ? 1 : 0;
      if (i <= first + 4) {
        int colon = -1;
        for (int k = first; k < Math.min(n, first + 6); k++) {
          if (lower[k].equals(":")) {
            colon = k;
            break;
          }
        }
        if (colon > first) {
          f.add("lead=", s((i < colon ? "before" : i == colon ? "colon" : "after")), s(shape[first]));
        }
      }
      String t = tagger.name(tag[i]);
      String tp = i > 0 ? tagger.name(tag[i - 1]) : "^";
      String tn = i + 1 < n ? tagger.name(tag[i + 1]) : "$";
      f.add("t=", t);
      f.add("tp=", tp, "|", t);
      f.add("tn=", t, "|", tn);
      f.add("t3=", tp, "|", t, "|", tn);
      f.add("tw=", t, "|", w);
      f.add("p1=", s(p1));
      f.add("p2=", s(p2));
      f.add("n1=", s(n1));
      f.add("n2=", s(n2));
      f.add("pb=", s(p1), "|", s(w));
      f.add("nb=", s(w), "|", s(n1));
      f.add("pp=", s(p2), "|", s(p1));
      f.add("nn=", s(n1), "|", s(n2));
      f.add("sh=", s(shape[i]));
      f.add("sh3=", s((i > 0 ? shape[i - 1] : "^")), s(shape[i]), s((i + 1 < n ? shape[i + 1] : "$")));
      if (w.length() > 3) {
        f.add("suf=", s(w.substring(w.length() - 3)));
      }
      f.add("lx=", s(lexClass(w, cueish[i])));
      f.add("lxp=", s((i > 0 ? lexClass(p1, cueish[i - 1]) : "^")), "|", s(lexClass(w, cueish[i])));
      f.add("lxn=", s(lexClass(w, cueish[i])), "|", s((i + 1 < n ? lexClass(n1, cueish[i + 1]) : "$")));
      f.add("q=", s(p.quote[i]));
      f.add("qq=", s((i > 0 ? p.quote[i - 1] : 9)), s(p.quote[i]), s((i + 1 < n ? p.quote[i + 1] : 9)));
      f.add("pq=", s(paragraphQuoted), s(p.quote[i]));
      int pos = i - sentenceStart;
      int rem = sentenceEnd - i;
      f.add("pos=", s(bucket(pos)));
      f.add("rem=", s(bucket(rem)));
      f.add("posw=", s(bucket(pos)), "|", s(lexClass(w, cueish[i])));
      if (prevCue[i] >= 0) {
        int d = i - prevCue[i];
        String cw = lower[prevCue[i]];
        f.add("pc=", s(cw));
        f.add("pcc=", s(fine[prevCue[i]]), "|", s(bucket(d)));
        f.add("pcd=", s(bucket(d)));
        f.add("pcdq=", s(bucket(d)), s(p.quote[i]));
        f.add("pcw=", s(cw), "|", s(bucket(d)));
        boolean that = lastThat[i] > prevCue[i];
        boolean comma = lastComma[i] > prevCue[i];
        f.add("pct=", s(that), s(comma));
        if (npStart[i] <= prevCue[i] + 1 && np[i]) {
          f.add("npa=", s(bucket(d)));
        }
      } else {
        f.add("pc=none");
      }
      if (nextCue[i] >= 0) {
        int d = nextCue[i] - i;
        String cw = lower[nextCue[i]];
        f.add("nc=", s(cw));
        f.add("ncc=", s(fine[nextCue[i]]), "|", s(bucket(d)));
        f.add("ncd=", s(bucket(d)));
        f.add("ncdq=", s(bucket(d)), s(p.quote[i]));
        f.add("ncw=", s(cw), "|", s(bucket(d)));
        boolean comma = nextComma[i] < nextCue[i];
        f.add("nct=", s(comma), s((i + 1 < n ? p.quote[nextCue[i] - 1] : 0)));
        if (npEnd[i] >= nextCue[i] && np[i]) {
          f.add("npc=", s(bucket(d)));
          f.add("npcs=", s(bucket(d)), s((i == sentenceStart || (i > 0 && !np[i - 1]))));
        }
      } else {
        f.add("nc=none");
      }
      f.add("pnc=", s((prevCue[i] >= 0)), s((nextCue[i] >= 0)), s(p.quote[i]));
      if (parse != null) {
        syntax(f, i, parse, w, cueish, cueNode, p, kids, ext);
      }
      if (ruleLabels != null) {
        String rb = s(ruleLabels[i]);
        f.add("rb=", rb);
        f.add("rb=", rb, "|", s((i > 0 ? ruleLabels[i - 1] : 9)), s((i + 1 < n ? ruleLabels[i + 1] : 9)));
        f.add("rb=", rb, "|", s(w));
      }
      out.add(f.toArray());
    }
    return out;
  }

  private static final java.util.List<String> KID_LABELS = java.util.List.of("nsubj",
      "nsubjpass", "ccomp", "dobj", "xcomp", "mark", "advcl", "parataxis", "prep", "agent",
      "attr", "dative", "csubj", "aux", "neg");

  private static int[] kids(Syntax.Parse parse, int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      int h = parse.head()[i];
      int k = KID_LABELS.indexOf(parse.label()[i]);
      if (h >= 0 && k >= 0) {
        out[h] |= 1 << k;
      }
    }
    return out;
  }

  private static final int CCOMP = 1 << 2;

  /**
   * The nearest ancestor of token {@code i} (within {@code MAX_DEPTH} steps) that {@code stop}
   * accepts, as {ancestor, the child under it on the path, depth}; null when none is.
   */
  private static int[] ancestor(int i, int[] head, java.util.function.IntPredicate stop) {
    int child = i;
    int a = head[i];
    for (int depth = 1; a >= 0 && depth < MAX_DEPTH; depth++) {
      if (stop.test(a)) {
        return new int[] {a, child, depth};
      }
      child = a;
      a = head[a];
    }
    return null;
  }

  private static final int MAX_DEPTH = 12;

  private static void syntax(Sink f, int i, Syntax.Parse parse, String w, boolean[] cueish,
      boolean[] cueNode, Tokenizer.Paragraph p, int[] kids, int[][] ext) {
    int[] head = parse.head();
    String[] label = parse.label();
    String[] lemma = parse.lemma();
    int h = head[i];
    String r = label[i];
    String hl = h < 0 ? "<root>" : lemma[h];
    String hr = h < 0 ? "^" : label[h];
    f.add("dr=", r);
    f.add("drw=", r, "|", w);
    f.add("drh=", r, "|", hl);
    f.add("drhr=", r, "|", hr);
    f.add("dd=", r, h < i ? "L" : "R");
    f.add("lem=", lemma[i]);
    f.add("dhk=", h < 0 ? "^" : Integer.toString(kids[h]), "|", r);
    int[] cue = ancestor(i, head, a -> cueNode[a]);
    if (cue != null) {
      int a = cue[0];
      int child = cue[1];
      String b = label[child];
      f.add("ca=", b, "|", s(bucket(cue[2])));
      f.add("caw=", b, "|", lemma[a]);
      f.add("caq=", b, s(p.quote[i]));
      f.add("car=", b, "|", r);
      f.add("cab=", b, s(i == ext[0][child]), s(i == ext[1][child]), s(child < a));
    } else {
      f.add("ca=none");
    }
    // Verbs no word list holds ("conceded", "quipped") still take a clausal complement.
    int[] clause = ancestor(i, head, a -> (kids[a] & CCOMP) != 0);
    if (clause != null) {
      int a = clause[0];
      int child = clause[1];
      String b = label[child];
      f.add("cc=", b, "|", s(bucket(clause[2])), s(cueish[a]));
      f.add("ccb=", b, s(i == ext[0][child]), s(i == ext[1][child]), s(child < a));
    }
    String k = Integer.toString(kids[i]);
    f.add("dk=", k);
    f.add("dkw=", k, "|", lemma[i]);
    f.add("dkc=", k, s(cueNode[i]));
  }

  /**
   * Collects a token's features as 64-bit hashes of their parts, so no feature string is ever
   * built: the tagger's hot loop allocates almost nothing. Each part enters by its
   * {@code hashCode}, which a String computes once and keeps (the words of a paragraph are asked
   * for by dozens of features each), and its length, mixed by multiplication; hashing every
   * character of every part, as before, was a tenth of the stage's time. A model file holds
   * these hashes, so changing them calls for retraining.
   */
  static final class Sink {
    private long[] buf = new long[64];
    private int n;

    void clear() {
      n = 0;
    }

    void add(String... parts) {
      long h = 0xcbf29ce484222325L;
      for (String part : parts) {
        h = (h ^ part.hashCode()) * 0x9e3779b97f4a7c15L;
        h = (h ^ part.length() ^ (h >>> 31)) * 0x100000001b3L;
      }
      if (n == buf.length) {
        buf = java.util.Arrays.copyOf(buf, n * 2);
      }
      buf[n++] = h;
    }

    long[] toArray() {
      return java.util.Arrays.copyOf(buf, n);
    }
  }

  private static final String[] SMALL = new String[16];

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = Integer.toString(i);
    }
  }

  private static String s(String v) {
    return v;
  }

  private static String s(int v) {
    return v >= 0 && v < SMALL.length ? SMALL[v] : Integer.toString(v);
  }

  private static String s(boolean v) {
    return v ? "T" : "F";
  }

  private static String lexClass(String w, boolean cueish) {
    if (cueish) {
      return "CUE";
    }
    if (PRONOUNS.contains(w)) {
      return "PRO";
    }
    if (ROLES.contains(w)) {
      return "ROLE";
    }
    if (DETERMINERS.contains(w)) {
      return "DET";
    }
    if (w.equals("that") || w.equals("according") || w.equals("to")) {
      return w;
    }
    return "-";
  }

  private static String bucket(int d) {
    if (d <= 3) {
      return Integer.toString(d);
    }
    if (d <= 6) {
      return "4-6";
    }
    if (d <= 10) {
      return "7-10";
    }
    if (d <= 20) {
      return "11-20";
    }
    return "20+";
  }

  /**
   * The training news quotes with “…” and straight marks only: „…“, «…» and ‹…› reach the
   * tagger as the English marks they stand for, so it reads them as quotations rather than as
   * unknown symbols.
   */
  static String englishMark(Tokenizer.Paragraph p, int i) {
    String w = p.word(i);
    if (w.length() != 1) {
      return w;
    }
    return switch (w.charAt(0)) {
      case '„', '«' -> "“";
      case '»' -> "”";
      case '“' -> p.quote[i] == 3 ? "”" : w;
      case '‹' -> "‘";
      case '›' -> "’";
      default -> w;
    };
  }

  static String shape(String w) {
    StringBuilder b = new StringBuilder(4);
    char prev = 0;
    for (int i = 0; i < w.length() && b.length() < 4; i++) {
      char c = w.charAt(i);
      char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x'
          : Character.isDigit(c) ? 'd' : c;
      if (k != prev) {
        b.append(k);
        prev = k;
      }
    }
    return b.toString();
  }
}

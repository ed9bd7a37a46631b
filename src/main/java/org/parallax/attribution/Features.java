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

  /** Per token, the feature strings. */
  static List<String[]> of(Tokenizer.Paragraph p, Lexicon lexicon, byte[] ruleLabels) {
    int n = p.size;
    String[] lower = new String[n];
    String[] shape = new String[n];
    boolean[] cueish = new boolean[n];
    for (int i = 0; i < n; i++) {
      String w = p.word(i);
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
    boolean paragraphQuoted = n > 0 && p.quote[0] == 2;
    List<String[]> out = new ArrayList<>(n);
    List<String> f = new ArrayList<>(40);
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
      f.add("w=" + w);
      f.add("wq=" + w + p.quote[i]);
      f.add("c=" + fine[i]);
      f.add("cc=" + coarse[i]);
      f.add("cp=" + (i > 0 ? coarse[i - 1] : "^") + "|" + coarse[i]);
      f.add("cn=" + coarse[i] + "|" + (i + 1 < n ? coarse[i + 1] : "$"));
      f.add("cf3=" + (i > 0 ? fine[i - 1] : "^") + "|" + fine[i] + "|" + (i + 1 < n ? fine[i + 1] : "$"));
      f.add("p3=" + (i > 2 ? lower[i - 3] : "<s>"));
      f.add("n3=" + (i + 3 < n ? lower[i + 3] : "</s>"));
      if (lexicon.sources().contains(w)) {
        f.add("srcw");
      }
      if (np[i]) {
        f.add("np");
        f.add("nplen=" + bucket(npEnd[i] - npStart[i]) + "|" + bucket(i - npStart[i]));
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
          f.add("lead=" + (i < colon ? "before" : i == colon ? "colon" : "after") + shape[first]);
        }
      }
      f.add("p1=" + p1);
      f.add("p2=" + p2);
      f.add("n1=" + n1);
      f.add("n2=" + n2);
      f.add("pb=" + p1 + "|" + w);
      f.add("nb=" + w + "|" + n1);
      f.add("pp=" + p2 + "|" + p1);
      f.add("nn=" + n1 + "|" + n2);
      f.add("sh=" + shape[i]);
      f.add("sh3=" + (i > 0 ? shape[i - 1] : "^") + shape[i] + (i + 1 < n ? shape[i + 1] : "$"));
      if (w.length() > 3) {
        f.add("suf=" + w.substring(w.length() - 3));
      }
      f.add("lx=" + lexClass(w, cueish[i]));
      f.add("lxp=" + (i > 0 ? lexClass(p1, cueish[i - 1]) : "^") + "|" + lexClass(w, cueish[i]));
      f.add("lxn=" + lexClass(w, cueish[i]) + "|" + (i + 1 < n ? lexClass(n1, cueish[i + 1]) : "$"));
      f.add("q=" + p.quote[i]);
      f.add("qq=" + (i > 0 ? p.quote[i - 1] : 9) + p.quote[i] + (i + 1 < n ? p.quote[i + 1] : 9));
      f.add("pq=" + paragraphQuoted + p.quote[i]);
      int pos = i - sentenceStart;
      int rem = sentenceEnd - i;
      f.add("pos=" + bucket(pos));
      f.add("rem=" + bucket(rem));
      f.add("posw=" + bucket(pos) + "|" + lexClass(w, cueish[i]));
      if (prevCue[i] >= 0) {
        int d = i - prevCue[i];
        String cw = lower[prevCue[i]];
        f.add("pc=" + cw);
        f.add("pcc=" + fine[prevCue[i]] + "|" + bucket(d));
        f.add("pcd=" + bucket(d));
        f.add("pcdq=" + bucket(d) + p.quote[i]);
        f.add("pcw=" + cw + "|" + bucket(d));
        boolean that = lastThat[i] > prevCue[i];
        boolean comma = lastComma[i] > prevCue[i];
        f.add("pct=" + that + comma);
        if (npStart[i] <= prevCue[i] + 1 && np[i]) {
          f.add("npa=" + bucket(d));
        }
      } else {
        f.add("pc=none");
      }
      if (nextCue[i] >= 0) {
        int d = nextCue[i] - i;
        String cw = lower[nextCue[i]];
        f.add("nc=" + cw);
        f.add("ncc=" + fine[nextCue[i]] + "|" + bucket(d));
        f.add("ncd=" + bucket(d));
        f.add("ncdq=" + bucket(d) + p.quote[i]);
        f.add("ncw=" + cw + "|" + bucket(d));
        boolean comma = nextComma[i] < nextCue[i];
        f.add("nct=" + comma + (i + 1 < n ? p.quote[nextCue[i] - 1] : 0));
        if (npEnd[i] >= nextCue[i] && np[i]) {
          f.add("npc=" + bucket(d));
          f.add("npcs=" + bucket(d) + (i == sentenceStart || (i > 0 && !np[i - 1])));
        }
      } else {
        f.add("nc=none");
      }
      f.add("pnc=" + (prevCue[i] >= 0) + (nextCue[i] >= 0) + p.quote[i]);
      if (ruleLabels != null) {
        String rb = "rb=" + ruleLabels[i];
        f.add(rb);
        f.add(rb + "|" + (i > 0 ? ruleLabels[i - 1] : 9) + (i + 1 < n ? ruleLabels[i + 1] : 9));
        f.add(rb + "|" + w);
      }
      out.add(f.toArray(String[]::new));
    }
    return out;
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

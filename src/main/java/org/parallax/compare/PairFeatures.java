package org.parallax.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * What two sentences share, as numbers a scorer can weigh: meaning (embedding cosine), wording (word, stem, bigram,
 * trigram and character-trigram overlap, longest common subsequence), and the facts that a
 * paraphrase must keep (numbers, names, negation), plus length.
 */
public final class PairFeatures {
  /** One side of a pair, analysed once and reused for every pair it takes part in. */
  public record Side(String text, List<String> words, List<String> stems, Set<String> content,
      Set<String> numbers, Set<String> names, int negations, long[] charTrigrams,
      float[] embedding, Set<String> wordSet, int[] wordClasses, Set<Integer> classSet,
      long[][] wordNgrams, long[] stemIds, WordMatches.Memo matches, Keys keys, Order order) {
    /** The sentence's keys in the word-match model ({@link WordMatches#keys}). */
    public long[] matchKeys() {
      return matches.keys();
    }
  }

  /**
   * What the overlap features walk, in the order they walk it, as hashes: a pair then tests
   * membership in the other side's sorted keys instead of probing sets of strings, and sums its
   * weights in the same order as over the sets themselves (so to the same last bit).
   */
  record Order(long[] content, long[] words, int[] wordClasses, int[] classes) {}

  /**
   * The sets a pair compares, as sorted distinct 64-bit hashes: a story scores tens of thousands
   * of pairs, and one merge of two arrays costs a fraction of probing hash sets of strings.
   */
  record Keys(long[] words, long[] content, long[] bigrams, long[] trigrams, long[] names) {}

  private static long[] keysOf(java.util.Collection<String> items) {
    long[] out = new long[items.size()];
    int i = 0;
    for (String x : items) {
      out[i++] = hash(x);
    }
    return java.util.Arrays.stream(out).sorted().distinct().toArray();
  }

  private static final Pattern WORD = Pattern.compile(
      "\\p{L}[\\p{L}\\p{M}'’\\-]*|\\d[\\d.,]*\\d|\\d");
  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "at",
      "for", "and", "or", "but", "is", "are", "was", "were", "be", "been", "being", "has", "have",
      "had", "it", "its", "that", "this", "these", "those", "with", "by", "from", "as", "he",
      "she", "they", "we", "i", "you", "his", "her", "their", "our", "which", "who", "will",
      "would", "said", "says", "also", "than", "there", "so", "if", "about", "after", "into",
      "up", "out", "do", "does", "did", "s");
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "nobody",
      "nothing", "none", "neither", "nor", "without", "cannot");
  private static final Map<String, String> NUMBER_WORDS = numberWords();

  /** Word n-gram orders whose clipped precisions are compared, as BLEU does. */
  private static final int BLEU_ORDER = 4;
  private static final int MT_AT = 27;
  static final int DENSE = MT_AT + 2 * BLEU_ORDER + 4;

  private PairFeatures() {}

  private static Map<String, String> numberWords() {
    String[] w = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve"};
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < w.length; i++) {
      out.put(w[i], Integer.toString(i));
    }
    return out;
  }

  /** Analyses one sentence; {@code embedding} is its unit vector, or null. */
  public static Side side(String text, float[] embedding) {
    List<String> words = new ArrayList<>();
    List<String> stems = new ArrayList<>();
    Set<String> content = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    Set<String> names = new HashSet<>();
    int negations = 0;
    EnglishStemmer stemmer = new EnglishStemmer();
    Matcher m = WORD.matcher(text);
    boolean first = true;
    while (m.find()) {
      String raw = m.group();
      String w = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (w.endsWith("n't")) {
        negations++;
        w = w.substring(0, w.length() - 3);
      }
      if (NEGATIONS.contains(w)) {
        negations++;
      }
      if (Character.isDigit(w.charAt(0))) {
        numbers.add(w.replace(",", ""));
      } else if (NUMBER_WORDS.containsKey(w)) {
        numbers.add(NUMBER_WORDS.get(w));
      }
      if (!first && Character.isUpperCase(raw.charAt(0))) {
        names.add(w);
      }
      first = false;
      words.add(w);
      String stem = stem(stemmer, w);
      stems.add(stem);
      if (!STOP.contains(w)) {
        content.add(stem);
      }
    }
    // Character trigrams as three 16-bit chars in one long, sorted and distinct: pairs compare
    // them by one merge, with no strings or hash lookups (the comparison's hottest loop).
    String folded = String.join(" ", words);
    long[] tri = new long[Math.max(0, folded.length() - 2)];
    for (int i = 0; i + 3 <= folded.length(); i++) {
      tri[i] = ((long) folded.charAt(i) << 32) | ((long) folded.charAt(i + 1) << 16)
          | folded.charAt(i + 2);
    }
    tri = java.util.Arrays.stream(tri).sorted().distinct().toArray();
    // Everything a pair needs from one side is computed here once, not once per pair.
    int[] classes = new int[words.size()];
    Set<Integer> classSet = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      int[] c = STOP.contains(words.get(i)) ? null
          : org.parallax.attribution.WordClasses.of(words.get(i));
      classes[i] = c == null ? -1 : c[0];
      if (c != null) {
        classSet.add(c[0]);
      }
    }
    // Words and n-grams as 64-bit hashes, n-grams sorted: a pair's clipped n-gram counts are one
    // merge of two sorted arrays, its edit distance compares numbers, not strings.
    long[] wordIds = new long[words.size()];
    for (int i = 0; i < wordIds.length; i++) {
      wordIds[i] = hash(words.get(i));
    }
    long[][] wordNgrams = new long[BLEU_ORDER][];
    for (int n = 1; n <= BLEU_ORDER; n++) {
      long[] g = new long[Math.max(0, wordIds.length - n + 1)];
      for (int i = 0; i < g.length; i++) {
        long h = n;
        for (int k = 0; k < n; k++) {
          h = mix(h * 0x9E3779B97F4A7C15L + wordIds[i + k]);
        }
        g[i] = h;
      }
      java.util.Arrays.sort(g);
      wordNgrams[n - 1] = g;
    }
    long[] stemIds = new long[stems.size()];
    for (int i = 0; i < stemIds.length; i++) {
      stemIds[i] = hash(stems.get(i));
    }
    Set<String> wordSet = new HashSet<>(words);
    Keys keys = new Keys(keysOf(wordSet), keysOf(content), keysOf(ngrams(stems, 2)),
        keysOf(ngrams(stems, 3)), keysOf(names));
    long[] contentOrder = new long[content.size()];
    int c = 0;
    for (String w : content) {
      contentOrder[c++] = hash(w);
    }
    int told = 0;
    for (String w : words) {
      told += STOP.contains(w) ? 0 : 1;
    }
    long[] toldWords = new long[told];
    int[] toldClasses = new int[told];
    for (int i = 0, k = 0; i < words.size(); i++) {
      if (!STOP.contains(words.get(i))) {
        toldWords[k] = wordIds[i];
        toldClasses[k++] = classes[i];
      }
    }
    int[] classList = classSet.stream().mapToInt(Integer::intValue).sorted().toArray();
    return new Side(text, List.copyOf(words), List.copyOf(stems), content, numbers, names,
        negations, tri, embedding, wordSet, classes, classSet, wordNgrams, stemIds,
        new WordMatches.Memo(WordMatches.keys(text)), keys, new Order(contentOrder, toldWords, toldClasses, classList));
  }

  /** A 64-bit hash of a word (FNV-1a, then mixed). */
  static long hash(String w) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < w.length(); i++) {
      h = (h ^ w.charAt(i)) * 0x100000001b3L;
    }
    return mix(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static String stem(EnglishStemmer stemmer, String w) {
    stemmer.setCurrent(w);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  /** Indices of features that describe one side each: swapping the pair swaps these. */
  private static final int[][] SIDED = sided();

  private static int[][] sided() {
    List<int[]> out = new ArrayList<>(List.of(new int[] {4, 5}, new int[] {21, 22},
        new int[] {24, 25}));
    for (int n = 0; n < BLEU_ORDER; n++) {
      out.add(new int[] {MT_AT + n, MT_AT + BLEU_ORDER + n});
    }
    out.add(new int[] {MT_AT + 2 * BLEU_ORDER, MT_AT + 2 * BLEU_ORDER + 1});
    return out.toArray(new int[0][]);
  }

  /** Which of {@code dim} features describe one side each (the rest are the same either way). */
  static boolean[] sidedMask(int dim) {
    boolean[] out = new boolean[dim];
    for (int[] pair : SIDED) {
      out[pair[0]] = true;
      out[pair[1]] = true;
    }
    return out;
  }

  /** The features of (b, a) from those of (a, b), without recomputing them. */
  static double[] swapped(double[] f) {
    double[] g = f.clone();
    for (int[] pair : SIDED) {
      g[pair[0]] = f[pair[1]];
      g[pair[1]] = f[pair[0]];
    }
    return g;
  }

  /** The pair's features (embedding features are 0 when either side lacks vectors). */
  public static double[] of(Side a, Side b) {
    return of(a, b, Idf.NONE);
  }

  /** As {@link #of(Side, Side)}, with rare words weighed up by {@code idf}. */
  public static double[] of(Side a, Side b, Idf idf) {
    int dim = a.embedding() != null && b.embedding() != null ? a.embedding().length : 0;
    double[] f = new double[DENSE];
    double cos = dim == 0 ? 0 : dot(a.embedding(), b.embedding());
    f[0] = cos;
    f[1] = cos * cos;
    Keys ka = a.keys();
    Keys kb = b.keys();
    f[2] = jaccard(ka.words(), kb.words());
    f[3] = jaccard(ka.content(), kb.content());
    int sharedContent = org.parallax.text.SortedLongs.common(ka.content(), kb.content());
    double[] cont = {ka.content().length == 0 ? 1 : sharedContent / (double) ka.content().length,
        kb.content().length == 0 ? 1 : sharedContent / (double) kb.content().length};
    f[4] = cont[0];
    f[5] = cont[1];
    f[6] = ngramPrecision(ka.bigrams(), kb.bigrams());
    f[7] = ngramPrecision(ka.trigrams(), kb.trigrams());
    f[8] = jaccard(a.charTrigrams(), b.charTrigrams());
    f[9] = lcs(a.stemIds(), b.stemIds()) / (double) Math.max(1, Math.max(a.stems().size(),
        b.stems().size()));
    int la = a.words().size();
    int lb = b.words().size();
    f[10] = Math.abs(la - lb) / (double) Math.max(1, Math.max(la, lb));
    f[11] = Math.log1p(Math.min(la, lb));
    boolean numbersA = !a.numbers().isEmpty();
    boolean numbersB = !b.numbers().isEmpty();
    f[12] = numbersA && numbersB && a.numbers().equals(b.numbers()) ? 1 : 0;
    f[13] = numbersA && numbersB && !a.numbers().equals(b.numbers()) ? 1 : 0;
    f[14] = numbersA != numbersB ? 1 : 0;
    f[15] = jaccard(ka.names(), kb.names());
    f[16] = Math.log1p(ka.names().length + kb.names().length
        - 2 * org.parallax.text.SortedLongs.common(ka.names(), kb.names()));
    f[17] = (a.negations() % 2) != (b.negations() % 2) ? 1 : 0;
    f[18] = cont[0] * cont[1];
    int onlyA = ka.content().length - sharedContent;
    int onlyB = kb.content().length - sharedContent;
    f[19] = Math.min(onlyA, onlyB);
    f[20] = Math.max(onlyA, onlyB);
    double[] weighted = weightedOverlap(a, b, idf);
    f[21] = weighted[0];
    f[22] = weighted[1];
    f[23] = Math.min(weighted[0], weighted[1]);
    double[] soft = softOverlap(a, b);
    f[24] = soft[0];
    f[25] = soft[1];
    f[26] = Math.min(soft[0], soft[1]);
    // As machine-translation metrics compare a translation with its reference (Madnani et al.
    // 2012): clipped word n-gram precisions each way, a smoothed sentence BLEU each way, word
    // edit distance, and the difference in characters.
    double[][] bleus = bleu(a, b);
    double[] bleuAb = bleus[0];
    double[] bleuBa = bleus[1];
    for (int n = 0; n < BLEU_ORDER; n++) {
      f[MT_AT + n] = bleuAb[n];
      f[MT_AT + BLEU_ORDER + n] = bleuBa[n];
    }
    f[MT_AT + 2 * BLEU_ORDER] = bleuAb[BLEU_ORDER];
    f[MT_AT + 2 * BLEU_ORDER + 1] = bleuBa[BLEU_ORDER];
    f[MT_AT + 2 * BLEU_ORDER + 2] = editDistance(a.stemIds(), b.stemIds())
        / (double) Math.max(1, Math.max(la, lb));
    f[MT_AT + 2 * BLEU_ORDER + 3] = Math.abs(a.text().length() - b.text().length())
        / (double) Math.max(1, Math.max(a.text().length(), b.text().length()));
    return f;
  }

  /**
   * Clipped n-gram precisions of x's words in y (n = 1..4), then x's smoothed BLEU against y;
   * and the same of y against x, from the same counts (a multiset intersection is one size
   * either way).
   */
  private static double[][] bleu(Side x, Side y) {
    double[] xy = new double[BLEU_ORDER + 1];
    double[] yx = new double[BLEU_ORDER + 1];
    double logXy = 0;
    double logYx = 0;
    for (int n = 0; n < BLEU_ORDER; n++) {
      long[] gx = x.wordNgrams()[n];
      long[] gy = y.wordNgrams()[n];
      // Size of the multiset intersection: each n-gram counts at most as often as y has it.
      int hit = 0;
      for (int i = 0, j = 0; i < gx.length && j < gy.length;) {
        if (gx[i] == gy[j]) {
          hit++;
          i++;
          j++;
        } else if (gx[i] < gy[j]) {
          i++;
        } else {
          j++;
        }
      }
      xy[n] = gx.length == 0 ? 0 : hit / (double) gx.length;
      yx[n] = gy.length == 0 ? 0 : hit / (double) gy.length;
      logXy += Math.log((hit + 1.0) / (gx.length + 1.0));
      logYx += Math.log((hit + 1.0) / (gy.length + 1.0));
    }
    xy[BLEU_ORDER] = brevity(x, y) * Math.exp(logXy / BLEU_ORDER);
    yx[BLEU_ORDER] = brevity(y, x) * Math.exp(logYx / BLEU_ORDER);
    return new double[][] {xy, yx};
  }

  private static double brevity(Side x, Side y) {
    int lx = x.words().size();
    int ly = y.words().size();
    return lx >= ly ? 1 : Math.exp(1 - ly / (double) Math.max(1, lx));
  }

  private static int editDistance(long[] a, long[] b) {
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length; j++) {
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1),
            prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }

  /**
   * Inverse document frequencies over the sentences at hand (a story, or an evaluation file):
   * a shared rare word is stronger evidence than a shared common one.
   */
  public static final class Idf {
    static final Idf NONE = new Idf(Map.of(), 1);
    private final Map<String, Integer> df;
    private final int docs;
    // Each side's content weights in its own order, then their total: a side takes part in many
    // pairs, and its weights are the same in every one.
    private final Map<Side, double[]> weights = new java.util.IdentityHashMap<>();

    private Idf(Map<String, Integer> df, int docs) {
      this.df = df;
      this.docs = docs;
    }

    public static Idf of(java.util.Collection<Side> sides) {
      Map<String, Integer> df = new HashMap<>();
      for (Side s : sides) {
        for (String w : s.content()) {
          df.merge(w, 1, Integer::sum);
        }
      }
      Idf idf = new Idf(df, Math.max(1, sides.size()));
      for (Side s : sides) {
        idf.weights.computeIfAbsent(s, idf::weightsOf);
      }
      return idf;
    }

    /** The side's content weights in the order of its content set, then their sum. */
    double[] weights(Side s) {
      double[] w = weights.get(s);
      return w != null ? w : weightsOf(s);
    }

    private double[] weightsOf(Side s) {
      double[] out = new double[s.content().size() + 1];
      double total = 0;
      int i = 0;
      for (String w : s.content()) {
        out[i++] = weight(w);
        total += out[i - 1];
      }
      out[i] = total;
      return out;
    }

    double weight(String w) {
      return Math.log((docs + 1.0) / (df.getOrDefault(w, 0) + 1.0)) + 1;
    }
  }

  /**
   * Word overlap where an unmatched word also counts half when the other side has an unmatched
   * word of the same word class ("bought" and "acquired"): synonyms without a thesaurus.
   */
  private static double[] softOverlap(Side a, Side b) {
    return new double[] {soft(a, b), soft(b, a)};
  }

  private static double soft(Side x, Side y) {
    double hit = 0;
    long[] words = x.order().words();
    int[] classes = x.order().wordClasses();
    long[] theirs = y.keys().words();
    int[] theirClasses = y.order().classes();
    for (int i = 0; i < words.length; i++) {
      if (java.util.Arrays.binarySearch(theirs, words[i]) >= 0) {
        hit += 1;
      } else if (classes[i] >= 0
          && java.util.Arrays.binarySearch(theirClasses, classes[i]) >= 0) {
        hit += 0.5;
      }
    }
    return words.length == 0 ? 1 : hit / words.length;
  }

  /** Share of each side's idf mass that the other side shares. */
  private static double[] weightedOverlap(Side a, Side b, Idf idf) {
    double[] wa = idf.weights(a);
    double[] wb = idf.weights(b);
    return new double[] {shared(a, wa, b), shared(b, wb, a)};
  }

  /** The part of x's weights (the last entry their total) on words y has. */
  private static double shared(Side x, double[] weights, Side y) {
    long[] mine = x.order().content();
    long[] theirs = y.keys().content();
    double sum = 0;
    for (int i = 0; i < mine.length; i++) {
      if (java.util.Arrays.binarySearch(theirs, mine[i]) >= 0) {
        sum += weights[i];
      }
    }
    double total = weights[mine.length];
    return total == 0 ? 1 : sum / total;
  }

  static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Jaccard of two sorted, distinct arrays; 1 when both are empty, as for sets. */
  static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    int inter = org.parallax.text.SortedLongs.common(a, b);
    return inter / (double) (a.length + b.length - inter);
  }

  private static double ngramPrecision(long[] ga, long[] gb) {
    if (ga.length == 0 || gb.length == 0) {
      return 0;
    }
    return 2.0 * org.parallax.text.SortedLongs.common(ga, gb) / (ga.length + gb.length);
  }

  private static List<String> ngrams(List<String> w, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i + n <= w.size(); i++) {
      out.add(String.join(" ", w.subList(i, i + n)));
    }
    return out;
  }

  /** Longest common subsequence of two stem sequences, compared by their 64-bit hashes. */
  private static int lcs(long[] a, long[] b) {
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int i = 1; i <= a.length; i++) {
      long x = a[i - 1];
      for (int j = 1; j <= b.length; j++) {
        cur[j] = x == b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }
}

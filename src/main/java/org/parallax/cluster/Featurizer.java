package org.parallax.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Article;

/**
 * Turns articles into {@link DocFeatures}, keeping document frequencies as articles arrive, so the
 * weighting of a new article uses only what came before it (and itself): the online setting.
 */
final class Featurizer {
  private static final Pattern YEAR = Pattern.compile("(?<![\\d.,$])(19[5-9]\\d|20\\d\\d)(?![\\d,])");

  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s?(\\d{1,2})(?:st|nd|rd|th)?\\b"
          + "(?!\\s?[,:]?\\s?\\d{3})");

  /** Numbers of two or more digits, or with decimals, that are not clock times or dates. */
  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\d.,:/-])(\\d{1,3}(?:,\\d{3})+|\\d+\\.\\d+|\\d{2,})(?![\\d:/]|\\s?(?:a\\.m|p\\.m|am\\b|pm\\b))");
  private static final int TOP_NAMES = 3;

  /** Ids of the k largest weights of a vector. */
  private static int[] top(SparseVector v, int k) {
    Integer[] idx = new Integer[v.ids().length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    java.util.Arrays.sort(idx, (x, y) -> Float.compare(v.weights()[y], v.weights()[x]));
    int[] out = new int[Math.min(k, idx.length)];
    for (int i = 0; i < out.length; i++) {
      out[i] = v.ids()[idx[i]];
    }
    return out;
  }

  private static int monthOf(String abbreviation) {
    return "JanFebMarAprMayJunJulAugSepOctNovDec".indexOf(abbreviation) / 3 + 1;
  }

  private final Vocabulary words = new Vocabulary();
  private final Vocabulary names = new Vocabulary();
  private int docs;

  DocFeatures add(Article a, float[] embedding) {
    docs++;
    // A day or a byline set apart over the report ("Published: July 29, 2004"), left out of its
    // body, still says when and by whom the report is, which tells stories apart.
    String dated = a.body();
    for (String removed : a.removed()) {
      if (removed.length() <= 160 && (org.parallax.text.LenientDates.parse(removed) != null
          || removed.startsWith("By ") || removed.startsWith("BY "))) {
        dated = removed + "\n" + dated;
      }
    }
    String text = a.title() + "\n" + a.title() + "\n" + dated;
    SparseVector t = words.weigh(Terms.countStemmed(text), docs);
    SparseVector n = names.weigh(Names.count(a.title() + ".\n" + dated), docs);
    Set<Integer> years = new HashSet<>();
    Matcher m = YEAR.matcher(dated);
    while (m.find()) {
      years.add(Integer.parseInt(m.group(1)));
    }
    if (a.published() != null) {
      // The year of publication is a year the report is about, whether or not it says so.
      years.add(a.published().date().getYear());
    }
    Set<Integer> monthDays = new HashSet<>();
    m = MONTH_DAY.matcher(dated);
    while (m.find()) {
      int month = monthOf(m.group(1));
      int day = Integer.parseInt(m.group(2));
      if (month > 0 && day >= 1 && day <= 31) {
        monthDays.add(month * 32 + day);
      }
    }
    Set<String> numbers = new HashSet<>();
    m = NUMBER.matcher(a.title() + "\n" + dated);
    while (m.find()) {
      String v = m.group(1).replace(",", "");
      if (v.length() == 4 && v.matches("(19|20)\\d\\d")) {
        continue;
      }
      numbers.add(v);
    }
    return new DocFeatures(docs - 1, a, t, n, embedding,
        a.published() == null ? null : a.published().date(), years,
        a.place() == null ? null : a.place().toLowerCase(Locale.ROOT), monthDays, numbers,
        top(n, TOP_NAMES));
  }

  String word(int id) {
    return words.term(id);
  }

  String name(int id) {
    return names.term(id);
  }

  /** Terms with incrementally updated document frequencies. */
  static final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    private int[] df = new int[1024];

    SparseVector weigh(Map<String, Integer> counts, int docs) {
      int[] idList = new int[counts.size()];
      int k = 0;
      for (String term : counts.keySet()) {
        Integer id = ids.get(term);
        if (id == null) {
          id = terms.size();
          ids.put(term, id);
          terms.add(term);
          if (id >= df.length) {
            df = Arrays.copyOf(df, df.length * 2);
          }
        }
        df[id]++;
        idList[k++] = id;
      }
      Arrays.sort(idList);
      float[] w = new float[idList.length];
      double norm = 0;
      for (int i = 0; i < idList.length; i++) {
        int tf = counts.get(terms.get(idList[i]));
        double idf = Math.log((1.0 + docs) / (1.0 + df[idList[i]])) + 1;
        double v = (1 + Math.log(tf)) * idf;
        w[i] = (float) v;
        norm += v * v;
      }
      if (norm == 0) {
        return SparseVector.EMPTY;
      }
      float inv = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < w.length; i++) {
        w[i] *= inv;
      }
      return new SparseVector(idList, w);
    }

    String term(int id) {
      return terms.get(id);
    }
  }
}

package org.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The one sentence splitter that attribution rules and statement units share. */
public final class Sentences {
  /**
   * Words a full stop follows without ending the sentence, lower-cased and without that stop:
   * titles ("Del. Stacey Plaskett", "Capt. Ruiz"), months, legal forms and a few dotted names.
   * The attribution tokenizer splits on the same list, so a title never cuts a source in two.
   */
  public static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "messrs", "dr",
      "sen", "sens", "rep", "reps", "del", "gov", "govs", "gen", "lt", "col", "capt", "maj",
      "cmdr", "adm", "sgt", "cpl", "pvt", "det", "insp", "supt", "ald", "hon", "st", "jr", "sr",
      "prof", "rev", "fr", "pres", "atty", "u.s", "u.n", "d.c", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "inc", "corp", "co", "ltd",
      "ft", "mt", "mio", "mrd", "mld", "tsd");

  private Sentences() {}

  /**
   * After a dotted abbreviation, a lowercase word on the same line continues the sentence: "at 4
   * a.m. on Monday", "the U.K. and Spain" stay whole. (Not after any word: tokenized web addresses,
   * "www. example. com", would glue pages of links into one sentence.)
   */
  private static boolean continuesLowercase(String text, int j) {
    int k = j;
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k++;
    }
    return k > j && k < text.length() && Character.isLowerCase(text.charAt(k));
  }

  /**
   * Sentence spans {start, end} covering the text: a break after a terminal mark (and closing
   * quotes) followed by white space, unless the word before is an abbreviation ("Sen.", "U.S.")
   * or an initial, or the next word is lowercase, and at every line break.
   */
  public static List<int[]> spans(String text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean end = c == '\n';
      if (c == '.' || c == '!' || c == '?') {
        int j = i + 1;
        while (j < n && "\"”’»)".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        if (j >= n || Character.isWhitespace(text.charAt(j))) {
          int w = i;
          while (w > start && !Character.isWhitespace(text.charAt(w - 1))) {
            w--;
          }
          String word = text.substring(w, i).toLowerCase(Locale.ROOT).replaceAll("^[\"“(]+", "");
          boolean abbreviation = c == '.' && (ABBREVIATIONS.contains(word)
              || (word.length() == 1 && Character.isLetter(word.charAt(0)))
              || ((word.indexOf('.') > 0 || word.equals("etc")) && continuesLowercase(text, j)));
          if (!abbreviation) {
            i = j - 1;
            end = true;
          }
        }
      }
      if (end) {
        out.add(new int[] {start, i + 1});
        start = i + 1;
      }
    }
    if (start < n) {
      out.add(new int[] {start, n});
    }
    return out;
  }}

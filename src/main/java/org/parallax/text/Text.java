package org.parallax.text;

import java.util.Locale;
import java.util.Set;

/** Small string helpers shared by the normalization steps (and title case by who-said-what). */
public final class Text {
  private static final Set<String> LOWER_PARTICLES =
      Set.of("de", "del", "da", "do", "la", "le", "upon", "on", "am", "an", "of", "the", "and");

  private Text() {}

  static boolean isAllCaps(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  /** "NEW YORK" to "New York", "RIO DE JANEIRO" to "Rio de Janeiro". */
  public static String titleCase(String s) {
    StringBuilder out = new StringBuilder();
    String[] words = s.toLowerCase(Locale.ROOT).split(" ");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i > 0) {
        out.append(' ');
      }
      if (i > 0 && LOWER_PARTICLES.contains(w)) {
        out.append(w);
        continue;
      }
      boolean upperNext = true;
      for (char c : w.toCharArray()) {
        out.append(upperNext ? Character.toUpperCase(c) : c);
        upperNext = c == '-' || c == '.' || c == '\'';
      }
    }
    return out.toString();
  }

  /** Case- and whitespace-insensitive key for comparing headlines and paragraphs. */
  static String fold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && !out.isEmpty()) {
          out.append(' ');
        }
        gap = false;
        out.append(Character.toLowerCase(c));
      } else {
        gap = true;
      }
    }
    return out.toString();
  }
}

package org.parallax.compare;

import java.util.regex.Pattern;

/**
 * Numbers as outlets write them: "4,812,377.5" in English, and, in translations and continental
 * copy, "4 812 377" and "4.812.377" for thousands and "52,4" for a decimal. A translation that
 * keeps its source's "68,3 %" reports the same figure as "68.3 percent"; read the English way,
 * it would be 683 and "4 812 377" three small numbers, each "only here".
 */
final class Numerals {
  /** Spaces that group digits: plain, no-break, narrow no-break, thin. */
  private static final String GROUP_SPACE = "[ \\u00a0\\u202f\\u2009]";
  /** One number, the grouped forms tried before bare digits. */
  static final String PATTERN = "\\d{1,3}(?:" + GROUP_SPACE + "\\d{3})+(?![\\d.,]?\\d)"
      + "|\\d{1,3}(?:\\.\\d{3}){2,}(?![.,]?\\d)"
      + "|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?"
      + "|\\d{1,3}\\.\\d00(?![.,]?\\d)"
      + "|\\d{1,3},\\d{1,2}(?![,.]?\\d)"
      + "|\\d+(?:\\.\\d+)?";
  private static final Pattern WHOLE = Pattern.compile(PATTERN);
  private static final Pattern SPACED = Pattern.compile("\\d{1,3}(?:" + GROUP_SPACE + "\\d{3})+");
  private static final Pattern DOTTED = Pattern.compile("\\d{1,3}(?:\\.\\d{3}){2,}");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d{1,3},\\d{1,2}");
  /**
   * "1.200 neighbours", "2.600 hectares": one group of thousands after a dot, as a translation
   * from Spanish or German keeps it; an English decimal is not written with two trailing zeros.
   */
  private static final Pattern DOTTED_THOUSANDS = Pattern.compile("\\d{1,3}\\.\\d00");

  private Numerals() {}

  /** Whether {@code s} is one number in one of the forms of {@link #PATTERN}. */
  static boolean isNumber(String s) {
    return WHOLE.matcher(s).matches();
  }

  /** The value of a number matched by {@link #PATTERN}. */
  static double value(String s) {
    if (SPACED.matcher(s).matches()) {
      return Double.parseDouble(s.replaceAll(GROUP_SPACE, ""));
    }
    if (DOTTED.matcher(s).matches()) {
      return Double.parseDouble(s.replace(".", ""));
    }
    if (DOTTED_THOUSANDS.matcher(s).matches()) {
      return Double.parseDouble(s.replace(".", ""));
    }
    if (DECIMAL_COMMA.matcher(s).matches()) {
      return Double.parseDouble(s.replace(',', '.'));
    }
    return Double.parseDouble(s.replace(",", ""));
  }
}

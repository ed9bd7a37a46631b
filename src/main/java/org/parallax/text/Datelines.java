package org.parallax.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes the dateline that opens a wire report and says where it ends:
 * {@code NEW YORK, June 15. /TASS/.}, {@code Moscow. June 16. INTERFAX.RU —},
 * {@code LONDON, March 12 (Reuters) -}, {@code LONDON (Reuters) -}, {@code WASHINGTON —}.
 */
final class Datelines {
  /** What a dateline holds. Any part but the place and end may be absent (null or 0). */
  record Dateline(String place, int month, int day, Integer year, String tag, int end) {}

  private static final String WORD = "\\p{Lu}[\\p{L}'’\\-]*\\.?";
  private static final String PLACE =
      WORD + "(?:\\s+(?:(?:de|del|da|do|la|le|upon|on|am|an|of)\\s+)?" + WORD + "){0,4}";
  private static final String BRACKET_TAG = "/[^/\\n]{1,40}/|\\([^)\\n]{1,40}\\)";
  private static final String CAPS_TAG = "\\p{Lu}[\\p{Lu}\\d.&\\-]*[\\p{Lu}\\d]";
  private static final String DASH = "[—–-]{1,2}";

  /** "PORTHAVEN/ALTMÜNDE, Oct 14 (Castellan) -": a report filed from two places names both. */
  private static final String MORE_PLACES = "(?:/" + PLACE + "){0,2}";
  private static final Pattern WITH_DATE = Pattern.compile(
      "^(?<place>" + PLACE + ")" + MORE_PLACES + "(?:,\\s*(?<region>" + PLACE + "))?[.,]\\s+"
          + "(?:(?<month>" + Months.MONTH + ")\\.?\\s+(?<day>\\d{1,2})"
          + "|(?<day2>\\d{1,2})\\s+(?<month2>" + Months.MONTH + ")\\.?)"
          + "(?:,?\\s+(?<year>\\d{4}))?(?:\\s*[.,])?\\s*"
          + "(?:(?<tag>" + BRACKET_TAG + ")\\s*(?:[.:]|" + DASH + ")?"
          + "|(?<ctag>" + CAPS_TAG + ")\\s*" + DASH
          + "|" + DASH + "|:)?\\s*");
  private static final Pattern TAG_ONLY = Pattern.compile(
      "^(?<place>" + PLACE + ")" + MORE_PLACES + "(?:,\\s*(?<region>" + PLACE + "))?\\s*(?<tag>" + BRACKET_TAG
          + ")\\s*(?:[.:]|" + DASH + ")\\s*");
  private static final Pattern CAPS_PLACE = Pattern.compile(
      "^(?<place>\\p{Lu}[\\p{Lu}.'’\\-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’\\-]+){0,3})"
          + "(?:,\\s*(?<region>[\\p{L}.]+(?:\\s+[\\p{L}.]+){0,2}))?\\s+" + DASH + "\\s+");

  /** "CALDERBRIDGE, 13-03-2025 - …": a place and a numeric date, day first. */
  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "^(?<place>" + PLACE + ")" + MORE_PLACES + ",\\s*(?<date>\\d{1,2}[-./]\\d{1,2}[-./]\\d{4})"
          + "\\s*(?:(?<tag>" + BRACKET_TAG + ")\\s*)?(?:" + DASH + "|[.:])\\s+");

  /** "ALTMÜNDE. The British group …": a German paper's place in capitals before a full stop. */
  private static final Pattern CAPS_PLACE_STOP = Pattern.compile(
      "^(?<place>\\p{Lu}{4,}(?:[ -]\\p{Lu}{2,}){0,2})\\.\\s+(?=\\p{Lu}\\p{Ll})");
  private static final Pattern TITLE_PLACE = Pattern.compile(
      "^(?<place>\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){0,2})\\s+[—–]\\s+(?=\\p{Lu})");
  /** Section and genre labels a page may set before a dash. */
  private static final java.util.Set<String> LABELS = java.util.Set.of("Update", "Analysis",
      "Opinion", "Exclusive", "Watch", "Breaking", "Live", "Comment", "Review", "Explainer",
      "Interview", "Editorial", "Correction", "Podcast", "Video", "Listen", "Read", "Sport",
      "Business", "Politics", "World", "News", "Science", "Health", "Weather");

  /** Capitalized sentence openers that the place pattern would otherwise take for a city. */
  private static final java.util.Set<String> NOT_PLACES = java.util.Set.of("On", "In", "At", "By",
      "Since", "Earlier", "Later", "Last", "Next", "Until", "From", "Before", "After", "As", "The",
      "This", "That", "Then", "Today", "Yesterday", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday", "Sunday", "But", "And", "Also", "However", "Meanwhile");

  private Datelines() {}

  /** The dateline at the start of a paragraph, or {@code null}. */
  static Dateline parse(String paragraph) {
    Matcher m = WITH_DATE.matcher(paragraph);
    if (m.lookingAt() && plausiblePlace(m.group("place"))) {
      String matched = m.group().strip();
      char last = matched.charAt(matched.length() - 1);
      boolean terminated = ".,:/)—–-".indexOf(last) >= 0 || m.group("ctag") != null;
      if (terminated) {
        String monthName = m.group("month") != null ? m.group("month") : m.group("month2");
        String day = m.group("day") != null ? m.group("day") : m.group("day2");
        int month = Months.month(monthName);
        int d = Integer.parseInt(day);
        if (month > 0 && d >= 1 && d <= 31) {
          String tag = m.group("tag") != null ? m.group("tag") : m.group("ctag");
          Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
          return new Dateline(place(m.group("place")), month, d, year, tag, m.end());
        }
      }
    }
    m = TAG_ONLY.matcher(paragraph);
    if (m.lookingAt() && plausiblePlace(m.group("place"))) {
      // "INDIANAPOLIS, Ind. (June 15, 2014) —": the brackets hold the date, not an agency.
      LenientDates.Parsed date = LenientDates.findInText(m.group("tag"));
      if (date != null) {
        return new Dateline(place(m.group("place")), date.date().getMonthValue(),
            date.date().getDayOfMonth(), date.date().getYear(), null, m.end());
      }
      return new Dateline(place(m.group("place")), 0, 0, null, m.group("tag"), m.end());
    }
    m = CAPS_PLACE.matcher(paragraph);
    if (m.lookingAt() && m.group("place").replaceAll("[^\\p{L}]", "").length() >= 3) {
      return new Dateline(place(m.group("place")), 0, 0, null, null, m.end());
    }
    m = NUMERIC_DATE.matcher(paragraph);
    if (m.lookingAt() && plausiblePlace(m.group("place"))) {
      String[] d = m.group("date").split("[-./]");
      int day = Integer.parseInt(d[0]);
      int month = Integer.parseInt(d[1]);
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        return new Dateline(place(m.group("place")), month, day, Integer.valueOf(d[2]),
            m.group("tag"), m.end());
      }
    }
    m = CAPS_PLACE_STOP.matcher(paragraph);
    if (m.lookingAt() && !LABELS.contains(Text.titleCase(m.group("place")))
        && !java.util.Set.of("UPDATE", "BREAKING", "EXCLUSIVE", "URGENT", "CORRECTION", "NOTE",
            "EDITORS", "WARNING").contains(m.group("place"))) {
      String rest = paragraph.substring(m.end()).strip();
      if (rest.split("\\s+").length >= 8) {
        return new Dateline(place(m.group("place")), 0, 0, null, null, m.end());
      }
    }
    // "Merovitz – In Lusavia, the opposition …": a place in title case before a spaced long
    // dash, opening a paragraph of report (not a headline's "Brexit – what next")
    m = TITLE_PLACE.matcher(paragraph);
    if (m.lookingAt() && plausiblePlace(m.group("place"))
        && !NOT_PLACES.contains(m.group("place")) && !LABELS.contains(m.group("place"))) {
      String rest = paragraph.substring(m.end()).strip();
      if (rest.split("\\s+").length >= 8 && ".!?\"”’".indexOf(rest.charAt(rest.length() - 1)) >= 0) {
        return new Dateline(m.group("place"), 0, 0, null, null, m.end());
      }
    }
    return null;
  }

  private static boolean plausiblePlace(String raw) {
    return !NOT_PLACES.contains(raw.strip().split("\\s+")[0]);
  }

  private static String place(String raw) {
    String p = raw.strip();
    return Text.isAllCaps(p) ? Text.titleCase(p) : p;
  }
}

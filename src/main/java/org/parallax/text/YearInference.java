package org.parallax.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the year of a dateline that gives only month and day, from evidence in the text, or
 * gives up. Evidence:
 *
 * <ul>
 *   <li>a report cannot predate the latest year it mentions (decades such as "1970s", years
 *       beyond the current one and years in sentences about the future are plans, not evidence);
 *   <li>a weekday written with a date ("Wednesday, March 19") must be that date's weekday;
 *   <li>weekdays named for past events ("on Thursday", "late on Tuesday") are the dateline's day
 *       or the day before: news reports what happened today or yesterday. Sentences about the
 *       future ("will", "is due", "scheduled") are ignored.
 * </ul>
 *
 * <p>The latest mentioned year wins if every named weekday fits it. Past that year only a year in
 * which some named weekday is the day before the dateline counts: a later year needs positive
 * evidence, and "yesterday" is the usual news reading (a foreign agency's dateline also runs a
 * time zone ahead of the event). The Interfax seed (2012 mentioned, "on Thursday" in a June 16
 * report) so gives 2017, when June 15 was a Thursday. Without a mentioned year, or with weekdays
 * that fit no year, the answer is {@code null}: never an invented date.
 */
final class YearInference {
  private static final Pattern YEAR =
      Pattern.compile("(?<![\\d,.$€£])(1[89]\\d\\d|20\\d\\d)(?!\\d|,\\d|s\\b|['’]s\\b)");
  private static final Pattern WEEKDAY_REF = Pattern.compile(
      "\\b(?:[Oo]n|[Ll]ast|[Ss]ince|[Ee]arly|[Ll]ate|[Tt]his|[Ss]pent)\\s+("
          + Months.WEEKDAY + ")\\b(?!,?\\s+" + Months.MONTH + ")");
  private static final Pattern WEEKDAY_DATE = Pattern.compile(
      "\\b(" + Months.WEEKDAY + "),?\\s+(" + Months.MONTH + ")\\.?\\s+(\\d{1,2})\\b(?!,?\\s+\\d{4})");
  private static final Pattern FUTURE = Pattern.compile(
      "\\b(?:will|would|shall|is due|are due|scheduled|expected to|plans? to|next|until|before)\\b",
      Pattern.CASE_INSENSITIVE);
  /** How far past the latest mentioned year the search goes before giving up. */
  private static final int HORIZON = 14;

  private record DayOfYear(int weekday, int month, int day) {}

  private YearInference() {}

  /**
   * @param maxYear the latest plausible year (the current one)
   */
  /**
   * Whether a year given from outside the text (the year of the batch's other reports of those
   * days) fits the weekdays the text names, as {@link #infer} reads them.
   */
  static boolean consistent(int year, int month, int day, String text) {
    Evidence e = evidence(text, Integer.MAX_VALUE);
    return date(year, month, day) != null && explicitFit(year, e.explicit())
        && (e.weekdays().isEmpty() || looseFit(year, month, day, e.weekdays()));
  }

  private record Evidence(int latest, Set<Integer> weekdays, List<DayOfYear> explicit) {}

  static Integer infer(int month, int day, String text, int maxYear) {
    Evidence e = evidence(text, maxYear);
    int latest = e.latest();
    Set<Integer> weekdays = e.weekdays();
    List<DayOfYear> explicit = e.explicit();
    if (latest < 0) {
      return null;
    }
    return decide(month, day, maxYear, latest, weekdays, explicit);
  }

  private static Evidence evidence(String text, int maxYear) {
    int latest = -1;
    boolean latestOnlyPast = false;
    Set<Integer> weekdays = new HashSet<>();
    List<DayOfYear> explicit = new ArrayList<>();
    int start = 0;
    int n = text.length();
    while (start < n) {
      int end = start;
      while (end < n && ".!?".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      while (end < n && ".!?".indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      String sentence = text.substring(start, end);
      start = end;
      // Most sentences name neither a year nor a weekday; skip the patterns for those.
      boolean weekday = sentence.contains("day");
      boolean digits = hasYearDigits(sentence);
      if (!weekday && !digits) {
        continue;
      }
      if (weekday) {
        Matcher d = WEEKDAY_DATE.matcher(sentence);
        while (d.find()) {
          explicit.add(new DayOfYear(Months.weekday(d.group(1)), Months.month(d.group(2)),
              Integer.parseInt(d.group(3))));
        }
      }
      if (FUTURE.matcher(sentence).find()) {
        continue;
      }
      if (digits) {
        Matcher y = YEAR.matcher(sentence);
        while (y.find()) {
          int year = Integer.parseInt(y.group(1));
          // "the highest level since 1997", "the worst in 1997": a year set against now, so
          // not the report's own
          boolean past = PAST_MARK.matcher(sentence.substring(0, y.start())).find();
          if (year <= maxYear && (year > latest || year == latest && !past)) {
            latest = year;
            latestOnlyPast = past;
          }
        }
      }
      if (weekday) {
        Matcher w = WEEKDAY_REF.matcher(sentence);
        while (w.find()) {
          weekdays.add(Months.weekday(w.group(1)));
        }
      }
    }
    // A report whose latest year is only ever one it measures against ("since 1997") says
    // nothing of its own year but that it is later: no year from weekdays alone.
    return new Evidence(latestOnlyPast && explicit.isEmpty() ? -1 : latest, weekdays, explicit);
  }

  private static final Pattern PAST_MARK = Pattern.compile(
      "(?i)\\b(?:since|than in|record(?:ed)? in|worst (?:flood(?:ing)?|since)|last seen in)\\s*$");

  private static Integer decide(int month, int day, int maxYear, int latest,
      Set<Integer> weekdays, List<DayOfYear> explicit) {
    if (weekdays.isEmpty() && explicit.isEmpty()) {
      return null;
    }
    List<Integer> candidates = new ArrayList<>();
    for (int year = latest; year <= Math.min(maxYear, latest + HORIZON); year++) {
      if (date(year, month, day) != null && explicitFit(year, explicit)) {
        candidates.add(year);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    if (!explicit.isEmpty()) {
      for (int year : candidates) {
        if (looseFit(year, month, day, weekdays)) {
          return year;
        }
      }
      return candidates.get(0);
    }
    if (candidates.get(0) == latest && looseFit(latest, month, day, weekdays)) {
      return latest;
    }
    for (int year : candidates) {
      LocalDate d = date(year, month, day);
      if (looseFit(year, month, day, weekdays)
          && weekdays.contains(d.minusDays(1).getDayOfWeek().getValue())) {
        return year;
      }
    }
    return null;
  }

  private static boolean hasYearDigits(String s) {
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  /** Every named weekday is the dateline's day or the day before. */
  private static boolean looseFit(int year, int month, int day, Set<Integer> weekdays) {
    LocalDate d = date(year, month, day);
    int same = d.getDayOfWeek().getValue();
    int before = d.minusDays(1).getDayOfWeek().getValue();
    for (int w : weekdays) {
      if (w != same && w != before) {
        return false;
      }
    }
    return true;
  }

  private static boolean explicitFit(int year, List<DayOfYear> explicit) {
    for (DayOfYear e : explicit) {
      LocalDate d = date(year, e.month(), e.day());
      if (d == null || d.getDayOfWeek().getValue() != e.weekday()) {
        return false;
      }
    }
    return true;
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}

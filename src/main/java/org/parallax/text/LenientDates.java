package org.parallax.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates the way publishers write them: ISO-8601, RFC 1123, and free text such as
 * {@code on Tuesday, 16 December 2008 13 : 45.} or {@code June 15, 2017}. Returns {@code null}
 * rather than guessing when no full date (with a year) is present.
 */
public final class LenientDates {
  /** A parsed date: the ISO string to report and the calendar date. */
  public record Parsed(String iso, LocalDate date) {}

  private static final Pattern ISO_PREFIX =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?"
          + "\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC\\b|GMT\\b)?)?");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + Months.MONTH + ")\\.?,?\\s+(\\d{4})\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "\\b(" + Months.MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"
          + "(?:,?\\s+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})\\s*([ap]\\.?m\\.?)?(?![\\d]))?",
      Pattern.CASE_INSENSITIVE);
  /** US order, as in "12 / 16 / 08 1 : 30 AM EST"; two-digit years are 20xx up to now. */
  private static final Pattern US_NUMERIC =
      Pattern.compile("(?<![\\d/])(\\d{1,2})\\s?/\\s?(\\d{1,2})\\s?/\\s?(\\d{4}|\\d{2})(?![\\d/])"
          + "(?:,?\\s+(\\d{1,2})[:.](\\d{2})(?![\\d.:]))?");
  private static final Pattern ISO_IN_TEXT =
      Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
  /**
   * Day first, as German, Russian and most of Europe write it ("28.11.2026", "28.11.2026 14:30");
   * nobody writes the month first with dots, so the order is not guessed.
   */
  private static final Pattern DOTTED = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:,?\\s+(\\d{1,2})[:.](\\d{2}))?(?![\\d.]\\d)");
  private static final Pattern SLASHED = Pattern.compile("\\b(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b");
  /** "13-03-2025": Dutch, Danish and Indian copy write the day first, with dashes. */
  private static final Pattern DASHED = Pattern.compile(
      "(?<![\\d-])(\\d{1,2})-(\\d{1,2})-(\\d{4})(?:,?\\s+(\\d{1,2})[:.](\\d{2}))?(?![\\d-])");

  private LenientDates() {}

  public static Parsed parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    Matcher iso = ISO_PREFIX.matcher(t);
    if (iso.lookingAt()) {
      Parsed p = iso(iso);
      if (p != null) {
        return p;
      }
    }
    try {
      ZonedDateTime z = ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME);
      OffsetDateTime o = z.toOffsetDateTime();
      return new Parsed(o.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), o.toLocalDate());
    } catch (DateTimeException e) {
      // fall through to free text
    }
    return findInText(t);
  }

  /** A way of writing a date: which group holds the year, the month (a name or a number), the day. */
  private record Form(Pattern pattern, int year, int month, int day, boolean monthName) {}

  private static final List<Form> FORMS = List.of(
      new Form(DAY_MONTH_YEAR, 3, 2, 1, true),
      new Form(MONTH_DAY_YEAR, 3, 1, 2, true),
      new Form(ISO_IN_TEXT, 1, 2, 3, false),
      new Form(US_NUMERIC, 3, 1, 2, false),
      new Form(SLASHED, 1, 2, 3, false),
      new Form(DOTTED, 3, 2, 1, false),
      new Form(DASHED, 3, 2, 1, false));

  /** The first full date written in free text, or {@code null}. */
  static Parsed findInText(String t) {
    Parsed best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Form f : FORMS) {
      Matcher m = f.pattern().matcher(t);
      if (!m.find() || m.start() >= bestAt) {
        continue;
      }
      int year = Integer.parseInt(m.group(f.year()));
      if (year < 100) { // "12 / 16 / 08": two-digit years are 20xx up to now
        year += year <= java.time.Year.now().getValue() % 100 ? 2000 : 1900;
      }
      int month = f.monthName() ? Months.month(m.group(f.month()))
          : Integer.parseInt(m.group(f.month()));
      Parsed p = of(year, month, Integer.parseInt(m.group(f.day())));
      if (p == null && f.pattern() == US_NUMERIC) {
        // "23/10/2025": no month 23, so the day comes first, as outside the US
        p = of(year, Integer.parseInt(m.group(f.day())), month);
      }
      if (p != null && (f.pattern() == DOTTED || f.pattern() == US_NUMERIC
          || f.pattern() == MONTH_DAY_YEAR || f.pattern() == DASHED) && m.group(4) != null) {
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        // "10:05 AM", "3:15 p.m."
        String half = f.pattern() == MONTH_DAY_YEAR && m.group(6) != null
            ? m.group(6).toLowerCase(java.util.Locale.ROOT) : "";
        if (half.startsWith("p") && hour < 12) {
          hour += 12;
        } else if (half.startsWith("a") && hour == 12) {
          hour = 0;
        }
        if (hour < 24 && minute < 60) {
          p = new Parsed(p.date().atTime(hour, minute).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
              p.date());
        }
      }
      if (p != null) {
        best = p;
        bestAt = m.start();
      }
    }
    return best;
  }

  /**
   * "09/03/2026" read day first (9 March), with its time, when it could be read either way;
   * {@code null} when the text is no such date or only one reading is a date.
   */
  public static Parsed dayFirst(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = US_NUMERIC.matcher(s.strip());
    if (!m.matches()) {
      return null;
    }
    int a = Integer.parseInt(m.group(1));
    int b = Integer.parseInt(m.group(2));
    if (a > 12 || b > 12 || a == b) {
      return null;
    }
    int year = Integer.parseInt(m.group(3));
    year += year < 100 ? (year <= java.time.Year.now().getValue() % 100 ? 2000 : 1900) : 0;
    Parsed p = of(year, b, a);
    if (p != null && m.group(4) != null) {
      int hour = Integer.parseInt(m.group(4));
      int minute = Integer.parseInt(m.group(5));
      if (hour < 24 && minute < 60) {
        p = new Parsed(p.date().atTime(hour, minute).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
            p.date());
      }
    }
    return p;
  }

  private static Parsed iso(Matcher m) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return new Parsed(date.toString(), date);
      }
      LocalDateTime ldt = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      String zone = m.group(7);
      if (zone == null) {
        return new Parsed(ldt.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), date);
      }
      ZoneOffset offset = zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT") ? ZoneOffset.UTC
          : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
      OffsetDateTime o = OffsetDateTime.of(ldt, offset);
      return new Parsed(o.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), date);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static Parsed of(int year, int month, int day) {
    if (year < 1800 || year > 2200 || month == 0) {
      return null;
    }
    try {
      LocalDate d = LocalDate.of(year, month, day);
      return new Parsed(d.toString(), d);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** ISO instant to a parsed value, for callers holding {@link Instant}s. */
  static Parsed of(Instant instant) {
    OffsetDateTime o = instant.atOffset(ZoneOffset.UTC);
    return new Parsed(o.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), o.toLocalDate());
  }
}

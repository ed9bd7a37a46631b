package org.parallax.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an article was published, and how we know.
 *
 * @param iso {@code YYYY-MM-DD} or an ISO-8601 date-time with offset
 * @param date the calendar date part, for windows and ordering
 * @param source where it came from: {@code metadata}, {@code dateline}, {@code text}, or
 *     {@code crawl} (an archive's fetch date, when nothing in the page dates it)
 * @param yearInferred true when the year was not written but inferred from evidence in the text
 */
public record Published(String iso, LocalDate date, String source, boolean yearInferred) {
  public Published {
    Objects.requireNonNull(iso, "iso");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
  }

  /**
   * A key that orders publications in time: the instant (epoch seconds) when {@code iso} holds a
   * time of day, else the end of the date (UTC), so that on one day a report whose hour is
   * known comes before one known only by its date, and reports of one day keep their hours
   * ("06:10" before "09:00", where ordering by date alone fell back on input order).
   */
  public long timeKey() {
    int t = iso.indexOf('T');
    if (t > 0) {
      try {
        return java.time.OffsetDateTime.parse(iso).toEpochSecond();
      } catch (java.time.format.DateTimeParseException e) {
        try {
          return java.time.LocalDateTime.parse(iso).toEpochSecond(java.time.ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException ignored) {
          // fall through to the date
        }
      }
    }
    return date.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond() - 1;
  }
}

package org.parallax.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an article was published, and how we know.
 *
 * @param iso {@code YYYY-MM-DD} or an ISO-8601 date-time with offset
 * @param date the calendar date part, for windows and ordering
 * @param source where it came from: {@code metadata}, {@code dateline} or {@code text}
 * @param yearInferred true when the year was not written but inferred from evidence in the text
 */
public record Published(String iso, LocalDate date, String source, boolean yearInferred) {
  public Published {
    Objects.requireNonNull(iso, "iso");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
  }
}

package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LenientDatesTest {
  @Test
  void aSlashedDateThatCannotBeMonthFirstIsDayFirst() {
    assertEquals("2025-10-23", LenientDates.parse("23/10/2025").iso());
    assertEquals("2025-10-03", LenientDates.parse("10/3/2025").iso(), "US order when both fit");
  }

  @Test
  void readsTheFormsPublishersWrite() {
    assertEquals("2026-11-28T07:40:00Z", LenientDates.parse("2026-11-28 07:40 UTC").iso());
    assertEquals("2026-11-28T09:15:00+01:00", LenientDates.parse("2026-11-28T09:15:00+01:00").iso());
    assertEquals("2026-11-27T16:30:00Z", LenientDates.parse("Fri, 27 Nov 2026 16:30:00 GMT").iso());
    assertEquals("2026-06-15", LenientDates.parse("June 15, 2026").iso());
    assertEquals("2026-12-16", LenientDates.parse("on Wednesday, 16 December 2026 13 : 45.").iso());
  }

  @Test
  void dottedDatesAreDayFirst() {
    // A Russian or German service's "28.11.2026" is the 28th of November, never a month 28.
    assertEquals("2026-11-28", LenientDates.parse("28.11.2026").iso());
    assertEquals("2026-03-04T14:30:00", LenientDates.parse("04.03.2026 14:30").iso());
    assertEquals("2026-03-04", LenientDates.parse("Datum: 4.3.2026").iso());
    assertNull(LenientDates.parse("11.28.2026"), "no month 28");
  }

  @Test
  void noYearNoDate() {
    assertNull(LenientDates.parse("28 November"));
    assertNull(LenientDates.parse("version 1.2.3"));
  }
}

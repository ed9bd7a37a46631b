package org.parallax.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Format;
import org.parallax.model.Published;

class HtmlReportWhenTest {
  private static Article at(String iso) {
    LocalDate d = LocalDate.parse(iso.substring(0, 10));
    return new Article("a", "a.txt", Format.TEXT, null, "Pacific Wire", null, "Fire", false, null,
        new Published(iso, d, "metadata", false), "en", "Body.", "Body.", "h", List.of(),
        List.of(), false, 0, null);
  }

  @Test
  void theHourIsShownWhenTheSourceGivesOne() {
    assertEquals("2026-08-03 06:10 UTC", HtmlReport.when(at("2026-08-03T06:10:00Z")));
    assertEquals("2026-08-03 08:30 +02:00 (06:30 UTC)",
        HtmlReport.when(at("2026-08-03T08:30:00+02:00")));
    assertEquals("2026-08-03 01:30 +02:00 (2026-08-02 23:30 UTC)",
        HtmlReport.when(at("2026-08-03T01:30:00+02:00")));
    assertEquals("2026-08-03", HtmlReport.when(at("2026-08-03")));
  }

  @Test
  void figuresFromReportsHoursApartAreSetApartFromDisagreements() {
    String html = HtmlReport.conflicts(List.of(
        "Radio K: Four people; Courier: Six people — \"Four people have died.\"",
        "Radio K: Four people; Wire: Seven people (9 h later) — \"Four people have died.\""));
    int disagrees = html.indexOf("Disagrees with other outlets");
    int apart = html.indexOf("published hours apart");
    assertTrue(disagrees >= 0 && apart > disagrees, html);
    assertTrue(html.indexOf("Seven people") > apart && html.indexOf("Six people") < apart, html);
  }

  @Test
  void theWordsAStoryWasJoinedByAreShownAsWritten() {
    assertEquals(List.of("Marrowby", "explosion", "zzq"), HtmlReport.asWritten(
        List.of("marrowbi", "explos", "zzq"), "An explosion hit the Marrowby plant."));
  }
}

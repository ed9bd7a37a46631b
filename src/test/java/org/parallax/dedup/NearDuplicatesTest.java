package org.parallax.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Format;
import org.parallax.model.Published;

class NearDuplicatesTest {
  private static final String[] PARAGRAPHS = {
      "Fire crews fought through the night to contain a blaze that tore through a timber yard on"
          + " the eastern edge of Korvala, the regional rescue service said on Thursday.",
      "About 120 firefighters and 34 engines were deployed at the height of the fire, which broke"
          + " out shortly after nine in the evening in a drying shed, chief officer Anja Lehtonen"
          + " told reporters at the scene.",
      "\"The wind turned twice during the night and pushed the flames toward the houses on Mill"
          + " Road, so we evacuated forty homes as a precaution,\" Lehtonen said.",
      "Nobody was injured, but the yard's owner, Korvala Timber, said stock worth several million"
          + " euros had been destroyed and that about sixty employees would be sent home for now.",
      "Police have opened an investigation into the cause. Investigators will examine an electrical"
          + " cabinet in the drying shed where witnesses first saw smoke.",
      "Residents were allowed back into their homes on Thursday morning after air measurements"
          + " showed no danger, the municipality said in a statement."};

  private static Article article(String id, String title, String body, int day, long order) {
    LocalDate d = LocalDate.of(2025, 9, day);
    return new Article(id, id + ".txt", Format.TEXT, null, "Outlet " + id, null, title, false,
        null, new Published(d.toString(), d, "metadata", false), "en", body, body, "h" + id,
        List.of(), List.of(), false, order, null);
  }

  private static String body(String... paragraphs) {
    return String.join("\n\n", paragraphs);
  }

  @Test
  void editedCopyIsFoundAndLinkedToTheEarliest() {
    Article original = article("orig", "Timber yard fire forces evacuation in Korvala",
        body(PARAGRAPHS), 4, 0);
    // New headline, one paragraph trimmed, boilerplate appended, quote marks changed, a day later.
    Article copy = article("copy", "Korvala blaze: forty homes evacuated",
        body(PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2].replace('"', '“'), PARAGRAPHS[3],
            PARAGRAPHS[5], "This story was distributed by Nordic Wire. All rights reserved."),
        5, 1);
    // A re-post of the copy: must point at the original, not at the copy.
    Article repost = article("repost", "Fire in Korvala", copy.body(), 6, 2);
    Map<String, String> dups = new NearDuplicates().find(List.of(repost, copy, original));
    assertEquals(Map.of("copy", "orig", "repost", "orig"), dups);
  }

  @Test
  void theCreditedSourceIsTheOriginalEvenWhenTheCopyIsDatedEarlier() {
    Article original = article("orig", "Timber yard fire forces evacuation in Korvala",
        body(PARAGRAPHS), 5, 1);
    Article copy = new Article("copy", "copy.xml#1", Format.RSS, null, "Harbour Daily", null,
        "Korvala blaze", false, null, new Published("2025-09-04", LocalDate.of(2025, 9, 4),
            "metadata", false), "en", body(PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[2],
            PARAGRAPHS[3], PARAGRAPHS[4]), "", "hc", List.of(),
        List.of("This article was syndicated from Outlet orig. All rights reserved."), false, 0,
        null);
    assertEquals(Map.of("copy", "orig"), new NearDuplicates().find(List.of(copy, original)));
  }

  @Test
  void onOneDayTheHourDecidesWhichCopyIsTheOriginal() {
    LocalDate d = LocalDate.of(2025, 9, 4);
    Article late = new Article("late", "late.txt", Format.TEXT, null, "Valley Herald", null,
        "Korvala blaze", false, null, new Published("2025-09-04T09:00:00Z", d, "metadata", false),
        "en", body(PARAGRAPHS), "", "hl", List.of(), List.of(), false, 0, null);
    Article early = new Article("early", "early.txt", Format.TEXT, null, "Pacific Wire", null,
        "Korvala blaze", false, null, new Published("2025-09-04T06:10:00Z", d, "metadata", false),
        "en", body(PARAGRAPHS), "", "he", List.of(), List.of(), false, 1, null);
    assertEquals(Map.of("late", "early"), new NearDuplicates().find(List.of(late, early)));
    // A copy crediting its source by "(Reporting by …)" points at it too.
    Article credited = new Article("credited", "c.txt", Format.TEXT, null, "Bay Courier", null,
        "Korvala blaze", false, null, new Published("2025-09-04T05:00:00Z", d, "metadata", false),
        "en", body(PARAGRAPHS) + "\n\n(Reporting by Valley Herald)", "", "hc", List.of(),
        List.of(), false, 2, null);
    assertEquals("late", new NearDuplicates().find(List.of(late, credited)).get("credited"));
  }

  @Test
  void twoReportsOfOneEventAreNotDuplicates() {
    Article a = article("a", "Timber yard fire", body(PARAGRAPHS), 4, 0);
    Article b = article("b", "Korvala fire destroys timber stock", body(
        "A large fire destroyed a timber yard in Korvala overnight, forcing the evacuation of"
            + " about 40 houses, rescue officials said on Thursday.",
        "Chief officer Anja Lehtonen said the wind had changed direction twice. \"The wind turned"
            + " twice during the night and pushed the flames toward the houses on Mill Road,\" she"
            + " said, adding that 120 firefighters had been on duty.",
        "The owner estimated the damage at several million euros. The cause is not yet known and"
            + " police are investigating."), 4, 1);
    assertTrue(new NearDuplicates().find(List.of(a, b)).isEmpty());
  }

  @Test
  void shortTextsAreNeverCalledCopies() {
    Article a = article("a", "Brief", "Markets closed higher on Monday.", 4, 0);
    Article b = article("b", "Brief", "Markets closed higher on Monday.", 4, 1);
    assertTrue(new NearDuplicates().find(List.of(a, b)).isEmpty());
  }
}

package org.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.compare.Unit;
import org.parallax.compare.Units;
import org.parallax.model.Article;
import org.parallax.model.Format;
import org.parallax.model.Published;

class SegmentsTest {
  private static final String BODY = "Flood barriers along the Orsk canal gave way on Tuesday night,"
      + " forcing 340 residents from their homes. The regional water board said pumps had failed"
      + " at two stations. Crews worked through the night to close the breach. A second wall"
      + " is due to be inspected on Friday. Officials expect the water to recede by the weekend.";

  private static Article article(String title, String body) {
    LocalDate d = LocalDate.of(2025, 3, 4);
    return new Article("a1", "test#1", Format.TEXT, null, "Fictional Courier", "metadata", title,
        false, null, new Published(d.toString(), d, "metadata", false), "en", body, body, "h1",
        List.of(), List.of(), false, 0, null);
  }

  @Test
  void leadPassageJoinsTheHeadlineThenWholeSentencesUpToTheWordBudget() {
    List<String> s = Segments.of(article("Canal wall breaks in Orsk", BODY), 2, 40);
    assertEquals(List.of(
        "Canal wall breaks in Orsk. Flood barriers along the Orsk canal gave way on Tuesday night,"
            + " forcing 340 residents from their homes.",
        "The regional water board said pumps had failed at two stations.",
        "Crews worked through the night to close the breach."), s);
  }

  /** The comparison reuses clustering's vectors only if both cut the same sentence strings. */
  @Test
  void sentencesAfterTheLeadAreTheComparisonsUnitTexts() {
    List<String> s = Segments.of(article("Canal wall breaks in Orsk", BODY), 2, 40);
    List<String> units = Units.of("a1", BODY, List.of()).stream().map(Unit::text).toList();
    for (String sentence : s.subList(1, s.size())) {
      assertTrue(units.contains(sentence), sentence + " is not a unit of " + units);
    }
  }

  @Test
  void aBodyWithoutSentencesFallsBackToTheHeadline() {
    assertEquals(List.of("Only a headline"), Segments.of(article("Only a headline", ""), 2, 40));
  }
}

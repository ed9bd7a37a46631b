package org.parallax.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Format;
import org.parallax.model.Published;

class MarkDuplicatesTest {
  private static final String BODY = String.join("\n\n",
      "The former chief executive of Halbeck Water was jailed for seven years on Tuesday after a"
          + " jury found that he had hidden cracks in the Marden Vale dam from investors.",
      "Judge Helen Marsh said the case was among the most serious breaches of trust she had seen"
          + " in thirty years on the bench, and that the public had been put at risk.",
      "She also ordered him to pay a fine of £2.4 million and barred him from serving as a company"
          + " director for fifteen years.",
      "His lawyer said outside court that her client was bitterly disappointed and would appeal"
          + " against both the verdict and the sentence.");

  private static Article article(String id, String body, int day) {
    LocalDate d = LocalDate.of(2025, 3, day);
    return new Article(id, id + ".txt", Format.TEXT, null, "Outlet " + id, null, "Dam chief jailed",
        false, null, new Published(d.toString(), d, "metadata", false), "en", body, body, "h" + id,
        List.of(), List.of(), false, day, null);
  }

  @Test
  void aCopyThatChangedAFigureIsAReportOfItsOwnAndATrimmedCopyIsNot() {
    Article original = article("orig", BODY, 4);
    Article altered = article("altered", BODY.replace("£2.4 million", "£4.2 million"), 5);
    Article trimmed = article("trimmed", BODY.substring(0, BODY.lastIndexOf("\n\n")), 5);
    List<Article> marked = Analysis.markDuplicates(List.of(original, altered, trimmed));
    assertNull(marked.get(1).duplicateOf(), "the disagreement on the fine must show");
    assertEquals("orig", marked.get(2).duplicateOf());
  }
}

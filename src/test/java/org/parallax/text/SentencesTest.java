package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  private static List<String> split(String text) {
    return Sentences.spans(text).stream().map(s -> text.substring(s[0], s[1]).strip())
        .filter(s -> !s.isEmpty()).toList();
  }

  @Test
  void breaksAfterTerminalMarksAndClosingQuotes() {
    assertEquals(List.of("The ferry sank.", "“Nobody was hurt,” she said.", "Why now?"),
        split("The ferry sank. “Nobody was hurt,” she said. Why now?"));
  }

  @Test
  void abbreviationsInitialsAndLowercaseContinuationsDoNotBreak() {
    assertEquals(List.of("Sen. Ada Morrow of the U.S. Senate met J. Kell at 4 a.m. on Monday.",
        "Talks resume on Friday."),
        split("Sen. Ada Morrow of the U.S. Senate met J. Kell at 4 a.m. on Monday. Talks resume"
            + " on Friday."));
  }

  @Test
  void everyLineBreakEndsASentence() {
    assertEquals(List.of("Headline without a period", "Body starts here."),
        split("Headline without a period\nBody starts here."));
  }
}

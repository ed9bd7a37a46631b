package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.attribution.WhoSaidWhat;

/** Alignment rules on fictional reports of one event. */
class StoryComparisonTest {
  private static StoryComparison.Input input(String id, String outlet, String body) {
    WhoSaidWhat w = WhoSaidWhat.of(body);
    return new StoryComparison.Input(id, outlet, body, w.quotes(), w.entities());
  }

  @Test
  void sameQuoteAlignedOncePerArticleAndNumbersThatDisagreeAreConflicts() {
    StoryComparison.Input a = input("a", "Harbour Ledger", String.join("\n\n",
        "About 300 people were evacuated from the old town on Sunday after the river burst its"
            + " banks.",
        "\"We will rebuild every bridge before the winter comes,\" Mayor Lena Brandt said.",
        "The museum of maritime history will stay closed until further notice."));
    StoryComparison.Input b = input("b", "Nordpress", String.join("\n\n",
        "About 350 people were evacuated from the old town on Sunday when the river burst its"
            + " banks.",
        "Mayor Lena Brandt said: \"Every bridge will be rebuilt before winter comes.\"",
        "Volunteers handed out blankets at the central railway station."));
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    StoryComparison.Statement quote = r.statements().stream()
        .filter(s -> s.variants().get(0).text().contains("bridge")).findFirst().orElseThrow();
    assertEquals("Lena Brandt", quote.speaker());
    assertEquals(2, quote.variants().size());
    for (StoryComparison.Statement s : r.statements()) {
      assertEquals(s.variants().size(), s.variants().stream()
          .map(StoryComparison.Variant::article).distinct().count(), "one unit per article");
    }
    StoryComparison.Coverage ca = r.coverage().get(0);
    assertTrue(ca.conflicts().stream().anyMatch(c -> c.contains("300") && c.contains("350")),
        ca.toString());
    assertTrue(ca.onlyHere().stream().anyMatch(t -> t.contains("museum")), ca.toString());
    assertTrue(ca.omits().stream().anyMatch(t -> t.contains("blankets")), ca.toString());
  }

  @Test
  void daysAndNamesThatDisagreeAreConflictsToo() {
    StoryComparison.Input a = input("a", "Harbour Ledger", String.join("\n\n",
        "The fire broke out on Tuesday in a warehouse owned by the trader Marek Kowalski.",
        "Volunteers handed out blankets at the central railway station."));
    StoryComparison.Input b = input("b", "Nordpress", String.join("\n\n",
        "The fire broke out on Wednesday in a warehouse owned by the trader Marek Kowalska.",
        "The Russian consulate offered help."));
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    StoryComparison.Coverage ca = r.coverage().get(0);
    assertTrue(ca.conflicts().stream().anyMatch(c -> c.contains("Tuesday")
        && c.contains("Wednesday") && c.contains("Kowalski") && c.contains("Kowalska")),
        ca.toString());
    assertTrue(StoryComparison.nearlyAlike("Zielinski", "Zielinsky"));
    assertTrue(!StoryComparison.nearlyAlike("Russia", "Russian")
        && !StoryComparison.nearlyAlike("Democrat", "Democratic")
        && !StoryComparison.nearlyAlike("Brandt", "Brandt's")
        && !StoryComparison.nearlyAlike("Lind", "Lund"));
  }

  @Test
  void aQuoteSplitByItsCueNeverReportsTheCueAsQuotedWords() {
    String body = "\u201cWe will not close a single school this year,\u201d Mayor Lena Brandt"
        + " said. \u201cThe budget has room for every teacher we employ today.\u201d";
    List<Unit> units = Units.of("a", body, WhoSaidWhat.of(body).quotes());
    assertEquals(2, units.size(), units.toString());
    for (Unit u : units) {
      assertTrue(u.quote() && "Lena Brandt".equals(u.speaker()), u.toString());
      assertTrue(!u.text().contains("said") && !u.text().contains("Brandt"), u.toString());
    }
    assertEquals("We will not close a single school this year", units.get(0).text());
  }

  @Test
  void aClaimIsNeverGluedToAQuote() {
    StoryComparison.Input a = input("a", "Harbour Ledger",
        "\"The water rose faster than in any flood of the past century,\" said fire chief Oskar"
            + " Lind.");
    StoryComparison.Input b = input("b", "Nordpress",
        "The water rose faster than in any flood of the past century.");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertTrue(r.statements().isEmpty(), r.statements().toString());
  }

  @Test
  void aPartialQuoteJoinsTheLongerQuoteItComesFrom() {
    StoryComparison.Input a = input("a", "Harbour Ledger", String.join("\n\n",
        "\"We will rebuild every bridge before the winter comes, and we will do it with local"
            + " firms and local workers,\" Mayor Lena Brandt said on Monday.",
        "The museum of maritime history will stay closed until further notice."));
    StoryComparison.Input b = input("b", "Nordpress", String.join("\n\n",
        "Mayor Lena Brandt said the city would \"rebuild every bridge before the winter comes\".",
        "Volunteers handed out blankets at the central railway station."));
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertTrue(r.statements().stream().anyMatch(s -> s.variants().size() == 2
        && s.variants().stream().allMatch(v -> v.text().contains("rebuild every bridge"))),
        r.statements().toString());
  }

  @Test
  void aQuotedPhraseInsideASentenceAlignsWithTheFullQuote() {
    StoryComparison.Input a = input("a", "Harbour Ledger",
        "\"This is a race against winter, and every day counts,\" Mayor Lena Brandt said.");
    StoryComparison.Input b = input("b", "Nordpress",
        "Mayor Lena Brandt called the repairs \"a race against winter\" on Monday.");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertTrue(r.statements().stream().anyMatch(s -> s.variants().stream()
        .anyMatch(v -> v.article().equals("b") && v.text().equals("a race against winter"))),
        r.statements() + " " + r.units());
  }
}

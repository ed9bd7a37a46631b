package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.attribution.WhoSaidWhat;

class UnitsTest {
  @Test
  void quotesAreSplitIntoSentencesWithTheirSpeakerAndBylinesAreNoStatements() {
    String body = String.join("\n\n",
        "By Mira Okafor | 4 May 2026, 10:15",
        "\"The bridge will reopen on Friday. Trucks will have to wait until June,\" said harbour"
            + " master Jonas Berg.",
        "The bridge was closed in March after inspectors found cracks in two of its piers.");
    List<Unit> units = Units.of("a", body, WhoSaidWhat.of(body).quotes());
    assertFalse(units.stream().anyMatch(u -> u.text().contains("Mira Okafor")), units.toString());
    Unit first = units.stream().filter(u -> u.text().startsWith("The bridge will reopen"))
        .findFirst().orElseThrow();
    Unit second = units.stream().filter(u -> u.text().startsWith("Trucks will have to wait"))
        .findFirst().orElseThrow();
    assertTrue(first.quote() && second.quote(), units.toString());
    assertEquals("Jonas Berg", first.speaker());
    assertEquals("Jonas Berg", second.speaker());
    Unit claim = units.stream().filter(u -> u.text().contains("inspectors found cracks"))
        .findFirst().orElseThrow();
    assertFalse(claim.quote());
    assertEquals(null, claim.speaker());
    assertEquals(claim.text(), body.substring(claim.start(), claim.end()));
  }

  @Test
  void aShortQuotedSentenceIsAUnitButAShortClaimIsNot() {
    String body = "\"Financing is guaranteed. There is no doubt about that,\" the minister said."
        + "\n\nTalks went well.";
    List<Unit> units = Units.of("a", body, WhoSaidWhat.of(body).quotes());
    assertEquals(List.of("Financing is guaranteed.", "There is no doubt about that"),
        units.stream().map(Unit::text).toList());
  }

  @Test
  void anIndirectQuotesUnitIsItsQuotedPhrases() {
    String body = "According to the mayor, the protesters \"camped outside the town hall\" and"
        + " \"blocked every delivery for a week\".";
    List<Unit> units = Units.of("a", body, WhoSaidWhat.of(body).quotes());
    assertTrue(units.stream().anyMatch(u -> u.quote() && u.text().equals(
        "camped outside the town hall … blocked every delivery for a week")), units.toString());
  }

  @Test
  void aQuotedSentenceOutweighedByItsCueClauseIsStillTheSpeakers() {
    String body = "\"Nobody sold anything. We kept every switch and every line,\" Halvorsen told a"
        + " news conference in the capital on Wednesday.";
    List<Unit> units = Units.of("a", body, WhoSaidWhat.of(body).quotes());
    assertTrue(units.stream().anyMatch(u -> u.quote()
        && u.text().equals("We kept every switch and every line")), units.toString());
  }

  @Test
  void aLeadReportingAClauseThenAnActIsAQuoteAndAClaim() {
    String body = "Engineers found three cracks in the wall of the Varna dam on Monday, the regional"
        + " water authority said, and ordered the water level lowered by two metres.";
    List<Unit> units = Units.of("a", body, WhoSaidWhat.of(body).quotes());
    assertTrue(units.stream().anyMatch(u -> u.quote()
        && u.text().equals("Engineers found three cracks in the wall of the Varna dam on Monday")
        && "the regional water authority".equals(u.speaker())), units.toString());
    assertTrue(units.stream().anyMatch(u -> !u.quote()
        && u.text().equals("ordered the water level lowered by two metres")
        && u.text().equals(body.substring(u.start(), u.end()))), units.toString());
  }

  @Test
  void reportedSpeechWithOnlyItsAttributionAroundItIsTheSpeakersUnit() {
    String body = "The director of the authority, Petar Ivanov, said there was no immediate danger"
        + " to the town.\n\nConstruction is due to begin in 2026, and the government hopes to"
        + " see the first gas flow at the end of 2027.";
    List<Unit> units = Units.of("a", body, WhoSaidWhat.of(body).quotes());
    assertTrue(units.stream().anyMatch(u -> u.quote()
        && u.text().equals("there was no immediate danger to the town")
        && "Petar Ivanov".equals(u.speaker())), units.toString());
    // A claim of the writer's beside the reported words keeps the sentence a claim.
    assertTrue(units.stream().anyMatch(u -> !u.quote()
        && u.text().startsWith("Construction is due to begin in 2026")), units.toString());
  }

  @Test
  void oneSpeakersTwoReportedStatementsInASentenceAreTwoUnits() {
    String body = "Rui Matos, head of the port authority, estimated the cost of the agreement at"
        + " around 12 million euros annually and said all waiting ships should be unloaded"
        + " within seven days.";
    List<Unit> units = Units.of("a", body, WhoSaidWhat.of(body).quotes());
    assertEquals(2, units.size(), units.toString());
    assertTrue(units.stream().allMatch(u -> u.quote() && "Rui Matos".equals(u.speaker())),
        units.toString());
    assertTrue(units.get(0).text().contains("12 million euros"), units.toString());
    assertTrue(units.get(1).text().startsWith("all waiting ships"), units.toString());
  }

  @Test
  void aLeadWithWhereItWasSaidIsTheSpeakersAndTwoReportedClausesAreTwoUnits() {
    String body = "The minister Mara Lindqvist said that the port of Norrhamn will not be sold to"
        + " foreign investors, in an interview with the channel SVN.\n\nShe said the port's"
        + " modernisation would cost around 2 billion kronor and be completed by 2029, and that"
        + " no jobs would be lost.";
    List<Unit> units = Units.of("a", body, WhoSaidWhat.of(body).quotes());
    assertTrue(units.stream().allMatch(u -> u.quote() && "Mara Lindqvist".equals(u.speaker())),
        units.toString());
    assertEquals(List.of("that the port of Norrhamn will not be sold to foreign investors",
        "the port's modernisation would cost around 2 billion kronor and be completed by 2029",
        "that no jobs would be lost"), units.stream().map(Unit::text).toList());
  }

  @Test
  void twoStatementsAroundWhereTheyWereSaidAreTheSpeakersUnits() {
    String body = "The slide hit the line shortly before 8 a.m., the operator KorvenRail said in a"
        + " statement, adding that heavy rainfall had loosened the slope.";
    List<Unit> units = Units.of("a", body, WhoSaidWhat.of(body).quotes());
    assertEquals(List.of("The slide hit the line shortly before 8 a.m.",
        "that heavy rainfall had loosened the slope"), units.stream().map(Unit::text).toList());
    assertTrue(units.stream().allMatch(u -> u.quote() && "KorvenRail".equals(u.speaker())),
        units.toString());
  }

  @Test
  void aSpeakersStatementsAroundAnotherSpeakersAsideOrInsideAnOutletsReport() {
    String body = "Petra Halonen also defended the system, which critics say was introduced too"
        + " quickly, noting that it had been tested in 40 schools.\n\n\"The people of Lurenmi"
        + " deserve clear answers,\" Lindan Maquin stressed, adding that the bill could reach 21"
        + " million euros, the Serserser Bulletin reported.";
    List<String> texts = Units.of("a", body, WhoSaidWhat.of(body).quotes()).stream()
        .map(Unit::text).toList();
    assertTrue(texts.contains("that it had been tested in 40 schools"), texts.toString());
    assertTrue(texts.contains("The people of Lurenmi deserve clear answers"), texts.toString());
    assertTrue(texts.contains("that the bill could reach 21 million euros"), texts.toString());
    assertTrue(texts.stream().noneMatch(t -> t.contains("Bulletin") || t.contains("stressed")),
        texts.toString());
  }

  @Test
  void aPledgeJoinedToQuotedWordsIsAUnitOfItsOwn() {
    String body = "Speaking in the main square, Irena Sokol promised to \"clean up the institutions\""
        + " and to hold a referendum on joining the single currency within two years.";
    org.parallax.attribution.WhoSaidWhat w = org.parallax.attribution.WhoSaidWhat.of(body);
    List<Unit> units = Units.of("a", body, w.quotes());
    assertTrue(units.stream().anyMatch(u -> u.quote()
        && u.text().equals("to hold a referendum on joining the single currency within two years")
        && "Irena Sokol".equals(u.speaker())), units.toString());
    assertTrue(units.stream().anyMatch(u -> u.text().contains("clean up the institutions")
        && !u.text().contains("referendum")), units.toString());
  }

  @Test
  void aFewQuotedWordsAtTheEdgeOfAReportedClauseLeaveTheClauseTheStatement() {
    String body = "Sokol, a 51-year-old economist who ran the central bank for six years, told her"
        + " supporters she would hold a referendum on the euro \"within two years\".";
    List<Unit> units = Units.of("a", body, WhoSaidWhat.of(body).quotes());
    assertTrue(units.stream().anyMatch(u -> u.quote()
        && u.text().startsWith("she would hold a referendum on the euro")), units.toString());
  }

  @Test
  void theInterviewersLinesAreNoStatements() {
    String body = "Osland Finance spoke to the governor after the decision.\n\nOsland Finance: You"
        + " raised the rate to 4.5 percent. Will there be another increase?\n\nStrand: We are not"
        + " pre-committing to anything at all.\n\nQ: Some economists say you are moving too"
        + " slowly.\n\nStrand: I understand that view, but policy works with a lag.";
    List<Unit> units = Units.of("a", body, WhoSaidWhat.of(body).quotes(), "Osland Finance");
    assertTrue(units.stream().noneMatch(u -> u.text().contains("4.5 percent")
        || u.text().contains("moving too slowly")), units.toString());
    assertTrue(units.stream().anyMatch(u -> u.text().contains("pre-committing")), units.toString());
  }
}

package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
  private static Quantities.Quantity only(String text) {
    List<Quantities.Quantity> q = Quantities.of(text);
    assertEquals(1, q.size(), q.toString());
    return q.get(0);
  }

  @Test
  void britishAndAbbreviatedFormsCountWhatTheirLongFormsCount() {
    assertEquals("percent", only("Prices rose 40pc.").unit());
    assertEquals("percent", only("Prices rose 40 per cent.").unit());
    assertEquals(only("Prices rose 40pc.").context(), only("Prices rose 40 per cent.").context());
    assertEquals(1.2e9, only("The deal is worth $1.2bn.").value());
    assertEquals(only("The deal is worth $1.2bn.").unit(),
        only("The deal is worth 1.2 billion dollars.").unit());
    assertEquals(3e6, only("Costs rose to £3m last year.").value());
  }

  @Test
  void continentalNumbersAreTheFiguresTheyWrite() {
    assertEquals(68.3, only("Turnout was established at 68,3 %.").value(), 1e-9);
    assertEquals("percent", only("Turnout was established at 68,3 %.").unit());
    assertEquals(4_812_377, only("She obtains 4 812 377 voices.").value());
    assertEquals(4_812_377, only("She obtains 4\u00a0812\u00a0377 voices.").value());
    assertEquals(4_812_377, only("She came to 4.812.377 votes.").value());
    assertEquals(4.5e6, only("A fund of 4,5 million euros.").value(), 1e-3);
    assertEquals(1234.5, only("It cost $1,234.5 in all.").value(), 1e-9);
  }

  @Test
  void wireAbbreviationsOfScalesAndDecimalCommasInPoints() {
    assertEquals(621e6, only("Net profit was $621mn in the quarter.").value());
    assertEquals(621e6, only("Net profit was $621 mln in the quarter.").value());
    assertEquals(1.3, only("The margin rose 1,3 percentage points.").value(), 1e-9);
  }

  @Test
  void aCountsNeighbourhoodStopsAtAClauseThatCountsSomethingElse() {
    Quantities.Quantity missing = Quantities.of("By evening, five people had died and six people"
        + " were still missing.").get(1);
    assertFalse(missing.context().contains("die"), missing.toString());
    assertTrue(Quantities.disagree(only("Some 1,800 dockers voted, with 68 percent in favour."
        .replace("Some 1,800 dockers voted, with ", "The dockers voted, with ")),
        Quantities.of("1,800 workers took part in the vote and 71 percent backed the deal")
            .get(1)), "a percentage after 'and' still belongs to the vote");
  }

  @Test
  void aFloorOrACeilingKeptToIsNoDisagreement() {
    Quantities.Quantity floor = only("The crown lost more than 1% against the dollar.");
    Quantities.Quantity exact = only("The crown fell 1.2% against the dollar.");
    assertEquals(1, floor.bound());
    assertFalse(Quantities.close(floor, exact), floor + " / " + exact);
    assertTrue(Quantities.close(only("The crown lost more than 2% against the dollar."), exact),
        "1.2% is below a floor of 2%");
    assertFalse(Quantities.close(only("Fewer than 300 people were evacuated."),
        only("About 250 people were evacuated.")));
    assertTrue(Quantities.close(only("Fewer than 300 people were evacuated."),
        only("Some 340 people were evacuated.")));
    assertTrue(Quantities.close(only("Gusts of up to 60 kilometres an hour were expected."),
        only("Gusts of up to 70 kilometres an hour were likely.")), "two ceilings of one limit");
  }

  @Test
  void onlyARoundEstimateAgreesWithAnyCountNearIt() {
    assertFalse(Quantities.close(only("Nearly 50 residents were evacuated."),
        only("Forty-seven residents were evacuated.")));
    assertTrue(Quantities.close(only("It landed about 298 million kilometres from Earth."),
        only("It landed 312 million km from Earth.")),
        "a three-digit estimate is as precise as the figure it is set against");
  }

  @Test
  void oneUnitWhateverItsSpelling() {
    assertEquals(only("It lies 298 million kilometers away.").unit(),
        only("It lies 312 million kilometres away.").unit());
    assertEquals(only("It lies 298 million km away.").unit(),
        only("It lies 312 million kilometres away.").unit());
    assertEquals(only("The plant will lose 640 jobs.").unit(),
        only("The plant will lose 460 roles.").unit());
  }

  @Test
  void oneRightBeforeWhatItCountsIsACount() {
    Quantities.Quantity one = only("One firefighter was treated for smoke inhalation.");
    Quantities.Quantity two = only("Two firefighters were treated for smoke inhalation.");
    assertEquals(1, one.value());
    assertTrue(Quantities.disagree(one, two), one + " / " + two);
    assertTrue(Quantities.of("No one was hurt, and one of the crews left.").isEmpty());
    assertTrue(Quantities.of("He is the one who called.").isEmpty());
  }

  @Test
  void aRatesChangeIsCountedInPercentagePointsHoweverWritten() {
    Quantities.Quantity quarter = Quantities.of("The bank raised its key rate by a quarter of a"
        + " percentage point to 4.5%.").get(0);
    Quantities.Quantity basis = Quantities.of("The bank raised its key rate by 25 basis points.")
        .get(0);
    Quantities.Quantity half = Quantities.of("The bank raised its main rate by half a percentage"
        + " point.").get(0);
    assertEquals(Quantities.PERCENTAGE_POINT, basis.unit());
    assertEquals(0.25, quarter.value(), 1e-9);
    assertEquals(0.25, basis.value(), 1e-9);
    assertFalse(Quantities.disagree(quarter, basis), "one change, written two ways");
    assertTrue(Quantities.disagree(basis, half), basis + " / " + half);
  }

  @Test
  void aDayOfAMonthIsAFigureOfThatMonth() {
    Quantities.Quantity a = only("It discovered the intrusion on Nov. 19.");
    Quantities.Quantity b = only("It found the intrusion on 18 November.");
    assertEquals("day of nov", a.unit());
    assertEquals(18, b.value());
    assertTrue(Quantities.disagree(a, b), a + " / " + b);
    assertFalse(Quantities.close(a, only("It found the intrusion on Nov. 30.")),
        "eleven days apart tell of two events");
    assertTrue(Quantities.of("Mark 12 people as missing.").isEmpty()
        || Quantities.of("Mark 12 people as missing.").stream()
            .noneMatch(q -> q.unit().startsWith(Quantities.DATE)));
  }

  @Test
  void anEstimateNearTheExactCountAgreesWithIt() {
    Quantities.Quantity exact = only("Forty-seven residents were evacuated.");
    assertEquals("person", exact.unit(), "residents are people counted");
    assertFalse(Quantities.close(exact, only("Nearly 50 people had to leave their homes.")));
    assertTrue(Quantities.close(only("About 300 people were evacuated."),
        only("About 350 people were evacuated.")));
    assertTrue(Quantities.close(only("about 180,000 employees"), only("roughly 200,000 workers")));
    assertEquals(4000, only("about 4 thousand people were evacuated").value());
    assertFalse(only("The study tracked adults over 12 years.").approximate(),
        "over twelve years is how long");
    assertTrue(only("Over 300 people came.").approximate());
    assertEquals(only("his 88th-minute strike").unit(), only("in the 87th minute").unit());
    assertEquals("metre", only("a 60-metre crane toppled").unit());
  }

  @Test
  void aTranslationsThousandsDotsAndScaleAbbreviationsAreReadAsTheSourceWroteThem() {
    Quantities.Quantity q = only("Velstra would be valued with around 3,1 Mrd. Euro.");
    assertEquals(3.1e9, q.value(), 1e3);
    assertEquals("euro", q.unit());
    assertEquals(1200, only("The mayor ordered to evacuate 1.200 neighbours.").value());
    assertEquals(2.45, only("The shares rose 2.45 percent.").value(), 1e-9);
  }

  @Test
  void aTotalAPartIsTakenFromAndOneAfterAPrepositionCountNothing() {
    assertTrue(Quantities.of("One of its two runways was closed for three hours.").stream()
        .noneMatch(q -> q.unit().equals("runway")), "the total");
    assertTrue(Quantities.of("The aircraft was designed to fly safely on one engine.").isEmpty());
    assertEquals(1, only("One runway was closed.").value());
  }

  @Test
  void aTollWhoseNounStandsBeforeItCountsTheDead() {
    Quantities.Quantity q = only("The number of people killed in the earthquake has risen to 31,"
        + " the ministry said.");
    assertEquals(31, q.value());
    assertEquals("death", q.unit());
    assertEquals("death", only("The death toll rose to 37 on Tuesday.").unit());
    assertEquals("injured", only("The number of injured stands at 214.").unit());
  }
}

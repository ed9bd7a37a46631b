package org.parallax.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
  void reportsOfTwoDaysEachNamingItsOwnDayDoNotConflictOnTheDay() {
    String monday = "All ferries to the islands were cancelled on Monday as the crews' strike began.";
    String tuesday = "All ferries to the islands were cancelled again on Tuesday as the crews' strike went on.";
    java.time.LocalDate mon = java.time.LocalDate.of(2031, 6, 2); // a Monday
    StoryComparison.Input a = new StoryComparison.Input("a", "Harbour Ledger", monday, List.of(),
        List.of(), mon);
    StoryComparison.Input b = new StoryComparison.Input("b", "Nordpress", tuesday, List.of(),
        List.of(), mon.plusDays(1));
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertEquals(1, r.statements().size(), r.statements().toString());
    assertTrue(r.coverage().stream().allMatch(c -> c.conflicts().isEmpty()), r.toString());
    // Published the same day, the two days are a disagreement.
    StoryComparison.Input sameDay = new StoryComparison.Input("b", "Nordpress", tuesday,
        List.of(), List.of(), mon);
    StoryComparison.Result same = StoryComparison.create().compare(List.of(a, sameDay));
    assertTrue(same.coverage().get(0).conflicts().stream()
        .anyMatch(c -> c.contains("Monday") && c.contains("Tuesday")), same.toString());
  }

  @Test
  void figuresThatDisagreeInSentencesWordedApartAreConflicts() {
    StoryComparison.Input a = input("a", "Harbour Ledger", String.join("\n\n",
        "The council voted on Tuesday to keep the night ferry to Gull Island running.",
        "Council chair Miriam Okafor said the subsidy would cost the city about 1.2 million"
            + " dollars a year."));
    StoryComparison.Input b = input("b", "Nordpress", String.join("\n\n",
        "The night ferry to Gull Island will keep running, the council decided on Tuesday.",
        "Two councillors voted against the subsidy, which will cost about $1.5 million a year."));
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    List<String> conflicts = r.coverage().get(0).conflicts();
    assertEquals(1, conflicts.size(), conflicts.toString());
    assertTrue(conflicts.get(0).startsWith("Harbour Ledger: 1.2 million dollars; Nordpress:"
        + " $1.5 million"), conflicts.toString());
  }

  @Test
  void openingSentencesGivingTheEventTwoWeekdaysConflict() {
    // One opening is the writer's, the other the court's: no statement links them, and the
    // day still disagrees.
    StoryComparison.Input a = input("a", "Nordvision News", String.join("\n\n",
        "A court in Halden on Tuesday sentenced former Brennsee mayor Oskar Lind to four years in"
            + " prison for corruption.",
        "Lind, 61, showed no emotion."));
    StoryComparison.Input b = input("b", "Baltic Wire", String.join("\n\n",
        "The district court in Halden on Wednesday sentenced Oskar Lind, the former mayor of"
            + " Brennsee, to four years in prison for accepting bribes, the court said in a"
            + " statement.",
        "Two construction executives were given suspended sentences."));
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    List<String> conflicts = r.coverage().get(0).conflicts();
    assertTrue(conflicts.stream().anyMatch(c -> c.startsWith("Nordvision News: Tuesday;"
        + " Baltic Wire: Wednesday")), conflicts.toString());
  }

  @Test
  void theDayOfTheEventIsNotAnotherEventsNorTheDaySomeoneSpoke() {
    assertEquals(java.util.Set.of(), StoryComparison.eventDays("An arrest will not affect his"
        + " place in Sunday's playoff game at Westport."));
    assertEquals(java.util.Set.of(), StoryComparison.eventDays("The club said on Wednesday that"
        + " the arrest would not affect his place."));
    assertEquals(java.util.Set.of("Tuesday"), StoryComparison.eventDays("Vidal was arrested"
        + " early on Tuesday, five days before the final."));
    assertEquals(java.util.Set.of("Wednesday"), StoryComparison.eventDays("Wednesday afternoon,"
        + " the Gulls signed Vidal."));
    assertEquals(java.util.Set.of("Monday"), StoryComparison.eventDays("Talks ended Monday"
        + " night without a deal."));
  }

  @Test
  void oneSpeakerSpeltTwoWaysIsAConflictOnTheName() {
    WhoSaidWhat wa = WhoSaidWhat.of("Agriculture Minister Petra Dalca said the grain corridor"
        + " would stay open all winter.");
    WhoSaidWhat wb = WhoSaidWhat.of("Agriculture Minister Petra Dalka said the grain corridor"
        + " will work all winter.");
    WhoSaidWhat wc = WhoSaidWhat.of("Minister Petra Dalca said on Thursday that the corridor"
        + " would stay open.");
    java.util.Map<String, String> canonical = WhoSaidWhat.canonicalNames(List.of(wa, wb, wc));
    List<StoryComparison.Input> in = new java.util.ArrayList<>();
    String[] outlets = {"Norvia State Agency", "Varnos Vestnik", "Continental Press"};
    String[] bodies = {"Agriculture Minister Petra Dalca said the grain corridor would stay open"
        + " all winter.", "Agriculture Minister Petra Dalka said the grain corridor will work all"
        + " winter.", "Minister Petra Dalca said on Thursday that the corridor would stay open."};
    List<WhoSaidWhat> said = List.of(wa, wb, wc);
    for (int k = 0; k < 3; k++) {
      WhoSaidWhat w = said.get(k).canonicalized(canonical);
      in.add(new StoryComparison.Input("a" + k, outlets[k], bodies[k], w.quotes(), w.entities()));
    }
    StoryComparison.Result r = StoryComparison.create().compare(in);
    assertTrue(r.coverage().get(1).conflicts().stream().anyMatch(c -> c.startsWith(
        "Varnos Vestnik: Petra Dalka; Norvia State Agency: Petra Dalca")),
        r.coverage().get(1).toString());
    assertTrue(r.coverage().get(0).conflicts().stream().noneMatch(c -> c.contains("Dalka;")),
        r.coverage().get(0).toString());
  }

  @Test
  void figuresGivenForTwoMonthsAreTwoFigures() {
    StoryComparison.Input a = input("a", "Bank of Estria", String.join("\n\n",
        "The bank lowered its policy rate to 3.75 percent on Thursday.",
        "Inflation fell to 2.4 percent in November from 2.9 percent in October."));
    StoryComparison.Input b = input("b", "Continental Press", String.join("\n\n",
        "The Bank of Estria cut its main interest rate to 3.75% on Thursday.",
        "Inflation eased to 2.6% in November, the statistics office said last week."));
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    List<String> conflicts = r.coverage().get(0).conflicts();
    assertTrue(conflicts.stream().anyMatch(c -> c.startsWith("Bank of Estria: 2.4 percent;"
        + " Continental Press: 2.6%")), conflicts.toString());
    assertTrue(conflicts.stream().noneMatch(c -> c.split(" — ")[0].contains("2.9")),
        conflicts.toString());
  }

  @Test
  void measuresWrittenIntoTheSameNounConflict() {
    StoryComparison.Input a = input("a", "Meridian Wire", String.join("\n\n",
        "A container crane collapsed at the Port Ostrava terminal on Monday, injuring four dock"
            + " workers, the port authority said.",
        "The 60-metre crane toppled onto a stack of empty containers shortly after 2 p.m.,"
            + " spokeswoman Ilse Varga told reporters."));
    StoryComparison.Input b = input("b", "Ostrava Daily", String.join("\n\n",
        "Four workers were injured on Monday when a crane came down at the container terminal in"
            + " Port Ostrava.",
        "Port authority spokeswoman Ilse Varga said the 58-metre crane had been secured as the"
            + " rules require."));
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    List<String> conflicts = r.coverage().get(0).conflicts();
    assertTrue(conflicts.stream().anyMatch(c -> c.startsWith("Meridian Wire: 60-metre;"
        + " Ostrava Daily: 58-metre")), conflicts.toString());
  }

  @Test
  void agesOfTwoChildrenInSentencesAboutEachAreNoConflict() {
    StoryComparison.Input a = input("a", "Meridian Wire", String.join("\n\n",
        "Two boys were rescued from the frozen lake at Kellmoor on Sunday, the fire service said.",
        "A 10-year-old boy was taken to hospital with hypothermia, the fire service said."));
    StoryComparison.Input b = input("b", "Kellmoor Courier", String.join("\n\n",
        "Firefighters pulled two boys from the frozen lake at Kellmoor on Sunday afternoon.",
        "A 12-year-old boy walked home with his father after the rescue, the fire service said."));
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertTrue(r.coverage().stream().flatMap(c -> c.conflicts().stream())
        .noneMatch(c -> c.contains("year-old")), r.coverage().toString());
  }

  @Test
  void figuresInSentencesAboutOneEventWordedApartConflict() {
    StoryComparison.Input a = input("a", "Coastline Wire", String.join("\n\n",
        "Dock workers in Valmora voted on Tuesday to end a nine-day strike that had stranded some"
            + " 40 cargo ships, their union said.",
        "The port authority said the backlog would be cleared within a week."));
    StoryComparison.Input b = input("b", "Harbour Daily", String.join("\n\n",
        "Workers at the port of Valmora will return to work on Wednesday after accepting a pay"
            + " deal that ends a strike of nine days, during which about 45 ships were left"
            + " waiting offshore.",
        "Local shops lost an estimated 30 million euros during the stoppage."));
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    List<String> conflicts = r.coverage().get(0).conflicts();
    assertEquals(1, conflicts.size(), conflicts.toString());
    assertTrue(conflicts.get(0).startsWith("Coastline Wire: 40 cargo ships; Harbour Daily: 45"
        + " ships"), conflicts.toString());
  }

  @Test
  void anotherSpeakersLikeWordsDoNotMakeAQuoteReportedElsewhere() {
    StoryComparison.Input a = input("a", "Harbour Ledger", String.join("\n\n",
        "Mayor Lena Brandt said the bridge would reopen on Friday.",
        "\"Every bolt on the bridge was checked twice by our engineers,\" Brandt said."));
    StoryComparison.Input b = input("b", "Nordpress", String.join("\n\n",
        "Lena Brandt, the mayor, said the bridge would open again on Friday.",
        "\"The bolts on the bridge were never checked by proper engineers,\" opposition leader"
            + " Karl Dahl said."));
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    List<String> onlyB = r.coverage().get(1).onlyHere();
    assertTrue(onlyB.stream().anyMatch(x -> x.contains("never checked")), onlyB.toString());
    List<String> onlyA = r.coverage().get(0).onlyHere();
    assertTrue(onlyA.stream().anyMatch(x -> x.contains("checked twice")), onlyA.toString());
  }

  @Test
  void figuresAreReadWithWhatTheyCount() {
    List<Quantities.Quantity> q = Quantities.of("The union cut its demand from 12 to 9 percent"
        + " in March 2026, after 300 scheduled services and $4.5bn in losses; the vote was 7-2.");
    // (the vote's 7-2 is one tally: 7 × 10,000 + 2)
    assertEquals(List.of("70002 tally", "12 percent", "9 percent", "300 service",
        "4500000000 dollar"),
        q.stream().map(x -> (long) x.value() + " " + x.unit()).toList());
    assertTrue(Quantities.disagree(Quantities.of("about 300 people fled the flood").get(0),
        Quantities.of("some 350 people fled when the river flooded").get(0)));
    assertTrue(!Quantities.disagree(Quantities.of("the flood injured 12 people").get(0),
        Quantities.of("the flood forced 40 people from their homes").get(0)));
    // Another desk's noun for the same count.
    assertTrue(Quantities.disagree(
        Quantities.of("About 300 workers at the Vard station keep their jobs").get(0),
        Quantities.of("Around 350 employees of the Vard station retain their jobs").get(0)));
    // The counted noun is the head after a modifying one; the neighbourhood is compared by stems.
    assertEquals("ship", Quantities.of("the strike stranded 40 cargo ships").get(0).unit());
    assertEquals("officer", Quantities.of("3 police officers were hurt").get(0).unit());
    assertEquals("ship", Quantities.of("40 ships sank").get(0).unit());
    assertTrue(Quantities.disagree(
        Quantities.of("1,800 workers took part in the vote and 71 percent backed the deal").get(1),
        Quantities.of("Some 1,800 dockers voted, with 68 percent in favour").get(1)));
    // Twice the figure counts over another span, not a disagreement.
    assertTrue(!Quantities.disagree(Quantities.of("ran 212 scheduled services on Monday").get(0),
        Quantities.of("ran 424 scheduled services over the two days").get(0)));
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

  @Test
  void aTranslatedAnswerJoinsTheOriginalOfTheSameSpeaker() {
    StoryComparison.Input a = input("a", "Northwire", "\"We have heard the offers and we have"
        + " turned them down,\" harbour chief Mara Lindqvist told reporters.");
    StoryComparison.Input b = input("b", "Interport", "\"We listened to all offers and rejected"
        + " them,\" - said the head of the harbour authority Mara Lindqvist.");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertEquals(1, r.statements().size(), r.statements().toString());
    assertEquals("Mara Lindqvist", r.statements().get(0).speaker());
  }

  @Test
  void countsWrittenOutDisagreeButACountOfNumberedThingsDoesNot() {
    StoryComparison.Input a = input("a", "Coastwire", String.join("\n\n",
        "Engineers found three cracks in the wall of the Varna dam on Monday, the regional water"
            + " authority said, and ordered the water level lowered by two metres.",
        "Berths 14 and 15 stayed closed for the day."));
    StoryComparison.Input b = input("b", "Balkan Daily", String.join("\n\n",
        "Inspectors discovered four cracks in the Varna dam wall, according to the regional"
            + " water authority.",
        "Two berths stayed closed for the day."));
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    List<String> conflicts = r.coverage().get(0).conflicts();
    assertTrue(conflicts.stream().anyMatch(c -> c.contains("three cracks")
        && c.contains("four cracks")), conflicts.toString());
    assertTrue(conflicts.stream().noneMatch(c -> c.contains("berth") || c.contains("14")),
        conflicts.toString());
    assertEquals(List.of(3.0, 4.0), List.of(Quantities.of("three cracks").get(0).value(),
        Quantities.of("Four cracks").get(0).value()));
    assertEquals(25, Quantities.spelledValue("twenty-five"));
  }

  @Test
  void aTimeOfDayIsOneFigure() {
    StoryComparison.Input a = input("a", "Alpine Ledger",
        "The slide came down at 7:52 a.m. after three days of rain, the operator said.");
    StoryComparison.Input b = input("b", "Valley Daily",
        "Rescuers reached the train shortly after noon, the governor said.");
    StoryComparison.Coverage ca = StoryComparison.create().compare(List.of(a, b)).coverage()
        .get(0);
    assertEquals(List.of("7:52 a.m."), ca.onlyHereNumbers());
  }

  @Test
  void descriptionsOfOneKindAreOneVoiceButNamedModifiersApartAreTwo() {
    assertTrue(StoryComparison.sameVoice("the seafarers' union", "the union"));
    assertTrue(StoryComparison.sameVoice("Fjordlink", "Fjordlink"));
    assertTrue(StoryComparison.sameVoice("union officials", "the union"));
    assertTrue(!StoryComparison.sameVoice("rescue officials", "the union"));
    assertTrue(!StoryComparison.sameVoice("Russian officials", "U.S. officials"));
    assertTrue(!StoryComparison.sameVoice("the Pebrasa Bulletin", "the Mabeka Bulletin"));
    assertTrue(StoryComparison.sameVoice("the Pebrasa Bulletin", "the bulletin"));
    assertTrue(!StoryComparison.sameVoice("Brit Aasen", "Nils Rud"));
    assertTrue(StoryComparison.sameVoice("The council", "Carrick Council"));
    assertTrue(StoryComparison.sameVoice("Officials", "fire officials"));
    assertTrue(StoryComparison.sameVoice("police", "Carrick Police"));
    assertTrue(!StoryComparison.sameVoice("the minister", "Daria Kovac"));
    // "officials said" names no one: the service another outlet names may be them
    assertTrue(StoryComparison.sameVoice("officials", "the regional fire service"));
    assertTrue(StoryComparison.sameVoice("the statement", "the fire service"));
    assertTrue(!StoryComparison.sameVoice("fire officials", "the county"));
    assertTrue(!StoryComparison.sameVoice("Russian officials", "the regional fire service"));
    assertTrue(StoryComparison.sameVoice("A spokesperson for the software supplier, Medisys",
        "Medisys"));
    assertTrue(!StoryComparison.sameVoice("A spokesperson for Medisys", "Northline"));
    StoryComparison.Input a = input("a", "Harbour Watch", "Crews of the Skerra ferry line walked"
        + " out at dawn on Tuesday, stranding about 600 commuters, the seafarers' union said.");
    StoryComparison.Input b = input("b", "Coastal Times", "About 650 commuters were stranded on"
        + " Tuesday when ferry crews on the Skerra line went on strike, the union said.");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertEquals(1, r.statements().size(), r.statements().toString());
    assertTrue(r.coverage().get(0).conflicts().stream()
        .anyMatch(c -> c.contains("600") && c.contains("650")), r.coverage().toString());
  }

  @Test
  void aDirectQuoteMeetsTheReportedSpeechOfAnotherOutlet() {
    StoryComparison.Input a = input("a", "Meridian Post", String.join("\n\n",
        "Health Minister Daria Kovac resigned on Wednesday.",
        "\"I leave with a clear conscience,\" she told reporters. \"Every decision I took is"
            + " documented, and I will help the prosecutors in any way I can.\""));
    StoryComparison.Input b = input("b", "Adriatic Wire", String.join("\n\n",
        "Health Minister Daria Kovac resigned on Wednesday over a tender inquiry.",
        "She said all her decisions had been documented and that she would cooperate with"
            + " prosecutors."));
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertTrue(r.statements().stream().anyMatch(s -> s.variants().size() == 2
        && s.variants().get(0).text().equals("Every decision I took is documented")
        && s.variants().get(1).text().equals("all her decisions had been documented")),
        r.statements().toString());
  }

  @Test
  void onlyTheFiguresThatDifferAreShownAndAYearAgainstNoneIsDetail() {
    StoryComparison.Input a = input("a", "Meridian Post", "According to a statement from the"
        + " prosecutor's office, the inquiry concerns the purchase of 120 ventilators and 40"
        + " dialysis machines in 2025.");
    StoryComparison.Input b = input("b", "Adriatic Wire", "The prosecutor's office said in a"
        + " statement that the inquiry covered the purchase of 120 ventilators and 45 dialysis"
        + " machines last year.");
    StoryComparison.Coverage ca = StoryComparison.create().compare(List.of(a, b)).coverage()
        .get(0);
    assertEquals(1, ca.conflicts().size(), ca.toString());
    assertTrue(ca.conflicts().get(0).startsWith(
        "Meridian Post: 40 dialysis machines; Adriatic Wire: 45 dialysis machines"), ca.toString());
  }

  @Test
  void aCompanysLeadMeetsItsReportedClauseAndOnlyTheJobFiguresConflict() {
    StoryComparison.Input a = input("a", "Market Ledger", "Helvar Foods will cut 1,200 jobs and"
        + " close two plants in Oster and Vale, the frozen-food maker said on Monday, after"
        + " third-quarter profit fell 38% to 41 million euros.");
    StoryComparison.Input b = input("b", "Continental Business Wire", "Dutch frozen-food group"
        + " Helvar Foods said on Monday it would eliminate about 1,100 jobs and close factories in"
        + " Oster and Vale after a 38 percent drop in quarterly profit.");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertEquals(1, r.statements().size(), r.statements().toString());
    assertEquals("Helvar Foods", r.statements().get(0).speaker());
    assertTrue(r.coverage().get(0).conflicts().get(0).startsWith(
        "Market Ledger: 1,200 jobs; Continental Business Wire: 1,100 jobs —"),
        r.coverage().toString());
  }

  @Test
  void timesOfDayToldMoreOrLessPreciselyAreNoConflict() {
    StoryComparison.Input a = input("a", "Meridian Herald",
        "The fire in the old warehouse was declared extinguished at 7.15pm on Tuesday.");
    StoryComparison.Input b = input("b", "Baltica",
        "The fire in the old warehouse was extinguished shortly after 7 p.m. on Tuesday.");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertEquals(1, r.statements().size(), r.statements().toString());
    assertEquals(List.of(), r.coverage().get(0).conflicts());
  }

  @Test
  void oneSpeakersRenderingsGivingOneFigureAlign() {
    StoryComparison.Input a = input("a", "Lakeside Weekly", "Education Minister Petra Halonen"
        + " spoke to Lakeside Weekly.\n\nHalonen: We are raising starting salaries by 8 percent"
        + " from January, and we will pay off student loans for teachers.");
    StoryComparison.Input b = input("b", "National News Agency", "Petra Halonen said the"
        + " government would raise starting salaries for teachers by 8 percent from January to"
        + " fill some 1,500 vacant posts.");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertTrue(r.statements().stream().anyMatch(s -> s.variants().get(0).text()
        .startsWith("We are raising starting salaries")), r.statements().toString());
  }

  @Test
  void theSpeakersWordsQuotedInPartAlign() {
    StoryComparison.Input a = input("a", "Coastline Daily", "Union leader Rui Matos spoke to"
        + " reporters.\n\n\"We are not going back until the contract is signed. Not one container"
        + " moves,\" Matos said.");
    StoryComparison.Input b = input("b", "Harbour Times", "Union leader Rui Matos said workers"
        + " would not return \"until the contract is signed\".");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertTrue(r.statements().stream().anyMatch(s -> s.variants().stream()
        .allMatch(v -> v.text().contains("until the contract is signed"))),
        r.statements().toString());
  }

  @Test
  void oneVoicesRenderingsGivingOneFigureAlignEvenWhenTheScorerDoesNot() {
    StoryComparison.Input a = input("a", "Pacific Wire", "About 2,000 residents were evacuated"
        + " overnight as a wildfire spread across 4,500 hectares of forest near Kestrel Bay, fire"
        + " officials said on Monday.");
    StoryComparison.Input b = input("b", "Channel 9 News",
        "Officials said 2,000 residents had been evacuated. No one has been hurt.");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertTrue(r.statements().stream().anyMatch(s -> s.variants().size() == 2
        && s.variants().get(1).text().equals("2,000 residents had been evacuated")),
        r.statements().toString());
  }

  @Test
  void oneVoicesCountsOfOneThingInSentencesWordedApartConflict() {
    StoryComparison.Input a = input("a", "Pacific Wire", "About 2,000 residents were evacuated,"
        + " fire officials said.\n\nTwo houses were destroyed, according to the county sheriff's"
        + " office.");
    StoryComparison.Input b = input("b", "Bay Courier", "The Red Cross opened two shelters."
        + "\n\nThree homes on Ridge Road were destroyed, the sheriff's office said.");
    StoryComparison.Coverage ca = StoryComparison.create().compare(List.of(a, b)).coverage()
        .get(0);
    assertTrue(ca.conflicts().stream().anyMatch(c -> c.startsWith(
        "Pacific Wire: Two houses; Bay Courier: Three homes")), ca.toString());
  }

  @Test
  void anOutletsFollowUpOmitsNothingTheOutletPublishedItself() {
    StoryComparison.Input first = input("a1", "Alpine Ledger", "The museum of maritime history"
        + " will stay closed until further notice after the storm.");
    StoryComparison.Input followUp = input("a2", "Alpine Ledger", "Volunteers handed out"
        + " blankets at the central railway station on Tuesday night.");
    StoryComparison.Input other = input("b", "Nordpress", "Engineers inspected every bridge in"
        + " the old town on Wednesday morning.");
    StoryComparison.Coverage c = StoryComparison.create()
        .compare(List.of(first, followUp, other)).coverage().get(1);
    assertTrue(c.omits().stream().noneMatch(t -> t.contains("museum")), c.toString());
    assertTrue(c.omits().stream().anyMatch(t -> t.contains("Engineers")), c.toString());
  }

  @Test
  void whatOnlyOneOutletReportsIsOnlyHereInEachOfItsArticles() {
    String museum = "The museum of maritime history will stay closed until further notice after"
        + " the storm.";
    StoryComparison.Input first = input("a1", "Alpine Ledger", museum);
    StoryComparison.Input followUp = input("a2", "Alpine Ledger", museum + "\n\nVolunteers"
        + " handed out blankets at the central railway station on Tuesday night.");
    StoryComparison.Input other = input("b", "Nordpress", "Engineers inspected every bridge in"
        + " the old town on Wednesday morning.");
    StoryComparison.Coverage c = StoryComparison.create()
        .compare(List.of(first, followUp, other)).coverage().get(1);
    assertTrue(c.onlyHere().stream().anyMatch(t -> t.contains("museum")), c.toString());
  }

  @Test
  void oneVoicesFiguresAndDaysThatDisagreeInSentencesWordedApart() {
    StoryComparison.Input a = input("a", "Ledger Business", "Payroll software maker Quillmark"
        + " said hackers had accessed personal data of about 180,000 employees of its clients."
        + "\n\nThe company, based in Redfield, said it discovered the intrusion on Nov. 19 and had"
        + " notified regulators.\n\nSecurity researcher Omar Feld, who first spotted the files on"
        + " a forum, said the hackers were demanding $2 million.");
    StoryComparison.Input b = input("b", "TechPulse", "Quillmark, the payroll platform used by"
        + " some 900 companies, has confirmed a breach that exposed the bank details of roughly"
        + " 200,000 workers.\n\nThe attackers got in using a contractor's login, the company said."
        + " It found the intrusion on November 18.\n\nOmar Feld told TechPulse the gang was asking"
        + " for $2 million in bitcoin.");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    List<String> conflicts = r.coverage().get(0).conflicts();
    assertTrue(conflicts.stream().anyMatch(c -> c.startsWith(
        "Ledger Business: 180,000 employees; TechPulse: 200,000 workers")), conflicts.toString());
    assertTrue(conflicts.stream().anyMatch(c -> c.startsWith(
        "Ledger Business: Nov. 19; TechPulse: November 18")), conflicts.toString());
    assertTrue(r.statements().stream().anyMatch(s -> "Omar Feld".equals(s.speaker())),
        "the researcher's words, set after a relative clause about him, are his statement");
  }

  @Test
  void theSameWordsGivenToTwoPeopleAreAConflict() {
    StoryComparison.Input a = input("a", "Harbour Ledger", "The river burst its banks on Sunday."
        + "\n\n\"We will rebuild every bridge before the winter comes,\" Mayor Lena Brandt said.");
    StoryComparison.Input b = input("b", "Nordpress", "Floods hit the old town on Sunday.\n\n"
        + "\"We will rebuild every bridge before the winter comes,\" Deputy Mayor Ivo Maric said.");
    StoryComparison.Input c = input("c", "Coast Radio", "Water rose in the old town.\n\n"
        + "\"We will rebuild every bridge before the winter comes,\" Brandt said.");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b, c));
    List<String> conflicts = r.coverage().get(0).conflicts();
    assertTrue(conflicts.contains("Harbour Ledger: Lena Brandt; Nordpress: Ivo Maric — \"We will"
        + " rebuild every bridge before the winter comes\""), conflicts.toString());
    assertTrue(conflicts.stream().noneMatch(x -> x.contains("Coast Radio")),
        "Brandt is Lena Brandt: " + conflicts);
  }

  @Test
  void aFigureInTheSourceOfAReportedClauseCanConflict() {
    StoryComparison.Input a = input("a", "Health Desk", "People who walk 30 minutes a day are less"
        + " likely to suffer a heart attack, according to a study of 48,000 adults published on"
        + " Wednesday in the Nordic Medical Journal.");
    StoryComparison.Input b = input("b", "Science Post", "The study, which tracked 46,000 adults"
        + " over 12 years, was published in the Nordic Medical Journal this week.");
    StoryComparison.Input c = input("c", "Science Post", "The study tracked 47,000 adults, the"
        + " journal said in a correction published on Thursday.");
    List<String> conflicts = StoryComparison.create().compare(List.of(a, b, c)).coverage().get(1)
        .conflicts();
    assertTrue(conflicts.stream().anyMatch(x -> x.startsWith(
        "Science Post: 46,000 adults; Health Desk: 48,000 adults")), conflicts.toString());
    assertTrue(conflicts.stream().noneMatch(x -> x.contains("47,000")),
        "an outlet's own correction is no disagreement between outlets: " + conflicts);
  }

  @Test
  void figuresOfDifferentThingsAreNoConflict() {
    StoryComparison.Input a = input("a", "Portside Herald", "Three dock workers were injured on"
        + " Friday when a 60-metre container crane toppled over at the Eastport terminal during"
        + " high winds, the port operator said.");
    StoryComparison.Input b = input("b", "Coastal Wire", "Two workers were hurt when a container"
        + " crane collapsed at the Eastport terminal on Friday as winds gusted up to 100 km/h, the"
        + " terminal operator said.");
    List<String> conflicts = StoryComparison.create().compare(List.of(a, b)).coverage().get(0)
        .conflicts();
    assertTrue(conflicts.stream().anyMatch(c -> c.startsWith(
        "Portside Herald: Three dock workers; Coastal Wire: Two workers")), conflicts.toString());
    assertTrue(conflicts.stream().noneMatch(c -> c.contains("100 km")), conflicts.toString());
  }

  @Test
  void theFiguresTwoReportsOpenWithAndDigitsSwappedConflict() {
    java.time.LocalDate day = java.time.LocalDate.of(2026, 10, 14);
    String a = "Glenmoor Rovers' new owner has promised a squad to challenge for the title, after"
        + " Brantley Capital's $1.5bn purchase of the club was confirmed on Tuesday.\n\nThe former"
        + " chairman was also fined £4.2m by the league.";
    String b = "Investment firm Brantley Capital has completed its takeover of Glenmoor Rovers in a"
        + " deal valued at $1.2 billion, the club said on Tuesday.\n\nThe league fined the former"
        + " chairman £2,400,000 in March.";
    WhoSaidWhat wa = WhoSaidWhat.of(a);
    WhoSaidWhat wb = WhoSaidWhat.of(b);
    List<String> conflicts = StoryComparison.create().compare(List.of(
        new StoryComparison.Input("a", "Harbour Times", a, wa.quotes(), wa.entities(), day),
        new StoryComparison.Input("b", "SportsWire", b, wb.quotes(), wb.entities(), day)))
        .coverage().get(0).conflicts();
    assertTrue(conflicts.stream().anyMatch(c -> c.startsWith(
        "Harbour Times: $1.5bn; SportsWire: $1.2 billion")), conflicts.toString());
    assertTrue(conflicts.stream().anyMatch(c -> c.startsWith(
        "Harbour Times: £4.2m; SportsWire: £2,400,000")), conflicts.toString());
    // (Until the parsing tagger, a week apart these openings did not conflict: the owner's
    // words ran on over "after the $1.5bn purchase was confirmed", and only the same-day
    // opening rule joined the figures. Now that clause is the writer's claim, near enough in
    // meaning to the club's "$1.2 billion" to count as one fact on any day: a deal's price does
    // not grow over a week as a count may.)
  }

  @Test
  void aFigureWrittenTwoWaysIsNoOnlyHereNumberAndATelephoneNumberIsNone() {
    StoryComparison.Input a = input("a", "Tech Desk", "Hackers took the records of 4.2M Quillon"
        + " customers and 4300 cards, in a $1.2 billion business. Call 1-800-555-0142.");
    StoryComparison.Input b = input("b", "Wire", "The records of 4.2 million customers and 4,300"
        + " cards were taken from the 1,200 million dollar business, the company said.");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertEquals(List.of(), r.coverage().get(0).onlyHereNumbers());
    assertEquals(List.of(), r.coverage().get(1).onlyHereNumbers());
  }

  @Test
  void twoTalliesOfOneVoteConflictAndARangeIsNoTally() {
    StoryComparison.Input a = input("a", "Eastmark Tribune", "The water bill cleared parliament"
        + " late on Thursday by a vote of 312-288, according to the official tally.");
    StoryComparison.Input b = input("b", "Sarrenburg Gazette", "Parliament approved the water"
        + " bill by 312 votes to 287 on Thursday night, a win for the prime minister.");
    List<String> conflicts = StoryComparison.create().compare(List.of(a, b)).coverage().get(0)
        .conflicts();
    assertTrue(conflicts.stream().anyMatch(c -> c.startsWith(
        "Eastmark Tribune: 312-288; Sarrenburg Gazette: 312 votes to 287")), conflicts.toString());
    assertTrue(Quantities.of("Between 10-15 people were hurt.").stream()
        .noneMatch(q -> q.unit().equals(Quantities.TALLY_UNIT)));
  }

  @Test
  void twoFiguresBothReportsGiveAreNoConflictHoweverTheirSentencesAlign() {
    StoryComparison.Input a = input("a", "Sarrenburg Gazette", String.join("\n\n",
        "The ministry puts the cost of the water bill at 2.8 billion crowns.",
        "Dr. Imre Kallas of the budget committee has estimated the cost at 4.1 billion crowns."));
    StoryComparison.Input b = input("b", "Eastmark Tribune", String.join("\n\n",
        "According to the budget committee, the bill will cost 4.1 billion crowns.",
        "Kallas said the ministry's estimate of 2.8 billion crowns left out maintenance."));
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertEquals(List.of(), r.coverage().get(0).conflicts());
    assertEquals(List.of(), r.coverage().get(1).conflicts());
  }

  @Test
  void aCountWithItsDigitsSwappedConflictsWhateverTheWordsAroundIt() {
    StoryComparison.Input a = input("a", "Calverton News", "Brisk walking cuts dementia risk by a"
        + " quarter.\n\nThe study followed 12,400 people aged 55 to 80 who wore activity trackers.");
    StoryComparison.Input b = input("b", "Daily Clarion", "Walking slashes dementia risk.\n\n"
        + "Scientists who tracked 14,200 Brits for nearly a decade found brisk walkers fared best.");
    List<String> conflicts = StoryComparison.create().compare(List.of(a, b)).coverage().get(1)
        .conflicts();
    assertTrue(conflicts.stream().anyMatch(c -> c.startsWith(
        "Daily Clarion: 14,200 Brits; Calverton News: 12,400 people")), conflicts.toString());
    // whom a firm employs are its workers, however named
    assertEquals("worker", Quantities.of("The plant employs about 260 people.").get(0).unit());
    assertEquals("worker", Quantities.of("The site has around 250 staff.").get(0).unit());
  }

  @Test
  void aCountHoursLaterSaysSo() {
    WhoSaidWhat wa = WhoSaidWhat.of("Four people have died after an explosion at the Kestrel"
        + " plant in Marrowby, fire officials said.");
    WhoSaidWhat wb = WhoSaidWhat.of("Five people have died after an explosion at the Kestrel"
        + " plant in Marrowby, fire officials said.");
    java.time.LocalDate day = java.time.LocalDate.of(2025, 8, 6);
    long at = day.atTime(14, 30).toEpochSecond(java.time.ZoneOffset.UTC);
    StoryComparison.Result r = StoryComparison.create().compare(List.of(
        new StoryComparison.Input("a", "Regional News", "Four people have died after an"
            + " explosion at the Kestrel plant in Marrowby, fire officials said.", wa.quotes(),
            wa.entities(), day, at),
        new StoryComparison.Input("b", "Eastvale Courier", "Five people have died after an"
            + " explosion at the Kestrel plant in Marrowby, fire officials said.", wb.quotes(),
            wb.entities(), day, at + 5 * 3600)));
    List<String> conflicts = r.coverage().get(0).conflicts();
    assertTrue(conflicts.stream().anyMatch(c -> c.startsWith(
        "Regional News: Four people; Eastvale Courier: Five people (5 h later) — ")),
        conflicts.toString());
  }

  @Test
  void anOutletNamingItselfIsNoOnlyHereName() {
    StoryComparison.Input a = input("a", "Science Post", "Lead author Helena Vik told Science Post"
        + " that a short walk after dinner makes a difference.");
    StoryComparison.Input b = input("b", "Health Desk", "Helena Vik said even a short walk after"
        + " dinner made a measurable difference.");
    List<String> names = StoryComparison.create().compare(List.of(a, b)).coverage().get(0)
        .onlyHereNames();
    assertTrue(names.stream().noneMatch(n -> n.equals("Science Post")), names.toString());
  }

  @Test
  void aDistanceSpeltTheBritishWayConflictsAndShowsTheSentenceThatGivesIt() {
    StoryComparison.Input a = input("a", "Starfield Science", "The landing, some 298 million"
        + " kilometers from Earth, came after a descent that flight director Amara Okoye called"
        + " \u201cthe longest eleven minutes of my life.\u201d");
    StoryComparison.Input b = input("b", "The Sentinel", "A probe has landed on an asteroid 312"
        + " million kilometres from Earth, the agency said.");
    List<String> conflicts = StoryComparison.create().compare(List.of(a, b)).coverage().get(0)
        .conflicts();
    assertEquals(1, conflicts.size(), conflicts.toString());
    assertTrue(conflicts.get(0).startsWith("Starfield Science: 298 million kilometers; The"
        + " Sentinel: 312 million kilometres — \"The landing, some 298 million"), conflicts.get(0));
  }

  @Test
  void aFourthRenderingJoinsThoughItIsNoOnesClosestInEveryArticle() {
    StoryComparison.Input a = input("a", "Continental Press", String.join("\n\n",
        "\"We are on the surface of Marisol and Tessaly is healthy,\" said Wei Chen, the lead"
            + " scientist.",
        "Controllers said the spacecraft was healthy and sitting on Marisol's surface."));
    StoryComparison.Input b = input("b", "Harbour Space Agency", "\"Tessaly is on the surface of"
        + " Marisol and it is healthy,\" said Wei Chen, the lead scientist.");
    StoryComparison.Input c = input("c", "Starfield Science", "\u201cWe\u2019re on the surface of"
        + " Marisol, and Tessaly is healthy,\u201d said Wei Chen, the lead scientist.");
    StoryComparison.Input d = input("d", "The Sentinel", "Dr Wei Chen told a press conference:"
        + " \"We are on Marisol's surface and the spacecraft is healthy.\"");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b, c, d));
    assertTrue(r.statements().stream().anyMatch(st -> st.variants().size() == 4),
        r.statements().toString());
  }

  @Test
  void anUnnamedAgeOrPronounMayBeThePersonAnotherOutletNames() {
    assertTrue(StoryComparison.sameVoice("the 63-year-old", "Stefan Orlek"));
    assertTrue(StoryComparison.sameVoice("she", "Anneke Dravos"));
    assertFalse(StoryComparison.sameVoice("the mayor", "Stefan Orlek"));
  }

  @Test
  void aShortSentenceWhoseFactsAnotherOutletGivesIsNotOnlyHere() {
    StoryComparison.Input a = input("a", "The Basis Point", "The bank cut its rate on Tuesday."
        + " The vote was 5-2.");
    StoryComparison.Input b = input("b", "Meridian Press", "The bank's monetary policy committee"
        + " voted 5-2 to lower the policy rate from 5.25%, with two members dissenting.");
    List<String> onlyHere = StoryComparison.create().compare(List.of(a, b)).coverage().get(0)
        .onlyHere();
    assertTrue(onlyHere.stream().noneMatch(x -> x.contains("5-2")), onlyHere.toString());
  }

  @Test
  void aNumberWithALeadingZeroIsNoFigure() {
    StoryComparison.Input a = input("a", "Westmoor Police", "A man was jailed for 12 years."
        + " Anyone with information should call 01632 960481.");
    StoryComparison.Input b = input("b", "Albion Press", "A man was jailed for 12 years.");
    List<String> numbers = StoryComparison.create().compare(List.of(a, b)).coverage().get(0)
        .onlyHereNumbers();
    assertTrue(numbers.stream().noneMatch(x -> x.startsWith("0") || x.equals("960481")),
        numbers.toString());
  }

  @Test
  void anOutletsOwnUpdateIsNoConflict() {
    StoryComparison.Input a = input("a", "Radio Karvonia", "Four people have died in the flooding"
        + " in Lesnovar, the civil protection service said.");
    StoryComparison.Input b = input("b", "Radio Karvonia", "Six people have died in the flooding"
        + " in Lesnovar, the civil protection service said.");
    StoryComparison.Input c = input("c", "National Courier", "Heavy rain fell across the region.");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b, c));
    assertTrue(r.coverage().get(0).conflicts().isEmpty(), r.coverage().get(0).conflicts()
        .toString());
  }

  @Test
  void aPartialQuotationJoinsTheQuoteItWasCutFrom() {
    StoryComparison.Input a = input("a", "Orvanne Newsroom", "\"Demand for our grid automation"
        + " platforms continued to outpace our expectations, and we see no sign of the slowdown"
        + " some in the market have been predicting,\" said Tomas Ekwall, Chief Executive.");
    StoryComparison.Input b = input("b", "Halden Wire", "Chief Executive Tomas Ekwall said demand"
        + " for the company's platforms \"continued to outpace our expectations.\"");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertTrue(r.statements().stream().anyMatch(st -> st.variants().size() == 2
        && st.variants().stream().anyMatch(v -> v.text().startsWith("continued to outpace"))),
        r.statements().toString());
  }

  @Test
  void aCountOfOneKindOfThingBesideTheSameVerbConflictsHoweverTheSentencesRun() {
    StoryComparison.Input a = input("a", "Meridian Wire", "The presidents of Kestrania and"
        + " Valdoria agreed on Tuesday to reopen their main border crossing and signed 12"
        + " agreements at their first summit in six years.");
    StoryComparison.Input b = input("b", "Valpress", "Following the talks, 14 agreements were"
        + " signed in the presence of the two heads of state.");
    List<String> conflicts = StoryComparison.create().compare(List.of(a, b)).coverage().get(0)
        .conflicts();
    assertTrue(conflicts.stream().anyMatch(c -> c.startsWith("Meridian Wire: 12 agreements;"
        + " Valpress: 14 agreements")), conflicts.toString());
  }

  @Test
  void aFigureOfAnEarlierYearsEventIsNoConflictButTwoCeilingsOfOneLimitAre() {
    java.time.LocalDate day = java.time.LocalDate.of(2025, 8, 13);
    String ta = "The fire has burned some 800 hectares of pine forest near Keldra. Forecasters"
        + " said gusts of up to 60 kilometres an hour were expected.";
    String tb = "It is the worst fire near Keldra since August 2012, when a blaze on the same"
        + " ridge burned 900 hectares. Forecasters said gusts of up to 70 kilometres an hour"
        + " were likely.";
    WhoSaidWhat wa = WhoSaidWhat.of(ta);
    WhoSaidWhat wb = WhoSaidWhat.of(tb);
    List<String> conflicts = StoryComparison.create().compare(List.of(
        new StoryComparison.Input("a", "Keld Wire", ta, wa.quotes(), wa.entities(), day),
        new StoryComparison.Input("b", "Keld Courier", tb, wb.quotes(), wb.entities(), day)))
        .coverage().get(0).conflicts();
    assertTrue(conflicts.stream().noneMatch(c -> c.contains("900")), conflicts.toString());
    assertTrue(conflicts.stream().anyMatch(c -> c.contains("60 kilometres")
        && c.contains("70 kilometres")), conflicts.toString());
  }

  @Test
  void aVoteWrittenAsItsSidesConflictsWithTheSameVoteWrittenAsATally() {
    StoryComparison.Input a = input("a", "Northern Courier", "The reform passed the National"
        + " Assembly by 178 votes to 171 after an all-night debate.");
    StoryComparison.Input b = input("b", "KRT News", "Deputies approved the law early on"
        + " Thursday with 176 votes in favour, 171 against.");
    StoryComparison.Input c = input("c", "BNA", "For the law voted 176 deputies, against - 171,"
        + " three deputies abstained.");
    List<String> conflicts = StoryComparison.create().compare(List.of(a, b, c)).coverage().get(0)
        .conflicts();
    assertTrue(conflicts.stream().anyMatch(x -> x.contains("KRT News: 176-171")),
        conflicts.toString());
    assertTrue(conflicts.stream().anyMatch(x -> x.contains("BNA: 176-171")), conflicts.toString());
  }

  @Test
  void twoOutletsFragmentJoinsTheFullSentenceOthersQuoteTranslationAndAll() {
    List<StoryComparison.Input> in = List.of(
        input("a", "Lantern Press", "\"The crew did exactly what they are trained to do, and"
            + " every passenger is safe,\" Annika Sorrell, the airline's chief executive, said."),
        input("b", "Keld Release", "\"Our crew did exactly what they are trained to do, and every"
            + " customer is safe,\" said Annika Sorrell, chief executive of Keld Air."),
        input("c", "Voce", "\u00abThe crew has done exactly that for which was trained, and all"
            + " the passengers are in safety\u00bb, has declared Annika Sorrell."),
        input("d", "SkyWire", "Chief executive Annika Sorrell said the crew \"did exactly what"
            + " they are trained to do\"."),
        input("e", "Sentinel", "Annika Sorrell said the pilots \"did exactly what they are"
            + " trained to do\"."));
    StoryComparison.Result r = StoryComparison.create().compare(in);
    assertTrue(r.statements().stream().anyMatch(st -> st.variants().size() == 5),
        r.statements().toString());
  }

  @Test
  void aSpeakersOneRemarkInEachOfTwoReportsIsOneStatementThoughParaphrased() {
    StoryComparison.Input a = input("a", "Castellan Wire", "Economy Minister Lena Hartwig said"
        + " the government would examine the bid closely, in particular its consequences for jobs"
        + " and for technology that is important for defence.");
    StoryComparison.Input b = input("b", "Financial Courier", "The economy minister, Lena Hartwig,"
        + " said the government would look at the bid carefully.");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b));
    assertTrue(r.statements().stream().anyMatch(st -> "Lena Hartwig".equals(st.speaker())
        && st.variants().size() == 2), r.statements().toString());
  }

  @Test
  void aFactGivenWithAnotherFigureIsAConflictNotAnOmission() {
    StoryComparison.Input a = input("a", "Kustbode", "Since Wednesday the group is flat laid by"
        + " ransomware. The group postponed 2,100 operations, informed the group.");
    StoryComparison.Input b = input("b", "Courier", "Westmere Health Partners has postponed 1,200"
        + " operations and diverted ambulances after a ransomware attack.");
    StoryComparison.Input d = input("d", "Northvale", "Westmere Health Partners has postponed 1,200"
        + " operations and diverted ambulances after the ransomware attack.");
    StoryComparison.Coverage c = StoryComparison.create().compare(List.of(a, b, d)).coverage()
        .get(0);
    assertTrue(c.conflicts().stream().anyMatch(x -> x.contains("2,100")), c.conflicts().toString());
    assertTrue(c.omits().stream().noneMatch(x -> x.contains("1,200")), c.omits().toString());
  }

  @Test
  void oneNameInBritishAndAmericanSpellingIsNoOnlyHereName() {
    StoryComparison.Input a = input("a", "Valmora Wire", "The quake struck at a depth of 10 km,"
        + " the National Seismological Center said.");
    StoryComparison.Input b = input("b", "World Service", "The National Seismological Centre put"
        + " the depth at 10 kilometres.");
    StoryComparison.Coverage c = StoryComparison.create().compare(List.of(a, b)).coverage()
        .get(0);
    assertTrue(c.onlyHereNames().isEmpty(), c.onlyHereNames().toString());
  }

  @Test
  void aPronounElsewhereDoesNotMakeSomeoneReportedElsewhere() {
    StoryComparison.Input a = input("a", "Valley Gazette", "Local organiser Ruth Kasprzak was"
        + " delighted. \"People here felt forgotten,\" she said.");
    StoryComparison.Input b = input("b", "Capital Wire", "Mayor Ana Berg said she would accept the"
        + " result of the count.");
    List<String> names = StoryComparison.create().compare(List.of(a, b)).coverage().get(0)
        .onlyHereNames();
    assertTrue(names.contains("Ruth Kasprzak"), names.toString());
  }

  @Test
  void aDateIsOneFigureWhateverItsSpelling() {
    StoryComparison.Input a = input("a", "Ledger Business", "The company said it discovered the"
        + " intrusion on Nov. 19 and notified regulators.");
    StoryComparison.Input b = input("b", "Quillmark", "On November 19, 2026, Quillmark detected"
        + " unauthorized access to a limited set of systems.");
    StoryComparison.Input c = input("c", "TechPulse", "It found the intrusion on 18 November.");
    StoryComparison.Result r = StoryComparison.create().compare(List.of(a, b, c));
    assertTrue(r.coverage().get(0).onlyHereNumbers().isEmpty(),
        r.coverage().get(0).onlyHereNumbers().toString());
    assertEquals(List.of(), r.coverage().get(1).onlyHereNumbers(), "the year goes with its date");
    assertEquals(List.of("November 18"), r.coverage().get(2).onlyHereNumbers());
    StoryComparison.Input d = input("d", "Northgate Wire", "About 4,000 people were evacuated from"
        + " the villages below the dam.");
    StoryComparison.Input e = input("e", "Radio Carovia", "From the zone of possible flooding were"
        + " evacuated about 4 thousand people.");
    assertTrue(StoryComparison.create().compare(List.of(d, e)).coverage().get(1)
        .onlyHereNumbers().isEmpty(), "4 thousand is the other outlet's 4,000");
  }
}

package org.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Article;
import org.parallax.model.Format;
import org.parallax.model.RawDocument;

class NormalizerTest {
  private static final Normalizer N =
      Normalizer.create(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC));

  private static Article text(String s) throws UnusableDocumentException {
    return N.normalize(RawDocument.text("t.txt", s));
  }

  @Test
  void aTranscriptsTurnsOnConsecutiveLinesAreParagraphsWhileHardWrapsJoin() {
    List<String> p = Normalizer.Paragraphs.split(String.join("\n",
        "The mayor spoke to us on Friday about the\nnew pier and its cost.",
        "",
        "Q: Will it open on time?",
        "A: Yes. The steel has arrived.",
        "Glenmoor Post: And the cost?",
        "Brandt: Within budget.",
        "— We will not go back, she added."));
    assertEquals(List.of("The mayor spoke to us on Friday about the new pier and its cost.",
        "Q: Will it open on time?", "A: Yes. The steel has arrived.",
        "Glenmoor Post: And the cost?", "Brandt: Within budget.",
        "— We will not go back, she added."), p);
  }

  @Test
  void metadataWinsOverDateline() throws Exception {
    Article a = N.normalize(new RawDocument("x.jsonl#1", Format.JSONL,
        "OSLO, May 2. /NORDPRESS/. The ferry left late.", null, "Fjord Times",
        "Ferry leaves late", "2024-05-02T08:00:00+02:00", "en", false, 0, "f-1"));
    assertEquals("Fjord Times", a.outlet());
    assertEquals("metadata", a.outletSource());
    assertEquals("2024-05-02T08:00:00+02:00", a.published().iso());
    assertEquals("Oslo", a.place());
    assertEquals("f-1", a.id());
    assertEquals("The ferry left late.", a.body());
  }

  @Test
  void aSlashedDateEitherWayRoundIsReadTheWayItsDatelineSays() throws Exception {
    Article a = N.normalize(new RawDocument("x.jsonl#1", Format.JSONL,
        "Ashbury, 9 March (EDS) - The club has dismissed its manager.", null, "Echo du Stade",
        "Manager dismissed", "09/03/2026 14:30", "en", false, 0, "f-2"));
    assertEquals("2026-03-09T14:30:00", a.published().iso());
    Article b = N.normalize(new RawDocument("x.jsonl#2", Format.JSONL,
        "The club has dismissed its manager.", null, "Echo du Stade",
        "Manager dismissed", "09/03/2026", "en", false, 0, "f-3"));
    assertEquals("2026-09-03", b.published().iso(), "US order when nothing says otherwise");
  }

  @Test
  void aReleasesLegendUpdateStampContactsAndItsIssuerUnderAHeadingAreNoReport() throws Exception {
    Article a = text("Orrin Tools plc announces results\n\n"
        + "NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION, IN WHOLE OR IN PART, IN ANY"
        + " JURISDICTION WHERE TO DO SO WOULD BREACH ITS LAWS\n\n"
        + "October 14, 2025 7:48 AM GMT · Updated 10:15 AM GMT\n\n"
        + "Orrin Tools plc said on Tuesday that revenue rose 4 per cent.\n\n"
        + "About Orrin Tools plc\n\nOrrin Tools plc is a maker of hand tools based in Kelby.\n\n"
        + "Enquiries\n\nInvestor Relations: +44 20 7946 0102\n");
    assertEquals("Orrin Tools plc said on Tuesday that revenue rose 4 per cent.", a.body());
    assertEquals("Orrin Tools", a.outlet());
    Article b = text("Fire spreads\n\nThe fire spread overnight, the chief said.\n\n"
        + "Listen to Radio Keld on 98.4 FM for updates throughout the day.\n\n"
        + "Ines Cabral is The Keld Courier's environment correspondent.\n");
    assertEquals("The fire spread overnight, the chief said.", b.body());
  }

  @Test
  void aHeadlinesBylineDateLineAndRepeatOnTheNextLinesAreNoPartOfIt() throws Exception {
    Article a = text("Jet makes emergency landing in Keldra\nBy LORNA PEMBERTON\n"
        + "March 11, 2025, 10:05 AM\n\nA passenger jet returned to Keldra on Tuesday after an"
        + " engine failed, the airline said.\n");
    assertEquals("Jet makes emergency landing in Keldra", a.title());
    assertEquals("2025-03-11T10:05:00", a.published().iso());
    Article b = text("Aircraft lands in emergency\nAircraft lands in emergency\n\nThe aircraft"
        + " returned to the airport of Keldra this morning.\n");
    assertEquals("Aircraft lands in emergency", b.title());
    Article c = text("Keldra Air statement\n\nKeldra Air said on Tuesday that all passengers were"
        + " safe.\n\nAbout Keldra Air\n\nKeldra Air is Marrowick's national carrier, flying to 38"
        + " destinations.\n");
    assertEquals("Keldra Air", c.outlet());
    assertFalse(c.body().contains("national carrier"), c.body());
  }

  @Test
  void aTranscriptsStageDirectionsAreNoText() throws Exception {
    Article a = text("Statement to Parliament\n\nThat is not an opinion. That is arithmetic."
        + " [Applause from the government benches]\n\n[Laughter]\n\nI commend this bill.\n");
    assertEquals("That is not an opinion. That is arithmetic.\n\nI commend this bill.", a.body());
  }

  @Test
  void headerLinesRightAboveTheHeadlineAndDashedDayFirstDatesAreRead() throws Exception {
    Article a = N.normalize(new RawDocument("x.txt", Format.TEXT, "CALDERBRIDGE, 13-03-2025 -"
        + " The hospital group is since Wednesday by a ransomware attack completely flat laid.",
        null, "De Kustbode", "Ransomware attack", "13-03-2025", "en", false, 0, null));
    assertEquals("2025-03-13", a.published().iso());
    assertEquals("Calderbridge", a.place());
  }

  @Test
  void aTranslationsNoticeFlagsTheWholeReportAndACreditRunOntoTheLastLineGoes() throws Exception {
    Article a = text("Hospital hit\n\n\u00abWe took the decision\u00bb, has declared the director"
        + " Martin Ashdown.\n\nThis article was automatically translated from Dutch.\n");
    assertFalse(a.body().contains("translated"), a.body());
    assertEquals("machine-translated", a.flags().get(0).kind());
    assertEquals(-1, a.flags().get(0).offset());
    assertTrue(a.flags().stream().anyMatch(f -> f.text().equals("has declared")), a.flags().toString());
    Article b = text("Quake kills 31\n\nThe toll is expected to rise, officials said. (Reporting by"
        + " Dana Velk; Editing by Rob Anser)\n");
    assertEquals("The toll is expected to rise, officials said.", b.body());
  }

  @Test
  void aCorrectionNoteIsNoTextButFlagsTheReport() throws Exception {
    Article a = text("Pension reform passes\n\nThe assembly passed the reform by 176 votes to 171."
        + "\n\nThis story has been updated to correct the number of votes against the bill, which"
        + " was 171, not 170.\n");
    assertEquals("The assembly passed the reform by 176 votes to 171.", a.body());
    assertTrue(a.flags().stream().anyMatch(f -> f.kind().equals("correction")), a.flags().toString());
  }

  @Test
  void undatedDatelineWithoutEvidenceIsNull() throws Exception {
    Article a = text("Ferry late\n\nOSLO, May 2. /NORDPRESS/. The ferry left late on Friday.\n");
    assertNull(a.published(), "no year evidence: no invented date");
    assertEquals("Nordpress", a.outlet());
  }

  @Test
  void anArchivesFetchDateOnlyDatesAPageThatDatesNothingItself() throws Exception {
    RawDocument dated = new RawDocument("a.warc#1", Format.WARC, "Published March 3, 2025\n\n"
        + "The council approved it.", null, "Harbour Ledger", "Budget passed",
        RawDocument.CRAWLED + "2025-06-20T10:00:00Z", "en", false, 0, null);
    assertEquals("2025-03-03", N.normalize(dated).published().iso());
    assertEquals("text", N.normalize(dated).published().source());
    RawDocument undated = new RawDocument("a.warc#2", Format.WARC, "The council approved it.",
        null, "Harbour Ledger", "Budget passed", RawDocument.CRAWLED + "2025-06-20T10:00:00Z",
        "en", false, 0, null);
    assertEquals("crawl", N.normalize(undated).published().source());
  }

  @Test
  void dateFromTextWhenNoDateline() throws Exception {
    Article a = text("Council approves budget\n\nPublished March 3, 2021\n\nThe council approved it.");
    assertEquals("2021-03-03", a.published().iso());
    assertEquals("text", a.published().source());
  }

  @Test
  void trailingBoilerplateRemovedAndKept() throws Exception {
    Article a = text("Harbour reopens\n\nThe harbour reopened on Monday after repairs.\n\n"
        + "Officials praised the crews.\n\n© 2025 Fjord Times. All rights reserved.\n");
    assertEquals(List.of("© 2025 Fjord Times. All rights reserved."), a.removed());
    assertTrue(a.body().endsWith("Officials praised the crews."));
    Article wire = text("Harbour reopens\n\nThe harbour reopened on Monday, officials said.\n\n"
        + "(Reporting by Jon Vesk; Editing by Paula Arden)\n");
    assertEquals(List.of("(Reporting by Jon Vesk; Editing by Paula Arden)"), wire.removed());
    Article blog = text("Harbour reopens\n\nThe harbour reopened on Monday.\n\nThe post Harbour"
        + " reopens appeared first on Estuary FM.");
    assertEquals("The harbour reopened on Monday.", blog.body());
  }

  @Test
  void editorsNotesAnywhereAndAnAboutHeadingOverItsParagraphAreNoReport() throws Exception {
    Article a = text("Telecom breach hits customers\n\nUpdated at 18:05 with comment from the"
        + " regulator.\n\nHackers stole data of about 4 million customers, the company said.\n\n"
        + "Correction: An earlier version of this story said the breach began on June 3.\n\n"
        + "Shares fell 6 percent.\n\nAbout Quillon Telecom\n\nQuillon Telecom Inc. is a mobile"
        + " provider serving 11 million customers.");
    assertEquals("Hackers stole data of about 4 million customers, the company said.\n\n"
        + "Shares fell 6 percent.", a.body());
    assertEquals(3, a.removed().size(), a.removed().toString());
    // A sentence that merely opens with such a word is the report's.
    Article b = text("Index revised\n\nUpdated figures show the index rose 2 percent.\n\n"
        + "Analysts had expected less.");
    assertTrue(b.body().startsWith("Updated figures show"), b.body());
  }

  @Test
  void aTitleCasePlaceBeforeALongDashIsADateline() throws Exception {
    Article a = text("Opposition wins in Lusavia\n\nMerovitz \u2013 In Lusavia, the opposition"
        + " politician Anneke Dravos has won the presidential election, the commission said.");
    assertEquals("Merovitz", a.place());
    assertTrue(a.body().startsWith("In Lusavia"), a.body());
    Article b = text("Brexit \u2013 what happens next\n\nThe talks resume on Monday in Brussels"
        + " with both sides far apart.");
    assertEquals("Brexit \u2013 what happens next", b.title());
    Article c = text("Markets calm\n\nAnalysis \u2013 Markets took the rate decision calmly on"
        + " Tuesday, traders said.");
    assertEquals(null, c.place());
  }

  @Test
  void anIssuersReleaseLineNamesTheOutletAndItsIssuedLineDatesIt() throws Exception {
    Article a = text("WESTMOOR POLICE - NEWS RELEASE\nIssued: Friday 6 March 2026, 15:30\n\n"
        + "Man jailed for 12 years\n\nA man has been jailed for 12 years for manslaughter, the"
        + " force said.");
    assertEquals("Man jailed for 12 years", a.title());
    assertEquals("Westmoor Police", a.outlet());
    assertEquals("release", a.outletSource());
    assertEquals(null, a.place());
    assertEquals("2026-03-06", a.published().date().toString());
    assertTrue(a.body().startsWith("A man has been jailed"), a.body());
  }

  @Test
  void aWiresStatusMarkIsNoPartOfTheHeadline() throws Exception {
    Article a = text("URGENT: Velmora to close Brackwater plant, 640 jobs to go\n\nAppliance maker"
        + " Velmora will close its plant, the union said.");
    assertEquals("Velmora to close Brackwater plant, 640 jobs to go", a.title());
    Article b = text("UPDATE 1-Velmora to close plant\n\nVelmora will close its plant.");
    assertEquals("Velmora to close plant", b.title());
    Article c = text("UPDATE: the bridge stays shut\n\nThe bridge stays shut until May.");
    assertEquals("the bridge stays shut", c.title());
    Article d = text("Updates to the timetable\n\nThe timetable changes on Monday.");
    assertEquals("Updates to the timetable", d.title());
  }

  @Test
  void aBylineADayAndAnEmbargoOverTheReportAreNoPartOfIt() throws Exception {
    Article a = text("Brisk walking linked to lower risk\n\nNEWS RELEASE — EMBARGOED UNTIL 11 MARCH"
        + " 2025, 09:00 GMT\n\nCALVERTON, 11 March 2025\n\nAdults who walked briskly had a 23%"
        + " lower risk, the study found.\n\nThis story will be updated.");
    assertEquals("Adults who walked briskly had a 23% lower risk, the study found.", a.body());
    assertEquals("Calverton", a.place());
    Article b = text("Three dead after blast\n\nBy Harriet Penhal | 6 August 2025, 9:40 a.m.\n\n"
        + "Three workers have died after an explosion, the fire service said.");
    assertEquals("Three workers have died after an explosion, the fire service said.", b.body());
    assertEquals(List.of("By Harriet Penhal | 6 August 2025, 9:40 a.m."), b.removed());
    Article wire = text("Zaire says towns hit\n\nKINSHASA 1997-02-17\n\nZaire said its warplanes"
        + " were bombing three towns.");
    assertTrue(wire.body().startsWith("KINSHASA 1997-02-17"), "a wire's dateline line stays");
    Article c = text("Rovers beat Vale\n\nSaturday 22 November 2025\n\nRovers came from a goal"
        + " down to win 2-1.\n\nBy the end, the fans were singing.");
    assertTrue(c.body().startsWith("Rovers came from") && c.body().endsWith("singing."),
        c.body());
  }

  @Test
  void aPressReleasesMarkAndTrailerAreNoReport() throws Exception {
    Article a = text("FOR IMMEDIATE RELEASE\n\nHelvar Foods announces restructuring plan\n\n"
        + "AMSTERDAM, November 30, 2026 -- Helvar Foods N.V. today announced a plan to close two"
        + " plants.\n\nAbout Helvar Foods\nHelvar Foods is a leading European producer of frozen"
        + " foods.\n\nMedia contact: press@helvar.example\n\n###");
    assertEquals("Helvar Foods announces restructuring plan", a.title());
    assertTrue(a.body().endsWith("announced a plan to close two plants."), a.body());
    assertEquals(3, a.removed().size(), a.removed().toString());
    Article b = text("FOR IMMEDIATE RELEASE\n\nQuillmark gives an update\n\nREDFIELD, Nov. 27,"
        + " 2026 — Quillmark, Inc. today announced that it has contained an incident.\n\n"
        + "About Quillmark\nQuillmark provides cloud payroll software to more than 900"
        + " employers.\n\nMedia Contact\npress@quillmark.example\n\n###");
    assertTrue(b.body().endsWith("contained an incident."), b.body());
    assertEquals(3, b.removed().size(), b.removed().toString());
    assertEquals("Quillmark", b.outlet(), "a release with no outlet is its issuer's");
    assertEquals("release", b.outletSource());
    assertEquals("Helvar Foods", a.outlet());
    // "About the …" over "The … is", then a contact line and an en-dashed end mark
    Article c = text("Probe lands on asteroid\n\nVALCOURT, 11 March 2025 — The agency today"
        + " confirmed that its probe has landed.\n\nThis story originally appeared in Orbit"
        + " Weekly.\n\nAbout the Harbour Space Agency\n\nThe Harbour Space Agency (HSA) is an"
        + " intergovernmental organisation of 14 member states.\n\nMedia contact\n\nJonas"
        + " Pettersen, Head of Communications, press@hsa.example, +44 20 7946 0321\n\n– Ends –");
    assertEquals("The agency today confirmed that its probe has landed.", c.body());
    assertEquals("Harbour Space Agency", c.outlet());
    // what follows "ENDS" (notes to editors, contacts) is no report either
    Article d = text("Man jailed for 12 years\n\nA man has been jailed for 12 years, police said."
        + "\n\nENDS\n\nNotes to editors: - A custody image is attached. - Media enquiries: press"
        + " office, 01632 960481, press.office@westmoor.police.example. - Date of birth"
        + " 12/04/1991, of no fixed address, sentenced at Harnford Crown Court.");
    assertEquals("A man has been jailed for 12 years, police said.", d.body());
  }

  @Test
  void copyrightMentionInsideTheReportStays() throws Exception {
    Article a = text("Court rules\n\nThe court ruled on copyright. All rights reserved, the"
        + " judge said, belong to the author, whose lawyers had argued the case for years and"
        + " who welcomed the ruling. The publisher said it would study the decision carefully"
        + " before deciding whether to appeal to the higher court later this year, and added"
        + " that it respected the judges and the process that led to the verdict today.");
    assertTrue(a.removed().isEmpty());
  }

  @Test
  void russianIsDetected() throws Exception {
    Article a = text("Пожар в порту\n\nВ порту Гданьска во вторник вспыхнул сильный пожар, "
        + "который тушили около трёхсот пожарных. Жителей попросили закрыть окна.");
    assertEquals("ru", a.language());
  }

  @Test
  void emptyAfterCleaningIsUnusable() {
    UnusableDocumentException e = assertThrows(UnusableDocumentException.class,
        () -> text("MOSCOW, June 3. /TASS/."));
    assertEquals("no article text left after the headline and dateline", e.getMessage());
  }

  @Test
  void derivedTitleIsShortAndMarked() throws Exception {
    Article a = text("BERLIN, April 9 (Meridian Wire) - The city council on Wednesday approved a"
        + " plan to close three bridges for repairs over the summer, officials said.\nMore text.");
    assertTrue(a.titleDerived());
    assertTrue(a.title().startsWith("The city council on Wednesday approved"), a.title());
    assertTrue(a.title().split(" ").length <= 17);
    assertFalse(a.body().startsWith("BERLIN"));
  }

  @Test
  void aDatelineWithoutAYearTakesTheYearItsBatchGivesThatDay() throws Exception {
    Article wire = text("Bank raises rate\n\nOSLAND, Nov 12 (Baltic Wire) - The bank raised its"
        + " rate on Thursday.");
    assertEquals(null, wire.published(), "no year in the text: undated on its own");
    Article dated = N.datedByBatch(wire, List.of(java.time.LocalDate.of(2026, 11, 13)));
    assertEquals("2026-11-12", dated.published().iso());
    assertTrue(dated.published().yearInferred());
    // Thursday is not November 12 of 2025: a batch of that year leaves it undated
    assertEquals(null, N.datedByBatch(wire, List.of(java.time.LocalDate.of(2025, 11, 13)))
        .published());
    // a batch that spans two years around that day gives no single year
    assertEquals(null, N.datedByBatch(wire, List.of(java.time.LocalDate.of(2026, 11, 10),
        java.time.LocalDate.of(2020, 11, 12))).published());
  }

  @Test
  void aYearGuessedFromTheTextYieldsToTheYearItsBatchGives() throws Exception {
    Article wire = text("Dam chief jailed\n\nLONDON, March 4 (Kestrel Wire) - The former chief"
        + " of Halbeck Water was jailed on Tuesday for fraud that began in 2019.");
    assertTrue(wire.published() == null || wire.published().yearInferred());
    Article dated = N.datedByBatch(wire, List.of(java.time.LocalDate.of(2025, 3, 4)));
    assertEquals("2025-03-04", dated.published().iso(), "March 4, 2025 was a Tuesday");
  }

  @Test
  void aDesksLabelInCapitalsIsNoHeadline() throws Exception {
    Article a = text("HALDEN BANK MARKETS COMMENT\n\nNorvia: central bank hikes by 25 basis"
        + " points\n\nOSLAND, 12 November 2026 -- Our chief economist commented on the decision.");
    assertEquals("Norvia: central bank hikes by 25 basis points", a.title());
    assertTrue(a.removed().contains("HALDEN BANK MARKETS COMMENT"), a.removed().toString());
  }
}

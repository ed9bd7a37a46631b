package org.parallax.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Format;
import org.parallax.model.RawDocument;

/** Each reader on a small document written here (fictional outlets and events). */
class ReadersTest {
  @TempDir Path dir;

  private static Readers.Batch read(Path... paths) {
    return Readers.create(IngestOptions.defaults())
        .readAll(java.util.Arrays.stream(paths).map(Path::toString).toList());
  }

  @Test
  void plainText() throws Exception {
    Path f = Files.writeString(dir.resolve("a.txt"),
        "Dam inspection ordered\n\nKAUNAS, May 2. /LITPRESS/. Engineers will inspect the dam.\n");
    Readers.Batch b = read(f);
    assertEquals(List.of(), b.rejected());
    RawDocument d = b.documents().get(0);
    assertEquals(Format.TEXT, d.format());
    assertEquals(f.toString(), d.input());
    assertTrue(d.text().startsWith("Dam inspection ordered"));
  }

  @Test
  void plainTextHeaderLinesAreMetadata() throws Exception {
    Path f = Files.writeString(dir.resolve("h.txt"), "Title: Dam inspection ordered\n"
        + "Source: Litpress\nDate: 2026-05-02T09:00:00Z\nAuthor: R. Vaitkus\n\n"
        + "Engineers will inspect the dam.\n");
    RawDocument d = read(f).documents().get(0);
    assertEquals("Dam inspection ordered", d.title());
    assertEquals("Litpress", d.outlet());
    assertEquals("2026-05-02T09:00:00Z", d.published());
    assertEquals("Engineers will inspect the dam.", d.text().strip());
    // A transcript's speaker line, or a lone line that merely holds a colon, is text.
    Path t = Files.writeString(dir.resolve("t.txt"),
        "PENCE: Well, look, the dam is fine.\n\nKAINE: It is not.\n");
    RawDocument transcript = read(t).documents().get(0);
    assertNull(transcript.title());
    assertTrue(transcript.text().startsWith("PENCE: Well"));
    // A file of header lines alone is rejected by name, and the rest of the batch is read.
    Path empty = Files.writeString(dir.resolve("e.txt"), "Title: Dam\nSource: Litpress\n");
    Readers.Batch both = read(empty, f);
    assertEquals(1, both.documents().size());
    assertEquals(1, both.rejected().size());
    assertTrue(both.rejected().get(0).toString().contains("e.txt")
        && both.rejected().get(0).toString().contains("no article text"),
        both.rejected().toString());
    Path one = Files.writeString(dir.resolve("s.txt"),
        "Source: two engineers who asked not to be named.\n\nThe dam is cracked.\n");
    assertTrue(read(one).documents().get(0).text().startsWith("Source: two engineers"));
  }

  @Test
  void aBylineOutletAndDayUnderTheHeadlineAreMetadata() throws Exception {
    Path f = Files.writeString(dir.resolve("b.txt"), "Dam chief jailed over reservoir fraud\n\n"
        + "By Laura Finch\nThe Northern Ledger\nTuesday 4 March 2025\n\n"
        + "The former chief of Halbeck Water was jailed for seven years today.\n");
    RawDocument d = read(f).documents().get(0);
    assertEquals("Dam chief jailed over reservoir fraud", d.title());
    assertEquals("The Northern Ledger", d.outlet());
    assertEquals("Tuesday 4 March 2025", d.published());
    assertTrue(d.text().strip().startsWith("The former chief"), d.text());
    // A short opening paragraph that is no credit or day stays text.
    Path g = Files.writeString(dir.resolve("g.txt"), "Dam chief jailed\n\nBy the numbers\n"
        + "Seven years\n\nThe former chief was jailed.\n");
    RawDocument plain = read(g).documents().get(0);
    assertNull(plain.title());
    assertTrue(plain.text().contains("By the numbers"));
  }

  @Test
  void aCreditNamesTheOutletAndTheStoryMayStartRightUnderIt() throws Exception {
    Path f = Files.writeString(dir.resolve("c.txt"), "Ferry levy approved\n\n"
        + "By Mira Osei, Lakeshore Courier\nPORT ELLIN, March 3 - The harbor council voted on"
        + " Tuesday to impose a levy on ferry tickets.\n\nThe levy starts in May.\n");
    RawDocument d = read(f).documents().get(0);
    assertEquals("Ferry levy approved", d.title());
    assertEquals("Lakeshore Courier", d.outlet());
    assertTrue(d.text().strip().startsWith("PORT ELLIN, March 3 - The harbor"), d.text());
    Path g = Files.writeString(dir.resolve("s.txt"), "Rail plan defended\n\n"
        + "By a staff reporter, Valley Gazette\n\nThe minister defended the plan.\n");
    RawDocument staff = read(g).documents().get(0);
    assertEquals("Valley Gazette", staff.outlet());
    assertTrue(staff.text().strip().startsWith("The minister"), staff.text());
    // A writer's role after the comma is no outlet; a lone outlet's name under the headline is.
    Path h = Files.writeString(dir.resolve("r.txt"), "Rail plan defended\n\n"
        + "By Ann Lee, Transport Correspondent\n\nThe minister defended the plan.\n");
    assertNull(read(h).documents().get(0).outlet());
    Path k = Files.writeString(dir.resolve("o.txt"), "Rail plan defended\n\nEastland Herald\n\n"
        + "The minister defended the plan.\n");
    RawDocument lone = read(k).documents().get(0);
    assertEquals("Eastland Herald", lone.outlet());
    assertTrue(lone.text().strip().startsWith("The minister"), lone.text());
  }

  @Test
  void aLiveBlogsEntryHeadingsAreNoReport() throws Exception {
    Path f = Files.writeString(dir.resolve("live.html"), """
        <html><head><title>Quake: live | Northgate Courier</title></head><body><article>
        <h1>Quake: live updates</h1>
        <div class="entry"><time>11:30 GMT</time><h2>Survivor: 'I heard the mountain roar'</h2>
        <p>"I heard the mountain roar," Jana Melk said outside the hospital.</p></div>
        <div class="entry"><time>09:42 GMT</time><h2>Agency: at least 42 dead</h2>
        <p>The agency says at least 42 people are dead and 310 injured.</p></div>
        </article></body></html>""");
    String text = read(f).documents().get(0).text();
    assertFalse(text.contains("Survivor:") || text.contains("Agency: at least"), text);
    assertTrue(text.contains("Jana Melk said") && text.contains("310 injured"), text);
  }

  @Test
  void nestedJsonFieldsUtf16TextAndFreeFeedDatesAreRead() throws Exception {
    Path json = Files.writeString(dir.resolve("nested.json"), "[{\"headline\": \"Bridge shut\","
        + " \"body\": {\"text\": \"The Kessvik Bridge was closed on Tuesday.\"},"
        + " \"source\": {\"name\": \"Coastline Wire\"}, \"date\": \"2025-03-04\"},"
        + " {\"title\": \"Ferries busy\", \"content\": [\"Ferries were full.\","
        + " \"Queues formed at dawn.\"], \"outlet\": \"Obj News\"}]");
    Readers.Batch b = read(json);
    assertEquals(List.of(), b.rejected());
    assertEquals("The Kessvik Bridge was closed on Tuesday.", b.documents().get(0).text());
    assertEquals("Coastline Wire", b.documents().get(0).outlet());
    assertEquals("Ferries were full.\n\nQueues formed at dawn.", b.documents().get(1).text());
    Path utf16 = dir.resolve("u16.txt");
    Files.write(utf16, "Ferries busy\n\nZoë Ferreira said the ferries were full.\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_16));
    RawDocument t = read(utf16).documents().get(0);
    assertTrue(t.text().contains("Zoë Ferreira"), t.text());
    Path feed = Files.writeString(dir.resolve("dates.rss"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Norhaven Radio</title>
        <item><title>Bridge shut</title><pubDate>2025-03-04 09:00</pubDate>
        <description>The bridge was shut on Tuesday.</description></item>
        </channel></rss>""");
    assertEquals("2025-03-04 09:00", read(feed).documents().get(0).published());
  }

  @Test
  void aLegacyPageWithoutCharsetAndAJsonTitlesEntitiesAreReadAsWritten() throws Exception {
    Path page = dir.resolve("legacy.html");
    Files.write(page, ("<html><head><title>Mayor speaks</title></head><body><article>"
        + "<p>Mayor Zoë Ferreira said: “We will reopen when it is safe.”</p></article></body>"
        + "</html>").getBytes(java.nio.charset.Charset.forName("windows-1252")));
    assertTrue(read(page).documents().get(0).text().contains("Zoë Ferreira said: “We"),
        read(page).documents().get(0).text());
    Path json = Files.writeString(dir.resolve("ent.jsonl"), "{\"title\": \"Engineer:"
        + " &#8220;no cracks&#8221;\", \"text\": \"The engineer found no cracks.\"}\n");
    assertEquals("Engineer: “no cracks”", read(json).documents().get(0).title());
  }

  @Test
  void aPrettyPrintedObjectIsOneArticleAndABrokenOneOneRejection() throws Exception {
    Path pretty = Files.writeString(dir.resolve("pretty.json"), "{\n  \"title\": \"Bridge shut\","
        + "\n  \"outlet\": \"Obj News\",\n  \"text\": \"The bridge was shut on Tuesday.\"\n}\n");
    Readers.Batch b = read(pretty);
    assertEquals(List.of(), b.rejected());
    assertEquals("The bridge was shut on Tuesday.", b.documents().get(0).text());
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  \"title\": \"Bridge\",\n"
        + "  \"text\": \"The bridge\n");
    Readers.Batch c = read(broken, pretty);
    assertEquals(1, c.rejected().size(), c.rejected().toString());
    assertEquals(1, c.documents().size());
  }

  @Test
  void aPageNamingItselfBeforeItsHeadlineAndInItsCopyrightIsThatOutlets() throws Exception {
    Path f = Files.writeString(dir.resolve("mp.html"), "<html><head><title>Meridian Post -"
        + " Bridge closure extended</title></head><body><article><h1>Bridge closure extended</h1>"
        + "<p>The bridge will stay shut until Friday, the council said.</p></article>"
        + "<footer>© Meridian Post 2025</footer></body></html>");
    RawDocument d = read(f).documents().get(0);
    assertEquals("Meridian Post", d.outlet());
    assertEquals("Bridge closure extended", d.title());
  }

  @Test
  void aPullQuotesFooterOrCaptionStaysAsItsSignature() throws Exception {
    String html = """
        <!DOCTYPE html><html><head><title>Ferry fares rise</title></head><body><article>
        <h1>Ferry fares rise</h1>
        <p>Fares on the Gull Island ferry will rise by 8 percent, the operator said.</p>
        <blockquote><p>Islanders are being asked to pay for a crisis they did not cause.</p>
        <footer>&mdash; Councillor Ewan Mackay</footer></blockquote>
        <figure><blockquote><p>&ldquo;We held prices for two years.&rdquo;</p></blockquote>
        <figcaption>Ola Vik, chief executive</figcaption></figure>
        </article><footer>Subscribe to our newsletter.</footer></body></html>
        """;
    Path f = Files.writeString(dir.resolve("quote.html"), html);
    String text = read(f).documents().get(0).text();
    assertTrue(text.contains("“Islanders are being asked to pay for a crisis they did not cause.” ―"
        + " Councillor Ewan Mackay"), text);
    assertTrue(text.contains("“We held prices for two years.” ― Ola Vik, chief executive"), text);
    assertFalse(text.contains("Subscribe"), text);
  }

  @Test
  void aSectionKickerOverTheHeadlineIsNoText() throws Exception {
    String html = """
        <!DOCTYPE html><html><head><title>Probe lands</title></head><body><article>
        <p class="kicker">Planetary science</p>
        <h1>Probe lands</h1>
        <p class="dek">The first landing on a rubble-pile asteroid went to plan.</p>
        <p>The Tessaly probe landed on the asteroid Marisol on Tuesday, the agency said.</p>
        </article></body></html>
        """;
    Path f = Files.writeString(dir.resolve("kicker.html"), html);
    String text = read(f).documents().get(0).text();
    assertFalse(text.contains("Planetary science"), text);
    assertTrue(text.contains("went to plan"), "the standfirst stays: " + text);
  }

  @Test
  void headerLinesRightAboveTheHeadlineAreAHeader() throws Exception {
    Path f = Files.writeString(dir.resolve("mt.txt"), "Source: De Kustbode\nDate: 13-03-2025\n"
        + "Ransomware attack lays hospital group flat\n\nThe hospital group is since Wednesday"
        + " by a ransomware attack completely flat laid.\n");
    var doc = read(f).documents().get(0);
    assertEquals("De Kustbode", doc.outlet());
    assertTrue(doc.text().startsWith("Ransomware attack lays"), doc.text());
  }

  @Test
  void anEmbeddedPostIsKeptAndSignedByItsAuthor() throws Exception {
    String html = """
        <!DOCTYPE html><html><head><title>Manager sacked</title></head><body><article>
        <h1>Manager sacked</h1>
        <p>Midfielder Tam Orrick posted:</p><blockquote class="social-embed"><p>Gutted. This
        one's on us players, not him.</p>&mdash; Tam Orrick (@TamOrrick8)
        <a href="#">March 8, 2026</a></blockquote>
        <p>The post was liked 2,000 times in an hour.</p>
        </article></body></html>
        """;
    Path f = Files.writeString(dir.resolve("post.html"), html);
    String text = read(f).documents().get(0).text();
    assertTrue(text.contains("on us players, not him.” ― Tam Orrick"), text);
    assertFalse(text.contains("@TamOrrick8"), text);
  }

  @Test
  void aPullQuoteRepeatingTheBodyIsDroppedAndOneOfItsOwnKept() throws Exception {
    String html = """
        <!DOCTYPE html><html><head><title>Summit ends</title></head><body><article>
        <h1>Summit ends</h1>
        <p>The presidents met in Orvell on Tuesday.</p>
        <blockquote class="pull-quote"><p>The question of the Sarn dam will be resolved by
        experts, not by politicians.</p><cite>Teodor Brankovan, President of Kestrania</cite>
        </blockquote>
        <p>&ldquo;The question of the Sarn dam will be resolved by experts, not by
        politicians,&rdquo; Brankovan said.</p>
        <blockquote class="pull-quote"><p>We came as equals and we leave as equals.</p>
        <cite>Marta Halvorsen</cite></blockquote>
        </article></body></html>
        """;
    Path f = Files.writeString(dir.resolve("pull.html"), html);
    String text = read(f).documents().get(0).text();
    assertEquals(1, text.split("Sarn dam", -1).length - 1, text);
    assertFalse(text.contains("President of Kestrania"), text);
    assertTrue(text.contains("“We came as equals and we leave as equals.” ― Marta Halvorsen"),
        text);
  }

  @Test
  void htmlKeepsTheArticleAndDropsTheFurniture() throws Exception {
    String html = """
        <!DOCTYPE html><html lang="en-GB"><head><title>Dam inspection ordered | Kaunas Courier</title>
        <meta property="og:site_name" content="Kaunas Courier">
        <meta property="article:published_time" content="2025-05-02T10:15:00+03:00">
        <script>var tracking = "should never be text";</script></head>
        <body><nav><a href="/">Home</a><a href="/sport">Sport</a></nav>
        <div class="cookie-banner">We use cookies to improve your experience. Accept</div>
        <article><h1>Dam inspection ordered</h1>
        <p>Engineers will inspect the old dam on the Neris river next week, the city said.</p>
        <p>"We want certainty before the spring floods," said deputy mayor Rasa Vaitkute.</p>
        </article>
        <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/x">Unrelated story</a></li></ul></aside>
        <footer>© Kaunas Courier. Subscribe to our newsletter.</footer></body></html>
        """;
    Path f = Files.writeString(dir.resolve("page.html"), html);
    RawDocument d = read(f).documents().get(0);
    assertEquals(Format.HTML, d.format());
    assertEquals("Kaunas Courier", d.outlet());
    assertEquals("Dam inspection ordered", d.title());
    assertEquals("2025-05-02T10:15:00+03:00", d.published());
    assertEquals("en-GB", d.language());
    assertTrue(d.text().startsWith("Engineers will inspect the old dam"), d.text());
    assertTrue(d.text().contains("\n\n\"We want certainty"));
    for (String junk : List.of("cookies", "Most read", "Unrelated", "Subscribe", "tracking", "Sport")) {
      assertFalse(d.text().contains(junk), junk + " leaked into: " + d.text());
    }
  }

  @Test
  void htmlWithoutArticleElementUsesTheDensestParagraphs() throws Exception {
    String html = "<html><body><div id=\"menu\"><a href=\"/\">Home</a></div><div class=\"content\">"
        + "<p>The ferry service between the islands resumed on Friday after a week of storms.</p>"
        + "<p>Operators said all sailings would run to the normal timetable from Saturday.</p>"
        + "</div><div class=\"footer\">Contact us</div></body></html>";
    Path f = Files.writeString(dir.resolve("noarticle.htm"), html);
    RawDocument d = read(f).documents().get(0);
    assertTrue(d.text().startsWith("The ferry service"), d.text());
    assertFalse(d.text().contains("Contact us"));
    assertNull(d.outlet());
    // A page naming its outlet only after its title's separator.
    Path titled = Files.writeString(dir.resolve("titled.html"), html.replace("<html>",
        "<html><head><title>Ferries resume | Island Gazette</title></head>"));
    RawDocument t = read(titled).documents().get(0);
    assertEquals("Island Gazette", t.outlet());
    assertEquals("Ferries resume", t.title());
  }

  @Test
  void paragraphsSetInBareDivsStayApart() throws Exception {
    String html = "<html><body><div class=\"entry-content\"><div>Hospitals were put on alert on"
        + " Monday, the health office said.</div><div>\"We have doubled the staff,\" director"
        + " Marco Bellini told reporters.</div><div>The heat will last until Friday, forecasters"
        + " said.</div></div><div class=\"sidebar\"><a href=\"/s\">Subscribe now</a></div>"
        + "</body></html>";
    Path f = Files.writeString(dir.resolve("divs.html"), html);
    RawDocument d = read(f).documents().get(0);
    assertEquals(List.of("Hospitals were put on alert on Monday, the health office said.",
        "\"We have doubled the staff,\" director Marco Bellini told reporters.",
        "The heat will last until Friday, forecasters said."),
        List.of(d.text().split("\n\n")));
  }

  @Test
  void aLeadInABareDivAmongParagraphsIsKeptAndACaptionIsNot() throws Exception {
    String html = "<html><body><article><h1>Ferry fares to rise</h1><div class=\"standfirst\">"
        + "Fares on the Gull Island ferry will rise by 8 percent from March 1, the operator Blue"
        + " Tern said on Tuesday.</div><p>The company blamed higher fuel costs.</p><div"
        + " class=\"caption\">The ferry in Gull harbour. Photo: Island Gazette</div></article>"
        + "</body></html>";
    Path f = Files.writeString(dir.resolve("standfirst.html"), html);
    RawDocument d = read(f).documents().get(0);
    assertEquals("Fares on the Gull Island ferry will rise by 8 percent from March 1, the operator"
        + " Blue Tern said on Tuesday.\n\nThe company blamed higher fuel costs.", d.text());
  }

  @Test
  void headerLinesInOtherLanguagesAreMetadataToo() throws Exception {
    Path f = Files.writeString(dir.resolve("de.txt"), "Titel: Hafenstreik geht weiter\n"
        + "Quelle: Hafenblatt\nDatum: 2026-11-25\n\nDer Streik ging in den zweiten Tag.\n");
    RawDocument d = read(f).documents().get(0);
    assertEquals("Hafenstreik geht weiter", d.title());
    assertEquals("Hafenblatt", d.outlet());
    assertEquals("2026-11-25", d.published());
    // keys with accents: "Título"
    Path g = Files.writeString(dir.resolve("es.txt"), "T\u00edtulo: Orvanne eleva su previsi\u00f3n\n"
        + "Fuente: Diario del Sur\nFecha: 23/10/2025\n\nLa empresa factur\u00f3 m\u00e1s.\n");
    RawDocument e = read(g).documents().get(0);
    assertEquals("Orvanne eleva su previsi\u00f3n", e.title());
    assertEquals("Diario del Sur", e.outlet());
  }

  @Test
  void rssWithFullAndSummaryItems() throws Exception {
    String rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Island Gazette</title><link>https://gazette.example/</link>
        <language>en-us</language><description>News</description>
        <item><title>Ferry resumes</title><link>https://gazette.example/1</link>
        <pubDate>Fri, 02 May 2025 09:00:00 GMT</pubDate><description>Short.</description>
        <content:encoded><![CDATA[<p>The ferry resumed on Friday.</p><p>Sailings are full.</p>]]></content:encoded></item>
        <item><title>Storm warning</title><link>https://gazette.example/2</link>
        <pubDate>Sat, 03 May 2025 07:30:00 +0200</pubDate>
        <description>Forecasters warned of another storm.</description></item>
        </channel></rss>
        """;
    Path f = Files.writeString(dir.resolve("feed.xml"), rss);
    Readers.Batch b = read(f);
    assertEquals(2, b.documents().size());
    RawDocument full = b.documents().get(0);
    assertEquals(f + "#1", full.input());
    assertEquals(Format.RSS, full.format());
    assertEquals("Island Gazette", full.outlet());
    assertEquals("Ferry resumes", full.title());
    assertEquals("2025-05-02T09:00:00Z", full.published());
    assertEquals("The ferry resumed on Friday.\n\nSailings are full.", full.text());
    assertFalse(full.summaryOnly());
    RawDocument summary = b.documents().get(1);
    assertEquals(f + "#2", summary.input());
    assertTrue(summary.summaryOnly());
    assertEquals("Forecasters warned of another storm.", summary.text());
    assertEquals("2025-05-03T05:30:00Z", summary.published());
    // A section's feed is its outlet's.
    Path world = Files.writeString(dir.resolve("world.xml"),
        rss.replace("<title>Island Gazette</title>", "<title>Island Gazette - World</title>"));
    assertEquals("Island Gazette", read(world).documents().get(0).outlet());
    Path news = Files.writeString(dir.resolve("news.xml"),
        rss.replace("<title>Island Gazette</title>", "<title>Top stories | Island Gazette</title>"));
    assertEquals("Island Gazette", read(news).documents().get(0).outlet());
    Path region = Files.writeString(dir.resolve("region.xml"),
        rss.replace("<title>Island Gazette</title>", "<title>Island Gazette - Eastvale</title>"));
    assertEquals("Island Gazette", read(region).documents().get(0).outlet());
  }

  @Test
  void atom() throws Exception {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Valley Notes</title>
        <id>urn:x:feed</id><updated>2025-05-02T12:00:00Z</updated>
        <entry><title type="html">Bridge &amp;amp; ferry &lt;em&gt;reopen&lt;/em&gt;</title><id>urn:x:1</id><link href="https://valley.example/1"/>
        <published>2025-05-02T11:00:00Z</published><updated>2025-05-02T12:00:00Z</updated>
        <content type="html">&lt;p&gt;The bridge reopened.&lt;/p&gt;&lt;p&gt;Traffic is light.&lt;/p&gt;</content>
        </entry></feed>
        """;
    // Saved with a misleading extension: the format comes from the content.
    Path f = Files.writeString(dir.resolve("valley.txt"), atom);
    RawDocument d = read(f).documents().get(0);
    assertEquals(Format.ATOM, d.format());
    assertEquals("Valley Notes", d.outlet());
    assertEquals("Bridge & ferry reopen", d.title());
    assertEquals("https://valley.example/1", d.url());
    assertEquals("2025-05-02T11:00:00Z", d.published());
    assertEquals("The bridge reopened.\n\nTraffic is light.", d.text());
  }

  @Test
  void warcPlainAndGzipped() throws Exception {
    String page = "<html><head><meta property=\"og:site_name\" content=\"Harbour Radio\">"
        + "<meta property=\"article:published_time\" content=\"2025-05-02T08:00:00Z\"></head>"
        + "<body><article><h1>Quay repaired</h1><p>The old quay was repaired after the storm"
        + " damaged it last month.</p></article></body></html>";
    byte[] plain = Warcs.file(List.of(Warcs.warcinfo(), Warcs.response("https://radio.example/q", page),
        Warcs.response("https://radio.example/img.png", null)), false);
    byte[] gz = Warcs.file(List.of(Warcs.warcinfo(), Warcs.response("https://radio.example/q", page)),
        true);
    Path a = Files.write(dir.resolve("a.warc"), plain);
    Path b = Files.write(dir.resolve("b.warc.gz"), gz);
    Readers.Batch batch = read(a, b);
    assertEquals(List.of(), batch.rejected());
    assertEquals(2, batch.documents().size());
    RawDocument d = batch.documents().get(0);
    assertEquals(a + "#2", d.input());
    assertEquals(Format.WARC, d.format());
    assertEquals("Harbour Radio", d.outlet());
    assertEquals("Quay repaired", d.title());
    assertEquals("2025-05-02T08:00:00Z", d.published());
    assertEquals("https://radio.example/q", d.url());
    assertTrue(d.text().startsWith("The old quay was repaired"));
    assertEquals(b + "#2", batch.documents().get(1).input());
  }

  @Test
  void jsonLinesFromFileAndStdin() throws Exception {
    String jsonl = "{\"id\":\"k1\",\"url\":\"https://k.example/1\",\"outlet\":\"Kestrel News\","
        + "\"title\":\"Mill closes\",\"published\":\"2025-05-02\",\"text\":\"The mill closed.\","
        + "\"language\":\"en\"}\n\n{\"id\":\"k2\",\"outlet\":\"Kestrel News\",\"title\":\"Mill sold\","
        + "\"published\":null,\"text\":\"The mill was sold.\"}\n";
    Path f = Files.writeString(dir.resolve("k.jsonl"), jsonl);
    Readers.Batch b = read(f);
    assertEquals(2, b.documents().size());
    assertEquals(f + "#1", b.documents().get(0).input());
    assertEquals("k1", b.documents().get(0).sourceId());
    assertEquals("Kestrel News", b.documents().get(0).outlet());
    assertEquals("2025-05-02", b.documents().get(0).published());
    assertEquals(f + "#2", b.documents().get(1).input());
    assertNull(b.documents().get(1).published());

    Readers stdin = Readers.create(IngestOptions.defaults(),
        new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
    Readers.Batch s = stdin.readAll(List.of("-"));
    assertEquals(List.of("stdin#1", "stdin#2"),
        s.documents().stream().map(RawDocument::input).toList());
  }

  @Test
  void jsonLinesSavedByOtherToolsReadTheirFieldNames() throws Exception {
    String jsonl = "{\"headline\":\"Ferry walkout\",\"source\":{\"id\":null,\"name\":\"Nordic"
        + " Wire\"},\"publishedAt\":\"2026-11-24T08:00:00Z\",\"link\":\"https://nw.example/1\","
        + "\"content\":\"Crews walked out on Tuesday.\"}\n"
        + "{\"title\":\"Ferry strike\",\"source_domain\":\"coastal.example\","
        + "\"date_publish\":\"2026-11-24 09:00:00\",\"maintext\":\"Crews struck.\"}\n"
        + "{\"title\":\"Ferry talks\",\"site\":\"Rail Matters\",\"content\":\"Talks began.\"}\n";
    Path f = Files.writeString(dir.resolve("other.jsonl"), jsonl);
    Readers.Batch b = read(f);
    assertEquals(3, b.documents().size(), b.rejected().toString());
    assertEquals("Rail Matters", b.documents().get(2).outlet());
    RawDocument d = b.documents().get(0);
    assertEquals("Ferry walkout", d.title());
    assertEquals("Nordic Wire", d.outlet());
    assertEquals("2026-11-24T08:00:00Z", d.published());
    assertEquals("https://nw.example/1", d.url());
    assertEquals("Crews walked out on Tuesday.", d.text());
    assertEquals("coastal.example", b.documents().get(1).outlet());
    assertEquals("2026-11-24 09:00:00", b.documents().get(1).published());
  }

  @Test
  void foldersAreWalkedRecursivelyInNameOrderSkippingHiddenFiles() throws Exception {
    Files.createDirectories(dir.resolve("b/c"));
    Files.writeString(dir.resolve("b/c/z.txt"), "Z title\n\nZ body text.");
    Files.writeString(dir.resolve("a.txt"), "A title\n\nA body text.");
    Files.writeString(dir.resolve(".hidden.txt"), "H title\n\nH body.");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/x.txt"), "X title\n\nX body.");
    Readers.Batch b = read(dir);
    assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b/c/z.txt").toString()),
        b.documents().stream().map(RawDocument::input).toList());
    assertEquals(List.of(0L, 1L), b.documents().stream().map(RawDocument::order).toList());
  }

  @Test
  void aPageNameAfterTheTitlesSeparatorIsNoOutlet() {
    assertEquals("Harbour Times", HtmlExtractor.titleOutlet("Dock strike enters second day |"
        + " Harbour Times"));
    assertEquals("Tidewater Today", HtmlExtractor.titleOutlet("Tidewater Today - Home"));
  }
}

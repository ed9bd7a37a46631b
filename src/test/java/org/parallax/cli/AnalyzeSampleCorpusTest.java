package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testing.Shared;

/**
 * {@code parallax analyze} end to end on the bundled sample corpus, checked against the ground
 * truth table in {@code samples/README.md}.
 */
class AnalyzeSampleCorpusTest {
  private static final Path CORPUS = Shared.repo().resolve("samples/corpus");
  private static final Pattern ISO_DATE =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?)?");

  @TempDir static Path out;
  static JsonNode report;
  static String stderr;
  static int exit;

  record Truth(String input, String event, String place, String published, String note) {}

  static List<Truth> truth() throws Exception {
    List<Truth> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Shared.repo().resolve("samples/README.md"))) {
      if (!line.startsWith("| ") || line.startsWith("| input") || line.startsWith("| event")
          || !line.contains(" | E")) {
        continue;
      }
      String[] c = line.split("\\|");
      rows.add(new Truth(c[1].strip(), c[2].strip(), c[4].strip(), c[5].strip(), c[6].strip()));
    }
    return rows;
  }

  static int run(Path dir, String... inputs) {
    StringWriter err = new StringWriter();
    List<String> args = new ArrayList<>(List.of("analyze"));
    args.addAll(List.of(inputs));
    args.addAll(List.of("--out", dir.toString()));
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
        new PrintWriter(err));
    stderr = err.toString();
    return code;
  }

  @BeforeAll
  static void analyze() throws Exception {
    exit = run(out, CORPUS.toString());
    report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
  }

  private static String relative(String input) {
    String prefix = CORPUS.toString() + "/";
    return input.startsWith(prefix) ? input.substring(prefix.length()) : input;
  }

  @Test
  void everyArticleIsReadAndNothingRejected() throws Exception {
    assertEquals(0, exit, stderr);
    assertEquals(0, report.get("rejected").size(), report.get("rejected").toString());
    Set<String> inputs = new HashSet<>();
    report.get("articles").forEach(a -> inputs.add(relative(a.get("input").asText())));
    Set<String> expected = new HashSet<>();
    truth().forEach(t -> expected.add(t.input()));
    assertEquals(expected, inputs);
  }

  @Test
  void articlesFollowTheContract() {
    for (JsonNode a : report.get("articles")) {
      for (String field : List.of("id", "input", "outlet", "title", "published", "place",
          "language", "duplicate_of", "entities")) {
        assertTrue(a.has(field), field + " missing in " + a.get("input"));
      }
      assertTrue(a.get("entities").isArray());
      assertEquals("en", a.get("language").asText(), a.get("input").asText());
      assertFalse(a.get("outlet").isNull(), "outlet of " + a.get("input"));
      assertFalse(a.get("title").asText().isBlank());
      if (!a.get("published").isNull()) {
        assertTrue(ISO_DATE.matcher(a.get("published").asText()).matches(), a.get("published").asText());
      }
    }
  }

  @Test
  void datesAndPlacesMatchTheGroundTruthWhereTheTextCanTell() throws Exception {
    Map<String, JsonNode> byInput = new HashMap<>();
    report.get("articles").forEach(a -> byInput.put(relative(a.get("input").asText()), a));
    for (Truth t : truth()) {
      JsonNode a = byInput.get(t.input());
      assertNotNull(a, t.input());
      String place = a.get("place").isNull() ? "none" : a.get("place").asText();
      assertEquals(t.place(), place, "place of " + t.input());
      JsonNode published = a.get("published");
      if (!published.isNull()) {
        // Metadata times are UTC here, so the date part is the publication date.
        assertEquals(t.published(), published.asText().substring(0, 10), "date of " + t.input());
      } else {
        assertTrue(t.input().startsWith("text/"), "only year-less text datelines may be undated: "
            + t.input());
      }
    }
  }

  @Test
  void storiesAreTheFourEventsAndTheTwoFiresAreApart() throws Exception {
    Map<String, String> eventOf = new HashMap<>();
    truth().forEach(t -> eventOf.put(t.input(), t.event()));
    Map<String, String> inputOf = new HashMap<>();
    report.get("articles").forEach(a -> inputOf.put(a.get("id").asText(),
        relative(a.get("input").asText())));
    Set<String> seen = new HashSet<>();
    for (JsonNode s : report.get("stories")) {
      Set<String> events = new HashSet<>();
      s.get("articles").forEach(id -> events.add(eventOf.get(inputOf.get(id.asText()))));
      assertEquals(1, events.size(), "story " + s.get("title") + " mixes events " + events);
      assertTrue(seen.addAll(events), "event split over stories: " + events);
      for (String field : List.of("quotes", "statements", "coverage")) {
        assertTrue(s.get(field).isArray());
      }
      assertTrue(s.get("articles").toString().contains(s.get("first").asText()));
    }
    assertEquals(Set.of("E1", "E2", "E3", "E4"), seen);
  }

  @Test
  void theSyndicatedCopyIsADuplicateOfItsSourceAndNothingElseIs() throws Exception {
    Map<String, String> idOf = new HashMap<>();
    Map<String, String> inputOf = new HashMap<>();
    report.get("articles").forEach(a -> {
      idOf.put(relative(a.get("input").asText()), a.get("id").asText());
      inputOf.put(a.get("id").asText(), relative(a.get("input").asText()));
    });
    Map<String, String> expected = new HashMap<>();
    for (Truth t : truth()) {
      Matcher m = Pattern.compile("syndicated copy of (\\S+)").matcher(t.note());
      if (m.find()) {
        expected.put(t.input(), m.group(1));
      }
    }
    assertEquals(1, expected.size(), "the README names one syndicated copy");
    Map<String, String> actual = new HashMap<>();
    for (JsonNode a : report.get("articles")) {
      if (!a.get("duplicate_of").isNull()) {
        actual.put(relative(a.get("input").asText()), inputOf.get(a.get("duplicate_of").asText()));
      }
    }
    assertEquals(expected, actual);
  }

  /**
   * The sample's one disagreement is the firefighters' count (300 / 350); a breakdown of the
   * rescued ("three people, two adults and a child") once read as a second.
   */
  @Test
  void theOnlyConflictIsTheFirefightersCount() {
    List<String> conflicts = new ArrayList<>();
    for (JsonNode s : report.get("stories")) {
      for (JsonNode c : s.get("coverage")) {
        c.get("conflicts").forEach(x -> conflicts.add(x.asText()));
      }
    }
    assertEquals(2, conflicts.size(), conflicts.toString());
    assertTrue(conflicts.stream().allMatch(c -> c.contains("300 firefighters")
        && c.contains("350 firefighters")), conflicts.toString());
  }

  @Test
  void copiesAreNotOutletsAndEveryStoryAlignsQuotesAcrossOutlets() {
    java.util.Set<String> copies = new java.util.HashSet<>();
    report.get("articles").forEach(a -> {
      if (!a.get("duplicate_of").isNull()) {
        copies.add(a.get("id").asText());
      }
    });
    assertEquals(1, copies.size());
    int alignedQuotes = 0;
    for (JsonNode s : report.get("stories")) {
      int outlets = 0;
      for (JsonNode id : s.get("articles")) {
        outlets += copies.contains(id.asText()) ? 0 : 1;
      }
      assertEquals(outlets, s.get("coverage").size(), "one coverage entry per outlet, copies out");
      for (JsonNode c : s.get("coverage")) {
        assertFalse(copies.contains(c.get("article").asText()));
      }
      for (JsonNode st : s.get("statements")) {
        java.util.Set<String> articles = new java.util.HashSet<>();
        for (JsonNode v : st.get("variants")) {
          assertFalse(copies.contains(v.get("article").asText()), "a copy is no variant");
          assertTrue(articles.add(v.get("article").asText()), "one variant an article");
        }
        assertTrue(articles.size() >= 2);
        double similarity = st.get("similarity").asDouble();
        assertTrue(similarity > 0 && similarity <= 1, st.toString());
        alignedQuotes += st.get("speaker").isNull() ? 0 : 1;
      }
    }
    assertTrue(alignedQuotes >= 6, "the sample's outlets quote the same people: " + alignedQuotes);
  }

  @Test
  void everyMembershipCarriesItsEvidence() {
    for (JsonNode s : report.get("stories")) {
      JsonNode evidence = s.get("evidence");
      assertEquals(s.get("articles").size(), evidence.size());
      assertTrue(evidence.get(0).path("founder").asBoolean(), "the founder comes first");
      for (int i = 1; i < evidence.size(); i++) {
        JsonNode e = evidence.get(i);
        assertEquals(s.get("articles").get(i).asText(), e.get("article").asText());
        if (!e.has("duplicate_of")) {
          assertTrue(e.get("score").asDouble() > 0, e.toString());
          assertTrue(e.get("shared_names").size() > 0, "names shared within one event: " + e);
        }
      }
    }
  }

  @Test
  void scriptInArticleTextIsShownAsTextNeverRun() throws Exception {
    String xssStory = null;
    for (JsonNode a : report.get("articles")) {
      if (a.get("text").asText().contains("<script>alert('parallax-xss')</script>")) {
        for (JsonNode s : report.get("stories")) {
          if (s.get("articles").toString().contains(a.get("id").asText())) {
            xssStory = s.get("id").asText();
          }
        }
      }
    }
    assertNotNull(xssStory, "the sample payload must survive ingest as text");
    String page = Files.readString(out.resolve("stories").resolve(xssStory + ".html"));
    assertTrue(page.contains("&lt;script&gt;alert(&#39;parallax-xss&#39;)&lt;/script&gt;"));
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        String html = Files.readString(f);
        assertFalse(html.toLowerCase().contains("<script"), "script element in " + f);
        assertTrue(html.contains("Content-Security-Policy"), "no CSP in " + f);
      }
    }
  }

  @Test
  void indexListsEveryStoryAndEachHasAPage() throws Exception {
    String index = Files.readString(out.resolve("index.html"));
    for (JsonNode s : report.get("stories")) {
      String id = s.get("id").asText();
      assertTrue(index.contains("stories/" + id + ".html"));
      assertTrue(Files.exists(out.resolve("stories").resolve(id + ".html")));
    }
    assertFalse(index.contains("http://") || index.contains("https://cdn"),
        "the report must not load external resources");
  }

  @Test
  void idsAreDeterministic(@TempDir Path again) throws Exception {
    assertEquals(0, run(again, CORPUS.toString()));
    JsonNode second = new ObjectMapper().readTree(again.resolve("report.json").toFile());
    assertEquals(ids(report), ids(second));
  }

  private static List<String> ids(JsonNode r) {
    List<String> ids = new ArrayList<>();
    r.get("articles").forEach(a -> ids.add(a.get("id").asText()));
    r.get("stories").forEach(s -> ids.add(s.get("id").asText() + "=" + s.get("articles")));
    return ids;
  }

  @Test
  void seedsAreOneStoryFirstReportedByTass(@TempDir Path dir) throws Exception {
    Path seeds = Shared.root().resolve("seeds");
    assertEquals(0, run(dir, seeds.toString()));
    JsonNode r = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertEquals(2, r.get("articles").size());
    assertEquals(1, r.get("stories").size());
    Map<String, JsonNode> byOutlet = new HashMap<>();
    r.get("articles").forEach(a -> byOutlet.put(a.get("outlet").asText(), a));
    assertEquals(Set.of("Interfax", "TASS"), byOutlet.keySet());
    assertEquals("2017-06-16", byOutlet.get("Interfax").get("published").asText());
    assertEquals("Moscow", byOutlet.get("Interfax").get("place").asText());
    assertEquals("2017-06-15", byOutlet.get("TASS").get("published").asText());
    assertEquals("New York", byOutlet.get("TASS").get("place").asText());
    assertEquals(byOutlet.get("TASS").get("id").asText(),
        r.get("stories").get(0).get("first").asText());
  }
}

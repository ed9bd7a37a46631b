package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testing.Shared;

/**
 * {@code parallax analyze} end to end on seven fictional stories written to find what the corpora
 * do not show (three outlets each, in several formats: a wire, a state agency, a machine
 * translation, a press release, an RSS feed, pages with boilerplate): each test names what the
 * story brought to light.
 */
class WrittenStoriesTest {
  @TempDir Path out;

  private JsonNode story(String name) throws Exception {
    Path dir = Shared.repo().resolve("src/test/resources/stories").resolve(name);
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"analyze", dir.toString(), "--out", out.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertEquals(1, report.get("stories").size(), "one story of three reports");
    return report.get("stories").get(0);
  }

  private static List<String> conflicts(JsonNode story) {
    List<String> out = new ArrayList<>();
    story.get("coverage").forEach(c -> c.get("conflicts").forEach(x -> out.add(x.asText())));
    return out;
  }

  /** Some conflict of the story opens with {@code prefix} (outlets and their two values). */
  private static void assertConflict(List<String> conflicts, String prefix) {
    assertTrue(conflicts.stream().anyMatch(x -> x.startsWith(prefix)), conflicts.toString());
  }

  private static List<List<String>> statements(JsonNode story, String speaker) {
    List<List<String>> out = new ArrayList<>();
    for (JsonNode s : story.get("statements")) {
      if (speaker.equals(s.path("speaker").asText(null))) {
        List<String> texts = new ArrayList<>();
        s.get("variants").forEach(v -> texts.add(v.get("text").asText()));
        out.add(texts);
      }
    }
    return out;
  }

  @Test
  void craneCollapse() throws Exception {
    JsonNode story = story("crane-collapse");
    List<String> c = conflicts(story);
    assertConflict(c, "The Velmar Daily: 58-metre; Meridian Wire:"
        + " 60-metre");
    assertConflict(c, "The Velmar Daily: 45 ships; Meridian"
        + " Wire: 40 ships");
    assertTrue(statements(story, "Ilse Varga").stream().anyMatch(s -> s.size() == 2
        && s.stream().allMatch(t -> t.startsWith("Nobody should"))), story.toString());
  }

  @Test
  void aMinisterByAnAgencyAWireAndAMachineTranslation() throws Exception {
    JsonNode story = story("grain-corridor");
    List<List<String>> dalca = statements(story, "Petra Dalca");
    // The corridor staying open, in all three outlets, one of them spelling her "Dalka".
    assertTrue(dalca.stream().anyMatch(s -> s.size() == 3
        && s.stream().allMatch(t -> t.toLowerCase().contains("winter"))), dalca.toString());
    assertTrue(dalca.stream().anyMatch(s -> s.stream().anyMatch(t -> t.startsWith("Nobody can"
        + " say")) && s.size() == 2), dalca.toString());
    List<String> c = conflicts(story);
    assertConflict(c, "Varnos Vestnik (machine translation):"
        + " Petra Dalka; Norvia State Agency: Petra Dalca");
    assertConflict(c, "Norvia State Agency: 212 ships;"
        + " Continental Press: 210 ships");
    for (JsonNode q : story.get("quotes")) {
      assertTrue(!q.get("speaker").asText("").equals("Varnos"), "a place is no speaker: " + q);
    }
  }

  @Test
  void aVerdictReportedForTwoDifferentDays() throws Exception {
    JsonNode story = story("mayor-verdict");
    List<String> c = conflicts(story);
    assertConflict(c, "Nordvision News: Tuesday; Baltic Wire:"
        + " Wednesday");
    boolean dash = false;
    boolean sentenced = false;
    for (JsonNode q : story.get("quotes")) {
      dash |= q.get("text").asText().startsWith("The defendant used his office")
          && q.get("speaker").asText("").equals("Mira Solberg");
      sentenced |= q.get("cue").asText().equals("was sentenced");
    }
    assertTrue(dash, "dash speech signed by the judge");
    assertTrue(!sentenced, "one who was sentenced said nothing by it");
  }

  @Test
  void aLandslideWhoseTollRoseThroughTheDay() throws Exception {
    JsonNode story = story("landslide");
    boolean translated = false;
    for (JsonNode q : story.get("quotes")) {
      translated |= q.get("cue").asText().equals("communicated")
          && q.get("speaker").asText("").equals("Ana Moldovan");
    }
    assertTrue(translated, "the translation's closing cue before a role and a name");
    assertTrue(statements(story, "Ana Moldovan").stream().anyMatch(s -> s.size() >= 2
        && s.stream().allMatch(t -> t.startsWith("The slope"))), story.toString());
    List<String> c = conflicts(story);
    // "More than 120 rescuers" and "150 of rescuers" agree; the wire's own follow-up updates
    // its toll.
    assertTrue(c.stream().noneMatch(x -> x.split(" — ")[0].contains("150")), c.toString());
    assertTrue(c.stream().noneMatch(x -> x.startsWith("Danube Wire:") && x.contains("; Danube"
        + " Wire:")), c.toString());
  }

  @Test
  void aTakeoverWithAnInterviewByRole() throws Exception {
    JsonNode story = story("dairy-takeover");
    int answers = 0;
    for (JsonNode q : story.get("quotes")) {
      if (q.path("source").asText("").equals("A")) {
        assertEquals("Ines Borowska", q.get("speaker").asText(null), q.toString());
        answers++;
      }
    }
    assertEquals(3, answers, story.get("quotes").toString());
    assertTrue(statements(story, "Ines Borowska").stream().anyMatch(s -> s.size() == 2
        && s.stream().allMatch(t -> t.startsWith("Frisk is the brand"))),
        story.get("statements").toString());
  }

  @Test
  void aStormOnALivePageAWireAndAnAgency() throws Exception {
    JsonNode story = story("storm-live");
    for (JsonNode q : story.get("quotes")) {
      assertTrue(!q.get("text").asText().matches("\\d{1,2}:\\d{2}.*"), "no time stamp: " + q);
    }
    List<String> c = conflicts(story);
    assertConflict(c, "Nordic State Agency: 42,000 households;"
        + " Harbour Live: 40,000 homes");
    assertTrue(statements(story, "Elena Sorvik").stream().anyMatch(s -> s.size() == 2
        && s.stream().allMatch(t -> t.contains("worst"))), story.get("statements").toString());
  }

  @Test
  void aRateDecisionWithTwoMonthsOfInflation() throws Exception {
    JsonNode story = story("rate-decision");
    assertTrue(statements(story, "Lukas Varga-Holm").stream().anyMatch(s -> s.size() == 2
        && s.stream().allMatch(t -> t.toLowerCase().startsWith("price pressures"))),
        story.get("statements").toString());
    List<String> c = conflicts(story);
    assertConflict(c, "Bank of Estria: 2.4 percent; Continental"
        + " Press: 2.6%");
    assertTrue(c.stream().noneMatch(x -> x.split(" — ")[0].contains("2.9")), c.toString());
  }
}

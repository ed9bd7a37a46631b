package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testing.Shared;

/** The seeds' story: Putin's answers aligned Interfax ↔ TASS, and what each outlet alone has. */
class SeedComparisonTest {
  @TempDir static Path dir;
  static JsonNode story;
  static Map<String, String> outletById = new HashMap<>();

  @BeforeAll
  static void analyze() throws Exception {
    assertEquals(0, AnalyzeSampleCorpusTest.run(dir, Shared.root().resolve("seeds").toString()));
    JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    report.get("articles").forEach(a -> outletById.put(a.get("id").asText(),
        a.get("outlet").asText()));
    assertEquals(1, report.get("stories").size());
    story = report.get("stories").get(0);
  }

  /** The statement whose Interfax and TASS variants contain the given fragments. */
  private static JsonNode aligned(String interfax, String tass) {
    List<JsonNode> found = new ArrayList<>();
    story.get("statements").forEach(s -> {
      boolean i = false;
      boolean t = false;
      for (JsonNode v : s.get("variants")) {
        String outlet = outletById.get(v.get("article").asText());
        String text = v.get("text").asText();
        i |= outlet.equals("Interfax") && text.contains(interfax);
        t |= outlet.equals("TASS") && text.contains(tass);
      }
      if (i && t) {
        found.add(s);
      }
    });
    assertEquals(1, found.size(), "statement '" + interfax + "' ↔ '" + tass + "' in "
        + story.get("statements"));
    return found.get(0);
  }

  @Test
  void putinsAnswersAreAlignedAcrossTheTwoRenderings() {
    List<JsonNode> five = List.of(
        aligned("hackers has revealed problems within the Democratic party",
            "hackers indeed revealed problems"),
        aligned("nothing lied", "didn’t tell any lies"),
        aligned("has resigned, says that she admitted", "has resigned testifies"),
        aligned("internal problem of the United States", "internal problems of the United States"),
        aligned("apologize to the voters", "manipulate public opinion"));
    for (JsonNode s : five) {
      assertEquals("Vladimir Putin", s.get("speaker").asText(), s.toString());
      assertEquals(2, s.get("variants").size());
      double similarity = s.get("similarity").asDouble();
      assertTrue(similarity > 0 && similarity <= 1, s.toString());
    }
  }

  private static JsonNode coverage(String outlet) {
    for (JsonNode c : story.get("coverage")) {
      if (outletById.get(c.get("article").asText()).equals(outlet)) {
        return c;
      }
    }
    throw new AssertionError("no coverage for " + outlet);
  }

  private static boolean has(JsonNode list, String fragment) {
    for (JsonNode x : list) {
      if (x.asText().contains(fragment)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void onlyHereAndOmits() {
    JsonNode interfax = coverage("Interfax");
    JsonNode tass = coverage("TASS");
    for (String fragment : List.of("In 2000, and in 2012", "Barack Obama and John Kerry",
        "personnel issue")) {
      assertTrue(has(interfax.get("only_here"), fragment), fragment + " " + interfax);
      assertTrue(has(tass.get("omits"), fragment), fragment + " " + tass);
    }
    for (String fragment : List.of("19,000", "Salon.com")) {
      assertTrue(has(tass.get("only_here"), fragment), fragment + " " + tass);
      assertTrue(has(interfax.get("omits"), fragment), fragment + " " + interfax);
    }
    // TASS's sentence on the committee's chairperson stepping down is loosely matched (pair score
    // 0.18 since the machine-translation features, 0.10 before) by Putin's "the Chairwoman of the
    // Executive Committee … has resigned" in Interfax, so only her name is TASS's alone.
    assertTrue(has(tass.get("only_here_names"), "Debbie Wasserman Schultz"), tass.toString());
    assertTrue(has(tass.get("only_here_names"), "WikiLeaks"), tass.toString());
    assertTrue(has(tass.get("only_here_numbers"), "19,000"), tass.toString());
    assertTrue(has(interfax.get("only_here_names"), "John Kerry"), interfax.toString());
    // Aligned statements are nobody's only-here material.
    assertTrue(!has(interfax.get("only_here"), "internal problem"), interfax.toString());
    assertTrue(!has(tass.get("only_here"), "internal problems"), tass.toString());
  }
}

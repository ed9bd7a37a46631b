package org.parallax.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/** Every statement of Putin's in both seeds reaches report.json with his canonical name. */
class SeedAttributionTest {
  @TempDir static Path dir;
  static JsonNode report;
  static Map<String, String> outletById = new HashMap<>();

  @BeforeAll
  static void analyze() throws Exception {
    assertEquals(0, AnalyzeSampleCorpusTest.run(dir, Shared.root().resolve("seeds").toString()));
    report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    report.get("articles").forEach(a -> outletById.put(a.get("id").asText(),
        a.get("outlet").asText()));
  }

  private static JsonNode quote(String outlet, String fragment) {
    List<JsonNode> found = new ArrayList<>();
    report.get("stories").forEach(s -> s.get("quotes").forEach(q -> {
      if (outlet.equals(outletById.get(q.get("article").asText()))
          && q.get("text").asText().contains(fragment)) {
        found.add(q);
      }
    }));
    assertEquals(1, found.size(), outlet + " quotes with '" + fragment + "': " + found);
    return found.get(0);
  }

  @Test
  void interfaxPutinStatements() {
    for (String fragment : List.of("the US has always", "In 2000, and in 2012",
        "collected at opposition forces", "spoken with Barack Obama and John Kerry",
        "difficult to imagine any other party", "unidentified hackers has revealed",
        "nothing lied", "internal problem of the United States", "American people expect",
        "personnel issue", "plunged into the essence", "find some point",
        "with partners to build")) {
      assertEquals("Vladimir Putin", quote("Interfax", fragment).get("speaker").asText(),
          fragment);
    }
    assertEquals("indirect", quote("Interfax", "spoken with Barack Obama").get("kind").asText());
    assertEquals("stated", quote("Interfax", "spoken with Barack Obama").get("cue").asText());
    assertEquals("direct", quote("Interfax", "personnel issue").get("kind").asText());
    // "the documentary by Oliver stone about …" (the translation lower-cases the surname) is a
    // noun phrase the tagger reads as an attribution; the report does not.
    report.get("stories").forEach(s -> s.get("quotes").forEach(q -> assertTrue(
        !q.get("cue").asText().contains("stone"), q.toString())));
  }

  @Test
  void tassPutinStatementsAndOtherSources() {
    for (String fragment : List.of("did not use hacker attacks", "Some hackers indeed revealed",
        "unrecognized hackers")) {
      assertEquals("Vladimir Putin", quote("TASS", fragment).get("speaker").asText(), fragment);
    }
    assertEquals("insisted", quote("TASS", "Some hackers indeed").get("cue").asText());
    for (String fragment : List.of("members of the committee had tried",
        "received this information")) {
      JsonNode q = quote("TASS", fragment);
      assertNotNull(q.get("speaker").textValue(), fragment);
      assertNotEquals("Vladimir Putin", q.get("speaker").asText(), fragment);
    }
    assertEquals("the documents", quote("TASS", "members of the committee").get("speaker")
        .asText());
  }

  @Test
  void entitiesPerArticle() {
    report.get("articles").forEach(a -> {
      Map<String, JsonNode> byName = new HashMap<>();
      a.get("entities").forEach(e -> byName.put(e.get("name").asText(), e));
      JsonNode putin = byName.get("Vladimir Putin");
      assertNotNull(putin, a.get("outlet") + ": " + byName.keySet());
      assertEquals("person", putin.get("type").asText());
      List<String> mentions = new ArrayList<>();
      putin.get("mentions").forEach(m -> mentions.add(m.asText()));
      assertTrue(mentions.contains("Putin"), mentions.toString());
      assertEquals("place", byName.get("Russia").get("type").asText());
    });
    Map<String, JsonNode> tass = new HashMap<>();
    report.get("articles").forEach(a -> {
      if (a.get("outlet").asText().equals("TASS")) {
        a.get("entities").forEach(e -> tass.put(e.get("name").asText(), e));
      }
    });
    assertEquals("person", tass.get("Debbie Wasserman Schultz").get("type").asText());
    assertEquals("place", tass.get("New York").get("type").asText(), "the dateline's place");
    assertEquals("organization", tass.get("WikiLeaks").get("type").asText());
  }

  @Test
  void theFastTaggerAlsoGivesPutinHisStatements(@TempDir Path fastDir) throws Exception {
    java.io.PrintWriter quiet = new java.io.PrintWriter(java.io.Writer.nullWriter());
    assertEquals(0, Main.run(new String[] {"analyze", Shared.root().resolve("seeds").toString(),
        "--out", fastDir.toString(), "--fast"}, quiet, quiet));
    JsonNode r = new ObjectMapper().readTree(fastDir.resolve("report.json").toFile());
    List<String> putin = new ArrayList<>();
    r.get("stories").forEach(s -> s.get("quotes").forEach(q -> {
      if ("Vladimir Putin".equals(q.get("speaker").textValue())) {
        putin.add(q.get("text").asText());
      }
    }));
    for (String fragment : List.of("In 2000, and in 2012", "spoken with Barack Obama",
        "internal problem of the United States", "personnel issue", "Some hackers indeed",
        "unrecognized hackers", "did not use hacker attacks")) {
      assertTrue(putin.stream().anyMatch(t -> t.contains(fragment)), fragment + " in " + putin);
    }
  }
}

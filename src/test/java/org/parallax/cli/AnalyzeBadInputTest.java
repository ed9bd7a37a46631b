package org.parallax.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad inputs through the command line: reported on stderr and in report.json, never fatal. */
class AnalyzeBadInputTest {
  /** Fictional reports; nothing here is copied from anywhere. */
  static final String FERRY_ARTICLE = """
      Harbour ferry service resumes after week-long repairs

      LISBON, May 3. /EXAMPLE/. The river ferry between the two old quays carried its first \
      passengers in eight days on Saturday morning, after engineers replaced a worn propeller \
      shaft. The operator said the timetable would return to twenty crossings a day by Monday. \
      Commuters who had taken the long road bridge in the meantime welcomed the news, though \
      several said the morning boats were already crowded.
      """;

  static final String ORCHARD_ARTICLE = """
      Late frost spares most of the valley's cherry orchards

      OPORTO, April 12. /EXAMPLE/. Growers in the upper valley said on Tuesday that a night of \
      frost had damaged fewer blossoms than they had feared, because a steady wind kept the cold \
      air from settling between the rows. The regional farmers' association estimated losses at \
      under a tenth of the expected harvest and said picking should begin in early June.
      """;

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path good;
  private Path empty;
  private Path binary;
  private Path malformed;

  @BeforeEach
  void writeInputs() throws IOException {
    good = Files.writeString(dir.resolve("ferry.txt"), FERRY_ARTICLE, UTF_8);
    empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    byte[] png = new byte[2048];
    new java.util.Random(7).nextBytes(png);
    byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d};
    System.arraycopy(header, 0, png, 0, header.length);
    binary = Files.write(dir.resolve("photo.png"), png);
    malformed = Files.writeString(dir.resolve("wire.jsonl"),
        "{\"id\": \"w-1\", \"title\": \"Cut short\", \"text\": \"The sentence never ends\n", UTF_8);
  }

  /** What one CLI run returned and printed. */
  private record Run(int code, String out, String err) {
    List<String> errLines() {
      return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
    }
  }

  private static Run run(Object... args) {
    List<String> argv = new ArrayList<>();
    for (Object a : args) {
      argv.add(a.toString());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
      code = Main.run(argv.toArray(String[]::new), o, e);
    }
    return new Run(code, out.toString(), err.toString());
  }

  private static JsonNode report(Path outDir) throws IOException {
    Path file = outDir.resolve("report.json");
    assertTrue(Files.isRegularFile(file), "no " + file);
    return JSON.readTree(file.toFile());
  }

  private static List<Map<String, String>> rejected(JsonNode report) {
    List<Map<String, String>> list = new ArrayList<>();
    for (JsonNode r : report.get("rejected")) {
      assertEquals(2, r.size(), () -> "rejected entry has extra fields: " + r);
      list.add(Map.of("input", r.get("input").asText(), "reason", r.get("reason").asText()));
    }
    return list;
  }

  private static Map<String, String> rejection(Object input, String reason) {
    return Map.of("input", input.toString(), "reason", reason);
  }

  private static List<String> inputsOf(JsonNode report, String array) {
    List<String> inputs = new ArrayList<>();
    report.get(array).forEach(a -> inputs.add(a.get("input").asText()));
    return inputs;
  }

  private List<Map<String, String>> expectedBadRejections() {
    return List.of(
        rejection(empty, "empty file"),
        rejection(binary, "binary content: not text, HTML, a feed, WARC or JSON lines"),
        // The 68-character line ends inside a string: Jackson reports column 69, the end of input.
        rejection(malformed + "#1", "invalid JSON on line 1 column 69: Unexpected end-of-input:"
            + " was expecting closing quote for a string value"));
  }

  private static List<String> stderrLines(List<Map<String, String>> rejections) {
    return rejections.stream().map(r -> r.get("input") + ": " + r.get("reason")).toList();
  }

  @Test
  void goodArticleSurvivesBadInputs() throws IOException {
    Path out = dir.resolve("report");
    Run run = run("analyze", "--out", out, good, empty, binary, malformed);

    assertEquals(0, run.code(), run::err);
    List<Map<String, String>> expected = expectedBadRejections();
    List<String> lines = run.errLines();
    // One line per rejection, in input order, then the summary line.
    assertEquals(stderrLines(expected), lines.subList(0, lines.size() - 1), run::err);
    assertEquals("parallax: 1 articles, 1 stories, 3 rejected → " + out.resolve("report.json"),
        lines.get(lines.size() - 1));

    JsonNode report = report(out);
    assertEquals(expected, rejected(report));
    assertEquals(List.of(good.toString()), inputsOf(report, "articles"));
    JsonNode article = report.get("articles").get(0);
    assertEquals("Harbour ferry service resumes after week-long repairs",
        article.get("title").asText());
    assertTrue(article.get("text").asText().contains("propeller shaft"), article::toString);
    assertEquals(1, report.get("stories").size());
    assertTrue(Files.isRegularFile(out.resolve("index.html")));
  }

  @Test
  void onlyBadInputsExitOneButStillWriteTheReport() throws IOException {
    Path out = dir.resolve("report");
    Run run = run("analyze", "--out", out, empty, binary, malformed);

    assertEquals(1, run.code(), run::err);
    List<Map<String, String>> expected = expectedBadRejections();
    List<String> lines = run.errLines();
    assertEquals(stderrLines(expected), lines.subList(0, lines.size() - 1), run::err);
    assertEquals("parallax: 0 articles, 0 stories, 3 rejected → " + out.resolve("report.json"),
        lines.get(lines.size() - 1));

    JsonNode report = report(out);
    assertEquals(expected, rejected(report));
    assertEquals(0, report.get("articles").size());
    assertEquals(0, report.get("stories").size());
  }

  @Test
  void missingOutIsAUsageError() {
    Run run = run("analyze", good);
    assertEquals(2, run.code(), run::err);
    assertTrue(run.err().contains("--out"), run::err);
  }

  @Test
  void noInputsIsAUsageError() {
    Path out = dir.resolve("report");
    Run run = run("analyze", "--out", out);
    assertEquals(2, run.code(), run::err);
    assertTrue(run.err().contains("INPUT"), run::err);
    assertFalse(Files.exists(out), "a usage error must not write a report");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Path out = dir.resolve("report");
    Run run = run("analyze", "--out", out, "--frobnicate", good);
    assertEquals(2, run.code(), run::err);
    assertTrue(run.err().contains("--frobnicate"), run::err);
    assertFalse(Files.exists(out), "a usage error must not write a report");
  }

  @Test
  void secondRunIntoTheSameFolderReplacesTheReport() throws IOException {
    Path out = dir.resolve("report");
    Path orchard = Files.writeString(dir.resolve("orchard.txt"), ORCHARD_ARTICLE, UTF_8);

    Run first = run("analyze", "--out", out, good, empty);
    assertEquals(0, first.code(), first::err);
    assertEquals(List.of(good.toString()), inputsOf(report(out), "articles"));

    Run second = run("analyze", "--out", out, orchard, binary);
    assertEquals(0, second.code(), second::err);
    JsonNode report = report(out);
    assertEquals(List.of(orchard.toString()), inputsOf(report, "articles"));
    assertEquals(List.of(rejection(binary,
        "binary content: not text, HTML, a feed, WARC or JSON lines")), rejected(report));
    String index = Files.readString(out.resolve("index.html"), UTF_8);
    assertTrue(index.contains("Late frost spares most of the valley"), index);
    assertFalse(index.contains("Harbour ferry service"), index);
  }

  @Test
  void secondRunLeavesNoStaleStoryPages() throws IOException {
    Path out = dir.resolve("report");
    Path orchard = Files.writeString(dir.resolve("orchard.txt"), ORCHARD_ARTICLE, UTF_8);
    assertEquals(0, run("analyze", "--out", out, good).code());
    assertEquals(0, run("analyze", "--out", out, orchard).code());

    Set<String> expected = new TreeSet<>();
    report(out).get("stories").forEach(s -> expected.add(s.get("id").asText() + ".html"));
    Set<String> pages = new TreeSet<>();
    try (Stream<Path> files = Files.list(out.resolve("stories"))) {
      files.forEach(f -> pages.add(f.getFileName().toString()));
    }
    assertEquals(expected, pages);
  }
}

package org.parallax.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.attribution.WhoSaidWhat;
import org.parallax.compare.StoryComparison;
import org.parallax.embed.Embedder;
import org.parallax.embed.Embedders;
import org.parallax.model.Article;
import org.parallax.model.RawDocument;
import org.parallax.model.Story;
import org.parallax.text.Normalizer;

class AnalysisCompareTest {
  private static Article article(String name, String text) throws Exception {
    return Normalizer.create().normalize(RawDocument.text(name, text));
  }

  /** MiniLM, except that it fails on any text of the story about the ferry. */
  private static final class FailingOnFerry implements Embedder {
    private final Embedder real = Embedders.miniLm();

    @Override
    public int dimension() {
      return real.dimension();
    }

    @Override
    public float[][] embed(List<String> texts) {
      if (texts.stream().anyMatch(t -> t.contains("ferry"))) {
        throw new IllegalStateException("embedding failed");
      }
      return real.embed(texts);
    }

    @Override
    public void close() {}
  }

  @Test
  void aStoryWhoseComparisonFailsIsReportedAndTheOthersAreStillCompared() throws Exception {
    List<Article> articles = List.of(
        article("a1.txt", "Mayor Lena Brandt said the bridge would reopen on Friday. \"We checked"
            + " every bolt twice,\" Brandt said."),
        article("a2.txt", "Lena Brandt, the mayor, said the bridge would open again on Friday."
            + " \"Every bolt was checked twice,\" she said."),
        article("b1.txt", "The ferry to Holm will stop running in May, operator Blue Tern said."
            + " \"The route loses money every month,\" its director Ola Vik said."),
        article("b2.txt", "Blue Tern said the Holm ferry would end in May. \"We lose money on the"
            + " route every month,\" director Ola Vik said."));
    List<Story> stories = List.of(
        new Story("bridge", "Bridge", List.of(articles.get(0).id(), articles.get(1).id()),
            articles.get(0).id(), List.of()),
        new Story("ferry", "Ferry", List.of(articles.get(2).id(), articles.get(3).id()),
            articles.get(2).id(), List.of()));
    Map<String, WhoSaidWhat> said = Analysis.whoSaidWhat(articles, stories);
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Map<String, StoryComparison.Result> compared;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      compared = Analysis.compare(articles, stories, said,
          () -> StoryComparison.create(new FailingOnFerry()));
    } finally {
      System.setErr(err);
    }
    String message = captured.toString(StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(message.lines().toList());
    assertEquals(1, lines.size(), message);
    assertTrue(lines.get(0).contains("story ferry") && lines.get(0).contains("embedding failed"),
        message);
    assertFalse(compared.containsKey("ferry"));
    assertFalse(compared.get("bridge").statements().isEmpty(), compared.toString());
  }
}

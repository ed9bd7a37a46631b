package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parallax.cluster.StoryClusterer;
import org.parallax.model.Article;
import org.parallax.model.Format;
import org.parallax.model.RawDocument;
import org.parallax.model.Rejected;
import org.parallax.model.Story;
import org.parallax.pipeline.Analysis;

/**
 * Story clustering on a labeled JSON-lines corpus, through the production normalizer and
 * clusterer. Documents are fed in date order; undated documents and ties go in a seeded random
 * order, never in file order (some corpora are sorted by label, which would leak it).
 */
public final class ClusteringEval {
  /** Fixed so that a run is reproducible; the order is random with respect to the labels. */
  public static final long SEED = 20170615L;

  public record Options(String label, String dateField, String titleField, String split) {}

  public record Result(ClusterMetrics metrics, List<Article> articles, List<String> gold,
      List<Story> stories, int skipped) {}

  private ClusteringEval() {}

  /** The corpus's documents, normalized, in their seeded feeding order, with gold labels. */
  public record Loaded(List<Article> articles, Map<String, String> goldOf, int skipped) {}

  public static Result run(Path file, Options options, Analysis analysis,
      StoryClusterer clusterer) throws IOException {
    Loaded loaded = load(file, options, analysis);
    List<Article> articles = loaded.articles();
    Map<String, String> goldOf = loaded.goldOf();
    List<Story> stories = clusterer.cluster(articles);
    Map<String, String> storyOf = new HashMap<>();
    for (Story st : stories) {
      for (String id : st.articles()) {
        storyOf.put(id, st.id());
      }
    }
    List<String> predicted = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    for (Article a : articles) {
      predicted.add(storyOf.get(a.id()));
      gold.add(goldOf.get(a.input()));
    }
    return new Result(ClusterMetrics.score(predicted, gold), articles, gold, stories,
        loaded.skipped());
  }

  public static Loaded load(Path file, Options options, Analysis analysis) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<RawDocument> docs = new ArrayList<>();
    Map<String, String> goldOf = new HashMap<>();
    int line = 0;
    int skipped = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String s;
      while ((s = in.readLine()) != null) {
        line++;
        if (s.isBlank()) {
          continue;
        }
        JsonNode row = json.readTree(s);
        if (options.split() != null && !options.split().equals(text(row, "split"))) {
          continue;
        }
        String label = text(row, options.label());
        String body = text(row, "text");
        if (label == null || body == null) {
          skipped++;
          continue;
        }
        String input = file.getFileName() + "#" + line;
        String title = text(row, options.titleField() == null ? "title" : options.titleField());
        String date = options.dateField() == null ? null : text(row, options.dateField());
        String id = text(row, "id") != null ? text(row, "id") : "line" + line;
        docs.add(new RawDocument(input, Format.JSONL, body, text(row, "url"), text(row, "outlet"),
            title, date, text(row, "language"), false, 0, id));
        goldOf.put(input, label);
      }
    }
    // Seeded shuffle: the clusterer breaks date ties (and orders undated documents) by `order`.
    List<Integer> ranks = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      ranks.add(i);
    }
    java.util.Collections.shuffle(ranks, new Random(SEED));
    List<RawDocument> shuffled = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      shuffled.add(docs.get(i).withOrder(ranks.get(i)));
    }
    List<Rejected> rejected = new ArrayList<>();
    List<Article> articles = analysis.normalizeAll(shuffled, rejected::add);
    skipped += rejected.size();
    return new Loaded(articles, goldOf, skipped);
  }

  private static String text(JsonNode row, String field) {
    JsonNode v = row.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    String s = v.isValueNode() ? v.asText() : v.toString();
    return s.isBlank() ? null : s;
  }
}

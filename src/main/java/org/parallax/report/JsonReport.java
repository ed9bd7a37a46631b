package org.parallax.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.parallax.model.Article;
import org.parallax.model.Flag;
import org.parallax.model.Membership;
import org.parallax.model.Rejected;
import org.parallax.model.Story;
import org.parallax.attribution.Entity;
import org.parallax.attribution.Quote;
import org.parallax.compare.StoryComparison;
import org.parallax.pipeline.Analysis;

/**
 * {@code report.json}: the fields the brief's contract names, in its order, then extensions
 * (never renamed, only added).
 */
final class JsonReport {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  static ObjectNode build(Analysis.Result result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("generator", "parallax");
    ArrayNode articles = root.putArray("articles");
    for (Article a : result.articles()) {
      ObjectNode o = articles.addObject();
      o.put("id", a.id());
      o.put("input", a.input());
      o.put("outlet", a.outlet());
      o.put("title", a.title());
      o.put("published", a.published() == null ? null : a.published().iso());
      o.put("place", a.place());
      o.put("language", a.language());
      o.put("duplicate_of", a.duplicateOf());
      ArrayNode entities = o.putArray("entities");
      for (Entity e : result.said(a.id()).entities()) {
        ObjectNode eo = entities.addObject();
        eo.put("name", e.name());
        eo.put("type", e.type());
        ArrayNode mentions = eo.putArray("mentions");
        e.mentions().forEach(mentions::add);
      }
      // Extensions beyond the contract.
      o.put("format", a.format().label());
      o.put("url", a.url());
      o.put("outlet_source", a.outletSource());
      o.put("title_derived", a.titleDerived());
      o.put("published_source", a.published() == null ? null : a.published().source());
      o.put("published_year_inferred", a.published() != null && a.published().yearInferred());
      o.put("summary_only", a.summaryOnly());
      o.put("content_hash", a.contentHash());
      ArrayNode flags = o.putArray("flags");
      for (Flag f : a.flags()) {
        ObjectNode fo = flags.addObject();
        fo.put("kind", f.kind());
        fo.put("text", f.text());
        fo.put("offset", f.offset());
        fo.put("note", f.note());
      }
      ArrayNode removed = o.putArray("removed");
      a.removed().forEach(removed::add);
      o.put("text", a.body());
    }
    ArrayNode stories = root.putArray("stories");
    for (Story s : result.stories()) {
      ObjectNode o = stories.addObject();
      o.put("id", s.id());
      o.put("title", s.title());
      ArrayNode ids = o.putArray("articles");
      s.articles().forEach(ids::add);
      ArrayNode evidence = o.putArray("evidence");
      for (Membership m : s.evidence()) {
        ObjectNode e = evidence.addObject();
        e.put("article", m.article());
        if (m.founder()) {
          e.put("founder", true);
          continue;
        }
        if (m.duplicateOf() != null) {
          e.put("duplicate_of", m.duplicateOf());
          continue;
        }
        e.put("score", m.score());
        e.put("text_similarity", m.textSimilarity());
        e.put("name_similarity", m.nameSimilarity());
        e.put("embedding_similarity", m.embeddingSimilarity());
        ArrayNode names = e.putArray("shared_names");
        m.sharedNames().forEach(names::add);
        ArrayNode terms = e.putArray("shared_terms");
        m.sharedTerms().forEach(terms::add);
      }
      ArrayNode quotes = o.putArray("quotes");
      for (String id : s.articles()) {
        for (Quote q : result.said(id).quotes()) {
          ObjectNode qo = quotes.addObject();
          qo.put("article", id);
          qo.put("speaker", q.speaker());
          qo.put("text", q.text());
          qo.put("kind", q.kind());
          qo.put("cue", q.cue());
          qo.put("source", q.source()); // extension: the source as written
          qo.put("start", q.start());
          qo.put("end", q.end());
        }
      }
      StoryComparison.Result compared = result.compared(s.id());
      ArrayNode statements = o.putArray("statements");
      for (StoryComparison.Statement st : compared.statements()) {
        ObjectNode so = statements.addObject();
        so.put("speaker", st.speaker());
        ArrayNode variants = so.putArray("variants");
        for (StoryComparison.Variant v : st.variants()) {
          ObjectNode vo = variants.addObject();
          vo.put("article", v.article());
          vo.put("text", v.text());
          vo.put("start", v.start()); // extension: offsets in the article's text
          vo.put("end", v.end());
        }
        so.put("similarity", Math.round(st.similarity() * 1000) / 1000.0);
        ArrayNode ev = so.putArray("evidence"); // extension
        st.evidence().forEach(ev::add);
      }
      ArrayNode coverage = o.putArray("coverage");
      for (StoryComparison.Coverage c : compared.coverage()) {
        ObjectNode co = coverage.addObject();
        co.put("article", c.article());
        co.put("first", c.article().equals(s.first())); // extension: this outlet reported first
        ArrayNode only = co.putArray("only_here");
        c.onlyHere().forEach(only::add);
        ArrayNode omits = co.putArray("omits");
        c.omits().forEach(omits::add);
        ArrayNode conflicts = co.putArray("conflicts");
        c.conflicts().forEach(conflicts::add);
        ArrayNode names = co.putArray("only_here_names"); // extensions
        c.onlyHereNames().forEach(names::add);
        ArrayNode numbers = co.putArray("only_here_numbers");
        c.onlyHereNumbers().forEach(numbers::add);
      }
      o.put("first", s.first());
    }
    ArrayNode rejected = root.putArray("rejected");
    for (Rejected r : result.rejected()) {
      ObjectNode o = rejected.addObject();
      o.put("input", r.input());
      o.put("reason", r.reason());
    }
    return root;
  }

  static void write(Analysis.Result result, Path file) throws IOException {
    JSON.writeValue(file.toFile(), build(result));
  }
}

package org.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.attribution.Attribution;
import org.parallax.attribution.Attributions;
import org.parallax.attribution.Span;

/**
 * Attribution on PolNeAR JSON lines, scored as the brief defines: each component (source, cue,
 * content with content2) is the set of its characters, whitespace and quotation marks left out.
 * Exact: a predicted component equals a gold one, matched one to one. Overlap: proportional,
 * summed over the corpus, each component matched to the one it overlaps most. Attributions with
 * no source count for cue and content only. Gold content is direct when it opens with a quotation
 * mark.
 */
public final class AttributionEval {
  private static final String QUOTES = "\"“”«»„‘’'‹›";

  /** Running sums for one component kind. */
  static final class Tally {
    long exactMatched;
    long predicted;
    long gold;
    long overlapP;
    long predChars;
    long overlapR;
    long goldChars;

    void add(List<BitSet> pred, List<BitSet> gold) {
      predicted += pred.size();
      this.gold += gold.size();
      List<BitSet> unmatched = new ArrayList<>(gold);
      for (BitSet p : pred) {
        for (int i = 0; i < unmatched.size(); i++) {
          if (unmatched.get(i).equals(p)) {
            exactMatched++;
            unmatched.remove(i);
            break;
          }
        }
      }
      for (BitSet p : pred) {
        predChars += p.cardinality();
        overlapP += best(p, gold);
      }
      for (BitSet g : gold) {
        goldChars += g.cardinality();
        overlapR += best(g, pred);
      }
    }

    private static int best(BitSet a, List<BitSet> others) {
      int best = 0;
      for (BitSet o : others) {
        BitSet x = (BitSet) a.clone();
        x.and(o);
        best = Math.max(best, x.cardinality());
      }
      return best;
    }

    double exactP() {
      return predicted == 0 ? 0 : exactMatched / (double) predicted;
    }

    double exactR() {
      return gold == 0 ? 0 : exactMatched / (double) gold;
    }

    double overlapPrecision() {
      return predChars == 0 ? 0 : overlapP / (double) predChars;
    }

    double overlapRecall() {
      return goldChars == 0 ? 0 : overlapR / (double) goldChars;
    }
  }

  private AttributionEval() {}

  /** Runs the extractor over the file and returns the brief's figures, in its order. */
  public static Map<String, Double> run(Path file) throws IOException {
    return run(file, Attributions::find);
  }

  /** Scores any extractor; the production one is {@link Attributions#find}. */
  public static Map<String, Double> run(Path file,
      java.util.function.Function<String, List<Attribution>> extractor) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Tally source = new Tally();
    Tally cue = new Tally();
    Tally content = new Tally();
    Tally direct = new Tally();
    Tally indirect = new Tally();
    int documents = 0;
    List<JsonNode> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          docs.add(json.readTree(line));
        }
      }
    }
    // The documents are extracted in parallel (the extractor is stateless) and scored in file
    // order, so the figures do not depend on the thread count.
    Object[] extracted = new Object[docs.size()];
    java.util.stream.IntStream.range(0, docs.size()).parallel().forEach(d -> {
      try {
        extracted[d] = extractor.apply(docs.get(d).get("text").asText());
      } catch (RuntimeException | StackOverflowError e) {
        extracted[d] = e;
      }
    });
    {
      for (JsonNode doc : docs) {
        String text = doc.get("text").asText();
        List<BitSet> gs = new ArrayList<>();
        List<BitSet> gc = new ArrayList<>();
        List<BitSet> gt = new ArrayList<>();
        List<BitSet> gDirect = new ArrayList<>();
        List<BitSet> gIndirect = new ArrayList<>();
        for (JsonNode a : doc.get("attributions")) {
          if (a.hasNonNull("source") && a.get("source").has("spans")) {
            gs.add(chars(text, a.get("source")));
          }
          if (a.has("cue")) {
            gc.add(chars(text, a.get("cue")));
          }
          if (a.has("content")) {
            BitSet c = chars(text, a.get("content"));
            if (a.has("content2")) {
              c.or(chars(text, a.get("content2")));
            }
            gt.add(c);
            String raw = a.get("content").path("text").asText("").strip();
            (!raw.isEmpty() && "\"“«„‘'".indexOf(raw.charAt(0)) >= 0 ? gDirect : gIndirect).add(c);
          }
        }
        List<BitSet> ps = new ArrayList<>();
        List<BitSet> pc = new ArrayList<>();
        List<BitSet> pt = new ArrayList<>();
        List<BitSet> pDirect = new ArrayList<>();
        List<BitSet> pIndirect = new ArrayList<>();
        List<Attribution> predicted;
        if (extracted[documents] instanceof Throwable e) {
          // One document that trips the extractor is scored as finding nothing; the rest of
          // the corpus is still scored, and the failure is named.
          System.err.println("parallax: " + file.getFileName() + " document " + (documents + 1)
              + ": extraction failed, scored as finding nothing: " + e);
          predicted = List.of();
        } else {
          @SuppressWarnings("unchecked")
          List<Attribution> found = (List<Attribution>) extracted[documents];
          predicted = found;
        }
        documents++;
        for (Attribution a : predicted) {
          if (a.source() != null) {
            ps.add(chars(text, List.of(a.source())));
          }
          pc.add(chars(text, List.of(a.cue())));
          BitSet c = chars(text, a.content());
          pt.add(c);
          (a.direct() ? pDirect : pIndirect).add(c);
        }
        source.add(ps, gs);
        cue.add(pc, gc);
        content.add(pt, gt);
        direct.add(pDirect, gDirect);
        indirect.add(pIndirect, gIndirect);
      }
    }
    Map<String, Double> out = new LinkedHashMap<>();
    put(out, "source", source);
    put(out, "cue", cue);
    put(out, "content", content);
    out.put("direct_content_overlap_f1",
        ClusterMetrics.f1(direct.overlapPrecision(), direct.overlapRecall()));
    out.put("indirect_content_overlap_f1",
        ClusterMetrics.f1(indirect.overlapPrecision(), indirect.overlapRecall()));
    return out;
  }

  private static void put(Map<String, Double> out, String name, Tally t) {
    out.put(name + "_exact_p", t.exactP());
    out.put(name + "_exact_r", t.exactR());
    out.put(name + "_exact_f1", ClusterMetrics.f1(t.exactP(), t.exactR()));
    out.put(name + "_overlap_p", t.overlapPrecision());
    out.put(name + "_overlap_r", t.overlapRecall());
    out.put(name + "_overlap_f1", ClusterMetrics.f1(t.overlapPrecision(), t.overlapRecall()));
  }

  public static String line(Map<String, Double> figures) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, Double> e : figures.entrySet()) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(e.getKey()).append('=').append(String.format(Locale.ROOT, "%.4f", e.getValue()));
    }
    return b.toString();
  }

  /** Gold spans are code-point offsets; Java strings index UTF-16 units. */
  private static BitSet chars(String text, JsonNode component) {
    List<Span> spans = new ArrayList<>();
    for (JsonNode s : component.get("spans")) {
      int from = text.offsetByCodePoints(0, Math.min(s.get(0).asInt(), text.codePointCount(0, text.length())));
      int to = text.offsetByCodePoints(0, Math.min(s.get(1).asInt(), text.codePointCount(0, text.length())));
      spans.add(new Span(from, Math.max(from, to)));
    }
    return chars(text, spans);
  }

  private static BitSet chars(String text, List<Span> spans) {
    BitSet b = new BitSet();
    for (Span s : spans) {
      for (int i = s.start(); i < s.end() && i < text.length(); i++) {
        char c = text.charAt(i);
        if (!Character.isWhitespace(c) && c != '\u00a0' && QUOTES.indexOf(c) < 0) {
          b.set(i);
        }
      }
    }
    return b;
  }

}

package org.parallax.attribution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Trains the attribution tagger from PolNeAR JSON lines (the corpus's train split). The result
 * depends only on the file, the epochs and the seed, so {@code ./parallax train attribution}
 * reproduces the shipped model.
 */
public final class AttributionTrainer {
  /** Passes for the parsing tagger, chosen on PolNeAR dev (MODELS.md). */
  public static final int EPOCHS = 16;
  /**
   * Passes for the fast tagger, which the default sums at half weight with the parsing one;
   * chosen on PolNeAR dev among 12, 16, 20 and 24 with the parsing tagger at 16 (MODELS.md).
   */
  public static final int FAST_EPOCHS = 20;
  public static final long SEED = 20180524L;
  public static final int MIN_COUNT = 2;

  private AttributionTrainer() {}

  /** One labelled article: text and gold attributions as Java-index spans. */
  record Gold(String text, List<List<List<Span>>> attributions) {} // [source, cue, content]

  /** Builds the word-class table the tagger's features use (see {@link WordClasses}). */
  public static String buildWordClasses(Path out) throws IOException {
    return WordClasses.build(out, SEED);
  }

  /** Trains and writes the model; returns a one-line summary. */
  public static String train(Path corpus, Path out, int epochs) throws IOException {
    return train(corpus, out, epochs, false);
  }

  /** With {@code syntax}, the tagger also weighs the dependency parse (see {@link Syntax}). */
  public static String train(Path corpus, Path out, int epochs, boolean syntax)
      throws IOException {
    List<Gold> docs = read(corpus);
    Features.Lexicon lexicon = lexicon(docs);
    List<List<long[]>> sequences = new ArrayList<>();
    List<int[]> labels = new ArrayList<>();
    int tokens = 0;
    for (Gold g : docs) {
      List<Attribution> rules = AttributionRules.find(g.text());
      List<Tokenizer.Paragraph> paragraphs = Tokenizer.paragraphs(g.text());
      for (Tokenizer.Paragraph p : paragraphs) {
        sequences.add(Features.of(p, lexicon, Attributions.ruleLabels(p, rules), syntax));
        labels.add(labels(p, g));
        tokens += p.size;
      }
    }
    SequenceModel model = SequenceModel.train(sequences, labels, lexicon, syntax, epochs, SEED,
        MIN_COUNT);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream os = Files.newOutputStream(out)) {
      model.write(os);
    }
    return String.format(Locale.ROOT,
        "trained on %s: articles=%d paragraphs=%d tokens=%d features=%d"
            + " cue_words=%d source_words=%d epochs=%d syntax=%b -> %s (%d bytes)",
        corpus, docs.size(), sequences.size(), tokens, model.index.size(),
        lexicon.cues().size(), lexicon.sources().size(), epochs, syntax, out, Files.size(out));
  }

  /** The pretrained encoders {@link #trainEncoder} can adapt, as its {@code base} names them. */
  public static java.util.List<String> encoderBases() {
    return EncoderTagger.Base.options();
  }

  /**
   * Fine-tunes the attribution encoder ({@link EncoderTagger}) by running
   * {@code train/encoder.py} under {@code python}: the word pieces and labels are cut here, the
   * gradient steps are PyTorch's (no Java library on Maven Central trains a transformer on a
   * CPU), and the adaptation is written to {@code out}.
   */
  public static String trainEncoder(Path corpus, Path out, Path home, String python,
      String base, double epochs, int rank, double cueWeight, double dropout, boolean pack,
      long seed)
      throws IOException, InterruptedException {
    EncoderTagger.Base model = EncoderTagger.Base.named(base);
    Path work = Files.createTempDirectory("parallax-encoder");
    Path pieces = work.resolve("pieces.jsonl");
    Path baseFile = work.resolve("base.onnx");
    int runs = EncoderTagger.writeTrainingPieces(corpus, pieces, pack);
    EncoderTagger.writeBaseModel(model, baseFile);
    Files.createDirectories(out.toAbsolutePath().getParent());
    List<String> command = List.of(python, home.resolve("train/encoder.py").toString(),
        "--base", baseFile.toString(), "--pieces", pieces.toString(), "--out", out.toString(),
        "--epochs", Double.toString(epochs), "--rank", Integer.toString(rank),
        "--cue-weight", Double.toString(cueWeight), "--dropout", Double.toString(dropout),
        "--seed", Long.toString(seed));
    Process p = new ProcessBuilder(command).inheritIO().start();
    int code = p.waitFor();
    Files.deleteIfExists(pieces);
    Files.deleteIfExists(baseFile);
    Files.deleteIfExists(work);
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited with " + code);
    }
    return String.format(Locale.ROOT, "trained on %s: base=%s runs=%d epochs=%s rank=%d"
        + " cue-weight=%s dropout=%s pack=%s seed=%d -> %s (%d bytes)", corpus, base, runs,
        epochs, rank, cueWeight, dropout, pack, seed, out, Files.size(out));
  }

  static List<Gold> read(Path corpus) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Gold> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode doc = json.readTree(line);
        String text = doc.get("text").asText();
        int[] cp = codePointIndex(text);
        List<List<List<Span>>> atts = new ArrayList<>();
        for (JsonNode a : doc.get("attributions")) {
          List<Span> content = spans(a.get("content"), cp);
          content = new ArrayList<>(content);
          content.addAll(spans(a.get("content2"), cp));
          atts.add(List.of(spans(a.get("source"), cp), spans(a.get("cue"), cp), content));
        }
        out.add(new Gold(text, atts));
      }
    }
    return out;
  }

  /** Gold offsets count code points; Java strings count UTF-16 units. */
  static int[] codePointIndex(String text) {
    int[] out = new int[text.codePointCount(0, text.length()) + 1];
    int k = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      out[k++] = i;
    }
    out[k] = text.length();
    return out;
  }

  private static List<Span> spans(JsonNode component, int[] cp) {
    if (component == null || component.isNull() || !component.has("spans")) {
      return List.of();
    }
    List<Span> out = new ArrayList<>();
    for (JsonNode s : component.get("spans")) {
      int from = cp[Math.min(s.get(0).asInt(), cp.length - 1)];
      int to = cp[Math.min(s.get(1).asInt(), cp.length - 1)];
      out.add(new Span(from, Math.max(from, to)));
    }
    return out;
  }

  /**
   * Words that are part of a cue at least a sixth of the times they occur (and thrice), and
   * lower-case words that are part of a source a quarter of the time ("spokesman", "officials").
   */
  static Features.Lexicon lexicon(List<Gold> docs) {
    Map<String, Integer> asCue = new HashMap<>();
    Map<String, Integer> asSource = new HashMap<>();
    Map<String, Integer> all = new HashMap<>();
    for (Gold g : docs) {
      for (Tokenizer.Paragraph p : Tokenizer.paragraphs(g.text())) {
        for (int i = 0; i < p.size; i++) {
          String w = p.word(i).toLowerCase(Locale.ROOT);
          all.merge(w, 1, Integer::sum);
          boolean cue = false;
          boolean source = false;
          for (List<List<Span>> a : g.attributions()) {
            cue |= overlaps(p.start[i], p.end[i], a.get(1));
            source |= overlaps(p.start[i], p.end[i], a.get(0));
          }
          if (cue) {
            asCue.merge(w, 1, Integer::sum);
          }
          if (source && Character.isLowerCase(p.text.charAt(p.start[i]))) {
            asSource.merge(w, 1, Integer::sum);
          }
        }
      }
    }
    Set<String> cues = new HashSet<>();
    asCue.forEach((w, n) -> {
      if (n >= 3 && n * 6 >= all.get(w)) {
        cues.add(w);
      }
    });
    Set<String> sources = new HashSet<>();
    asSource.forEach((w, n) -> {
      if (n >= 3 && n * 4 >= all.get(w)) {
        sources.add(w);
      }
    });
    return new Features.Lexicon(Set.copyOf(cues), Set.copyOf(sources));
  }

  private static boolean overlaps(int from, int to, List<Span> spans) {
    for (Span s : spans) {
      if (from < s.end() && to > s.start()) {
        return true;
      }
    }
    return false;
  }

  /** BIO labels of one paragraph; a new attribution's span starts with B even when adjacent. */
  static int[] labels(Tokenizer.Paragraph p, Gold g) {
    int[] out = new int[p.size];
    int prevAttribution = -1;
    int prevType = 0;
    for (int i = 0; i < p.size; i++) {
      int type = 0;
      int attribution = -1;
      for (int a = 0; a < g.attributions().size() && type == 0; a++) {
        List<List<Span>> parts = g.attributions().get(a);
        for (int t = 0; t < 3; t++) {
          if (overlaps(p.start[i], p.end[i], parts.get(t))) {
            type = t + 1;
            attribution = a;
            break;
          }
        }
      }
      if (type != 0) {
        boolean continues = prevType == type && prevAttribution == attribution;
        out[i] = continues ? type * 2 : type * 2 - 1;
      }
      prevType = type;
      prevAttribution = attribution;
    }
    return out;
  }
}

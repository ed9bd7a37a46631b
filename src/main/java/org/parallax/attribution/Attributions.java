package org.parallax.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds who-said-what in a text: each attribution's source, cue and content.
 *
 * <p>A sequence tagger trained on PolNeAR (see {@code MODELS.md}) labels each token of a
 * paragraph as part of a source, a cue, a content or none of them; the hand-written rules of
 * {@link AttributionRules} feed it as features, so conventions the corpus lacks (guillemets,
 * doubled apostrophes, dash speech) still count. Labelled spans are then grouped around their
 * cues: each source and content joins the nearest cue of its paragraph.
 */
public final class Attributions {
  static final String MODEL_RESOURCE = "attribution-model.bin.gz";
  private static volatile SequenceModel shared;

  private Attributions() {}

  /** Attributions of {@code text} in text order. */
  public static List<Attribution> find(String text) {
    return find(text, model());
  }

  static SequenceModel model() {
    SequenceModel m = shared;
    if (m == null) {
      synchronized (Attributions.class) {
        if (shared == null) {
          try (InputStream in = Attributions.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("attribution model " + MODEL_RESOURCE
                  + " is missing from the class path: run ./parallax train attribution");
            }
            shared = SequenceModel.read(in);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read attribution model", e);
          }
        }
        m = shared;
      }
    }
    return m;
  }

  static List<Attribution> find(String text, SequenceModel model) {
    List<Attribution> rules = AttributionRules.find(text);
    List<Attribution> out = new ArrayList<>();
    for (Tokenizer.Paragraph p : Tokenizer.paragraphs(text)) {
      byte[] rl = ruleLabels(p, rules);
      int[] labels = model.decode(Features.of(p, model.lexicon, rl));
      out.addAll(group(p, labels));
    }
    out.sort(Comparator.comparingInt(a -> a.cue().start()));
    return out;
  }

  /** 0 none, 1 source, 2 cue, 3 content, as the rules found them. */
  static byte[] ruleLabels(Tokenizer.Paragraph p, List<Attribution> rules) {
    byte[] out = new byte[p.size];
    if (p.size == 0) {
      return out;
    }
    int from = p.start[0];
    int to = p.end[p.size - 1];
    for (Attribution a : rules) {
      if (a.cue().end() < from || a.cue().start() > to) {
        continue;
      }
      if (a.source() != null) {
        mark(p, a.source(), (byte) 1, out);
      }
      mark(p, a.cue(), (byte) 2, out);
      for (Span s : a.content()) {
        mark(p, s, (byte) 3, out);
      }
    }
    return out;
  }

  private static void mark(Tokenizer.Paragraph p, Span s, byte label, byte[] out) {
    for (int i = 0; i < p.size; i++) {
      if (p.start[i] < s.end() && p.end[i] > s.start()) {
        out[i] = label;
      }
    }
  }

  private record Piece(int type, int from, int to) {} // tokens [from, to); type 1 src 2 cue 3 con

  static List<Attribution> group(Tokenizer.Paragraph p, int[] labels) {
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < labels.length; ) {
      if (labels[i] == 0) {
        i++;
        continue;
      }
      int type = (labels[i] + 1) / 2;
      int j = i + 1;
      while (j < labels.length && labels[j] == type * 2) {
        j++;
      }
      pieces.add(new Piece(type, i, j));
      i = j;
    }
    List<Piece> cues = pieces.stream().filter(x -> x.type == 2).toList();
    if (cues.isEmpty()) {
      return List.of();
    }
    Piece[] source = new Piece[cues.size()];
    int[] sourceDistance = new int[cues.size()];
    List<List<Piece>> contents = new ArrayList<>();
    for (int c = 0; c < cues.size(); c++) {
      contents.add(new ArrayList<>());
      sourceDistance[c] = Integer.MAX_VALUE;
    }
    for (Piece x : pieces) {
      if (x.type == 2) {
        continue;
      }
      int best = -1;
      int bestDistance = Integer.MAX_VALUE;
      for (int c = 0; c < cues.size(); c++) {
        Piece cue = cues.get(c);
        int d = x.to <= cue.from ? cue.from - x.to : x.from - cue.to;
        // A span in another sentence belongs to that sentence's cue when it has one.
        if (p.sentence[x.from] != p.sentence[cue.from]) {
          d += 1000;
        }
        if (d < bestDistance) {
          bestDistance = d;
          best = c;
        }
      }
      if (x.type == 1) {
        if (bestDistance < sourceDistance[best]) {
          source[best] = x;
          sourceDistance[best] = bestDistance;
        }
      } else {
        contents.get(best).add(x);
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (int c = 0; c < cues.size(); c++) {
      if (contents.get(c).isEmpty()) {
        continue;
      }
      List<Span> content = new ArrayList<>();
      for (Piece x : contents.get(c)) {
        content.add(span(p, x));
      }
      Span first = content.get(0);
      boolean direct = Tokenizer.OPEN_QUOTES.indexOf(p.text.charAt(first.start())) >= 0
          || p.text.startsWith("''", first.start());
      out.add(new Attribution(source[c] == null ? null : span(p, source[c]),
          span(p, cues.get(c)), content, direct));
    }
    return out;
  }

  private static Span span(Tokenizer.Paragraph p, Piece x) {
    return new Span(p.start[x.from], p.end[x.to - 1]);
  }
}

package org.parallax.attribution;

import java.util.ArrayList;
import java.util.List;
import org.parallax.embed.Embedder;

/**
 * Contextual vectors for the tagger's tokens: each sentence goes once through the ONNX sentence
 * encoder, and each token takes the vector of its first word piece. Frozen features: the
 * encoder is not trained, only the tagger's weights for them.
 */
final class TokenVectors {
  private TokenVectors() {}

  /** Per paragraph, per token, a unit vector (null when the encoder's window cut it off). */
  static List<float[][]> of(List<Tokenizer.Paragraph> paragraphs, Embedder embedder) {
    List<String> sentences = new ArrayList<>();
    List<int[]> where = new ArrayList<>(); // paragraph, first token, end token
    for (int q = 0; q < paragraphs.size(); q++) {
      Tokenizer.Paragraph p = paragraphs.get(q);
      int i = 0;
      while (i < p.size) {
        int j = i;
        while (j < p.size && p.sentence[j] == p.sentence[i]) {
          j++;
        }
        sentences.add(p.text.substring(p.start[i], p.end[j - 1]));
        where.add(new int[] {q, i, j});
        i = j;
      }
    }
    List<float[][]> out = new ArrayList<>();
    for (Tokenizer.Paragraph p : paragraphs) {
      out.add(new float[p.size][]);
    }
    if (sentences.isEmpty()) {
      return out;
    }
    Embedder.WithTokens w = embedder.embedWithTokens(sentences);
    for (int s = 0; s < sentences.size(); s++) {
      int[] at = where.get(s);
      Tokenizer.Paragraph p = paragraphs.get(at[0]);
      int offset = p.start[at[1]];
      float[][] pieces = w.tokens()[s];
      int[] starts = w.pieceStarts()[s];
      int[] ends = w.pieceEnds()[s];
      int k = 0;
      for (int t = at[1]; t < at[2]; t++) {
        int from = p.start[t] - offset;
        int to = p.end[t] - offset;
        while (k < pieces.length && ends[k] <= from) {
          k++;
        }
        if (k < pieces.length && starts[k] < to) {
          out.get(at[0])[t] = pieces[k];
        }
      }
    }
    return out;
  }
}

package org.parallax.cluster;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Article;

/**
 * The passages of an article that are embedded: the headline with the lead, then the next
 * stretches of body. Embedding models truncate (bge at 512 tokens, and cost grows with length), so
 * a few short passages from the top of the report, where news puts the event, beat the whole text.
 */
final class Segments {
  private Segments() {}

  static List<String> of(Article a, int count, int words) {
    String[] tokens = a.body().split("\\s+");
    List<String> out = new ArrayList<>();
    int pos = 0;
    for (int s = 0; s < count && pos < tokens.length; s++) {
      StringBuilder b = new StringBuilder();
      if (s == 0) {
        b.append(a.title()).append(". ");
      }
      int end = Math.min(tokens.length, pos + words);
      for (int i = pos; i < end; i++) {
        b.append(tokens[i]).append(' ');
      }
      pos = end;
      out.add(b.toString().strip());
    }
    if (out.isEmpty()) {
      out.add(a.title());
    }
    return out;
  }
}

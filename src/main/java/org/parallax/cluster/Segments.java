package org.parallax.cluster;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Article;
import org.parallax.text.Sentences;

/**
 * The passages of an article that are embedded: the headline with the lead sentence, then the
 * next few whole sentences. Embedding models truncate (and cost grows with length), so a few short
 * passages from the top of the report, where news puts the event, beat the whole text.
 *
 * <p>The sentences after the lead are embedded one by one, exactly as the statement comparison
 * cuts them, so that stage reuses their vectors instead of computing them again.
 */
final class Segments {
  private Segments() {}

  /**
   * The lead passage first, then up to {@code sentences} further sentences until the body words
   * taken reach {@code words}.
   */
  static List<String> of(Article a, int sentences, int words) {
    List<String> out = new ArrayList<>();
    String body = a.body();
    int taken = 0;
    for (int[] s : Sentences.spans(body)) {
      if (taken >= words || out.size() > sentences) {
        break;
      }
      String t = body.substring(s[0], s[1]).strip();
      if (t.isEmpty()) {
        continue;
      }
      out.add(out.isEmpty() && !a.title().isBlank() ? a.title().strip() + ". " + t : t);
      taken += t.split("\\s+").length;
    }
    if (out.isEmpty()) {
      out.add(a.title());
    }
    return out;
  }
}

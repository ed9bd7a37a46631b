package org.parallax.attribution;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Dependency parses from NLP4J's English models (Apache-2.0, Maven Central). Who is the subject
 * of a verb of saying and which clause is its complement are what attribution is made of; the
 * tagger's surface features only approximate them by distance.
 */
final class Syntax {
  /** Per token of a paragraph: its head (paragraph index, -1 for a sentence root), label, lemma. */
  record Parse(int[] head, String[] label, String[] lemma) {}

  private Syntax() {}

  private static final class Holder {
    static final NLPDecoder DECODER = load();
  }

  private static NLPDecoder load() {
    try (InputStream config = Syntax.class.getResourceAsStream("nlp4j-decode.xml")) {
      return new NLPDecoder(config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static volatile Boolean available;

  /**
   * Whether the parser is loaded, loading it on first call. When it cannot be (it needs about
   * 1 GB of heap), says so once on stderr, and who-said-what falls back to the fast tagger
   * rather than failing every article.
   */
  static boolean available() {
    Boolean a = available;
    if (a != null) {
      return a;
    }
    synchronized (Syntax.class) {
      if (available == null) {
        try {
          Holder.DECODER.hashCode();
          available = true;
        } catch (OutOfMemoryError | LinkageError | RuntimeException e) {
          available = false;
          boolean memory = e instanceof OutOfMemoryError
              || e.getCause() instanceof OutOfMemoryError;
          System.err.println("parallax: the dependency parser could not be loaded ("
              + (memory ? "out of memory: it needs about 1 GB of heap, e.g."
                  + " PARALLAX_JAVA_OPTS=-Xmx2g" : e) + "); who-said-what uses the fast tagger");
        }
      }
      return available;
    }
  }

  static Parse of(Tokenizer.Paragraph p) {
    if (p.parse != null) {
      return p.parse;
    }
    int n = p.size;
    int[] head = new int[n];
    String[] label = new String[n];
    String[] lemma = new String[n];
    NLPDecoder decoder = Holder.DECODER;
    int from = 0;
    while (from < n) {
      int to = from + 1;
      while (to < n && p.sentence[to] == p.sentence[from]) {
        to++;
      }
      NLPNode[] nodes = new NLPNode[to - from + 1];
      nodes[0] = decoder.create().toRoot();
      for (int i = from; i < to; i++) {
        NLPNode node = decoder.create();
        node.setID(i - from + 1);
        node.setWordForm(Features.englishMark(p, i));
        nodes[i - from + 1] = node;
      }
      decoder.decode(nodes);
      for (int i = from; i < to; i++) {
        NLPNode node = nodes[i - from + 1];
        NLPNode h = node.getDependencyHead();
        head[i] = h == null || h.getID() == 0 ? -1 : from + h.getID() - 1;
        label[i] = node.getDependencyLabel() == null ? "_" : node.getDependencyLabel();
        lemma[i] = node.getLemma() == null ? "_" : node.getLemma();
      }
      from = to;
    }
    p.parse = new Parse(head, label, lemma);
    return p.parse;
  }

  /** Leftmost and rightmost token of each token's subtree. */
  static int[][] extents(int[] head, int n) {
    int[] left = new int[n];
    int[] right = new int[n];
    for (int i = 0; i < n; i++) {
      left[i] = i;
      right[i] = i;
    }
    for (int i = 0; i < n; i++) {
      int a = head[i];
      for (int d = 0; a >= 0 && d < 40; d++, a = head[a]) {
        left[a] = Math.min(left[a], i);
        right[a] = Math.max(right[a], i);
      }
    }
    return new int[][] {left, right};
  }
}
